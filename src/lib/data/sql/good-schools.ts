import { schoolSliceCondition, type KpiFilter } from '../../kpi/filter';
import { gradedSchoolsSql } from './good-outstanding';
import type { SqlQuery } from './query';

/** % good or outstanding (predecessor rule) by district, for the schools in the slice. */
export function goodOutstandingByDistrictQuery(filter: KpiFilter): SqlQuery {
	const slice = schoolSliceCondition(filter, 'urn');
	return {
		sql: `SELECT district,
	count(*)::INTEGER AS schools,
	count(effective_grade)::INTEGER AS graded,
	count(*) FILTER (WHERE effective_grade <= 2)::INTEGER AS good_outstanding,
	CASE WHEN count(effective_grade) > 0
		THEN 100.0 * count(*) FILTER (WHERE effective_grade <= 2) / count(effective_grade) END AS pct
FROM (${gradedSchoolsSql(`is_open AND is_state_funded AND district IS NOT NULL AND ${slice.sql}`)}) AS g
GROUP BY district
ORDER BY district`,
		params: slice.params
	};
}

/** Schools per RAYG colour per academic year. */
export function raygDistributionQuery(filter: KpiFilter): SqlQuery {
	const slice = schoolSliceCondition(filter, 'urn');
	return {
		sql: `SELECT academic_year, rating, count(*)::INTEGER AS schools
FROM rayg_ratings
WHERE ${slice.sql}
GROUP BY academic_year, rating
ORDER BY academic_year, rating`,
		params: slice.params
	};
}

/** How schools moved between RAYG colours from the previous academic year to the latest. */
export function raygMovementQuery(filter: KpiFilter): SqlQuery {
	const slice = schoolSliceCondition(filter, 'l.urn');
	return {
		sql: `WITH years AS (
	SELECT max(academic_year) AS latest,
		(SELECT max(academic_year) FROM rayg_ratings WHERE academic_year < (SELECT max(academic_year) FROM rayg_ratings)) AS previous
	FROM rayg_ratings
)
SELECT p.academic_year AS from_year, l.academic_year AS to_year,
	p.rating AS from_rating, l.rating AS to_rating, count(*)::INTEGER AS schools
FROM rayg_ratings AS l
JOIN years ON l.academic_year = years.latest
JOIN rayg_ratings AS p ON p.urn = l.urn AND p.academic_year = years.previous
WHERE ${slice.sql}
GROUP BY p.academic_year, l.academic_year, p.rating, l.rating
ORDER BY p.rating, l.rating`,
		params: slice.params
	};
}

/** Schools on the concern register on the given date, with months on the register. */
export function concernRegisterQuery(filter: KpiFilter, onDate: string): SqlQuery {
	const slice = schoolSliceCondition(filter, 'c.urn');
	return {
		sql: `SELECT c.urn, s.name, s.district, s.phase, CAST(c.added_on AS VARCHAR) AS added_on, c.reason,
	CAST(datediff('month', c.added_on, CAST(? AS DATE)) AS INTEGER) AS months_on_register
FROM schools_causing_concern AS c
JOIN schools AS s ON s.urn = c.urn
WHERE c.added_on <= CAST(? AS DATE) AND (c.removed_on IS NULL OR c.removed_on > CAST(? AS DATE))
	AND ${slice.sql}
ORDER BY months_on_register DESC, s.name`,
		params: [onDate, onDate, onDate, ...slice.params]
	};
}
