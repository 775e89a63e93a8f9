import { schoolSliceCondition, type KpiFilter } from '../../kpi/filter';
import type { SqlQuery } from './query';

export interface SchoolAttainmentRow {
	urn: number;
	name: string;
	district: string | null;
	phase: string | null;
	pupil_group: 'all' | 'disadvantaged' | 'other';
	value: number | null;
	symbol: string | null;
	cohort: number | null;
}

/**
 * School-level results for one key stage and year, one row per school and pupil group, for the
 * schools in the slice. Raw: these rows must go through `suppressSchoolAttainment` before anyone
 * sees them. A LEFT JOIN keeps schools that opened after the school information file was
 * published (they have results but no district or phase yet).
 */
export function schoolAttainmentQuery(
	keyStage: 'KS2' | 'KS4',
	academicYear: string,
	filter: KpiFilter = {}
): SqlQuery {
	const slice = schoolSliceCondition(filter, 'a.urn');
	return {
		sql: `SELECT a.urn, coalesce(s.name, a.geography_name) AS name, s.district, s.phase, a.pupil_group, a.value, a.symbol, a.cohort
FROM attainment AS a
LEFT JOIN schools AS s ON s.urn = a.urn
WHERE a.geography_level = 'school' AND a.key_stage = ? AND a.academic_year = ? AND ${slice.sql}
ORDER BY a.urn, a.pupil_group`,
		params: [keyStage, academicYear, ...slice.params]
	};
}
