import { schoolSliceCondition, type KpiFilter } from '../../kpi/filter';
import type { SqlQuery } from './query';

/** Licence uptake against the recommendation, by a grouping column of a4e_licences. */
export function licenceUptakeQuery(filter: KpiFilter, by: 'size_band' | 'district' | 'phase'): SqlQuery {
	const slice = schoolSliceCondition(filter, 'urn');
	return {
		sql: `SELECT ${by} AS category,
	count(*)::INTEGER AS schools,
	count(*) FILTER (WHERE licences > 0)::INTEGER AS with_licence,
	count(*) FILTER (WHERE licences >= recommended_licences)::INTEGER AS meeting_recommendation,
	sum(licences)::INTEGER AS licences,
	sum(spend_gbp) AS spend_gbp
FROM a4e_licences
WHERE ${by} IS NOT NULL AND ${slice.sql}
GROUP BY ${by}
ORDER BY ${by === 'size_band' ? "CASE size_band WHEN 'small' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END" : by}`,
		params: slice.params
	};
}

/** Schools taking part in each programme, by academic year. */
export function programmeParticipationQuery(filter: KpiFilter): SqlQuery {
	const slice = schoolSliceCondition(filter, 'urn');
	return {
		sql: `SELECT programme, academic_year, count(DISTINCT urn)::INTEGER AS schools, sum(places)::INTEGER AS places
FROM a4e_programme_places
WHERE places > 0 AND ${slice.sql}
GROUP BY programme, academic_year
ORDER BY programme, academic_year`,
		params: slice.params
	};
}
