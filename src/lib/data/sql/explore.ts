import { schoolSliceCondition, type KpiFilter } from '../../kpi/filter';
import { sizeBandSql } from '../../kpi/size-bands';
import { gradedSchoolsSql } from './good-outstanding';
import type { SqlQuery } from './query';

export interface ExploreSchoolRow {
	urn: number;
	name: string;
	district: string | null;
	phase: string;
	governance: string;
	size_band: string;
	pupils: number | null;
	pct_fsm_6yrs: number | null;
	ofsted: string | null;
	ofsted_inherited: boolean;
	rayg: string | null;
}

const GRADE_WORDS = `CASE effective_grade WHEN 1 THEN 'Outstanding' WHEN 2 THEN 'Good' WHEN 3 THEN 'Requires improvement' WHEN 4 THEN 'Inadequate' END`;

/** Open state-funded schools in the slice, with the facts the explorer's table shows. */
export function exploreSchoolsQuery(filter: KpiFilter): SqlQuery {
	const slice = schoolSliceCondition(filter, 'urn');
	return {
		sql: `SELECT g.urn, g.name, g.district, g.phase, g.governance,
	${sizeBandSql('g.pupils')} AS size_band, g.pupils, g.pct_fsm_6yrs,
	${GRADE_WORDS} AS ofsted, (effective_grade IS NOT NULL AND lacks_own_grade) AS ofsted_inherited,
	r.rating AS rayg
FROM (${gradedSchoolsSql(`is_open AND is_state_funded AND ${slice.sql}`)}) AS g
LEFT JOIN rayg_ratings AS r
	ON r.urn = g.urn AND r.academic_year = (SELECT max(academic_year) FROM rayg_ratings)
ORDER BY g.name`,
		params: slice.params
	};
}
