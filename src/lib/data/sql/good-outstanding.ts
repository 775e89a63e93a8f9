import { schoolSliceCondition, type KpiFilter } from '../../kpi/filter';
import type { SqlQuery } from './query';

/** Ofsted stopped giving overall-effectiveness grades on 2 September 2024. */
export const LAST_OVERALL_GRADE_DATE = '2024-09-01';

export interface GoodOutstandingCounts {
	schools: number;
	schools_graded: number;
	schools_good_outstanding: number;
	schools_without_grade: number;
	/** Of the graded, how many use their predecessor's grade (new academies not yet inspected). */
	schools_inherited_grade: number;
	pupils_graded: number;
	pupils_good_outstanding: number;
	latest_inspection: string | null;
}

/**
 * Open state-funded schools by their latest overall-effectiveness grade (the frozen, "last
 * comparable" series). Only grades given on or before 1 Sep 2024 count. A new academy with no
 * inspection of its own takes its predecessor's grade (PRODUCT.md definition).
 */
export function goodOutstandingQuery(filter: KpiFilter = {}): SqlQuery {
	const slice = schoolSliceCondition(filter, 'urn');
	const where = ['is_open', 'is_state_funded', slice.sql];
	const params = slice.params;
	const sql = `WITH graded AS (${gradedSchoolsSql(where.join(' AND '))})
SELECT
	count(*)::INTEGER AS schools,
	count(effective_grade)::INTEGER AS schools_graded,
	count(*) FILTER (WHERE effective_grade <= 2)::INTEGER AS schools_good_outstanding,
	count(*) FILTER (WHERE effective_grade IS NULL)::INTEGER AS schools_without_grade,
	count(*) FILTER (WHERE effective_grade IS NOT NULL AND lacks_own_grade)::INTEGER AS schools_inherited_grade,
	coalesce(sum(pupils) FILTER (WHERE effective_grade IS NOT NULL), 0)::INTEGER AS pupils_graded,
	coalesce(sum(pupils) FILTER (WHERE effective_grade <= 2), 0)::INTEGER AS pupils_good_outstanding,
	CAST(max(ofsted_inspected_on) AS VARCHAR) AS latest_inspection
FROM graded`;
	return { sql, params };
}

/**
 * Schools with `effective_grade`: their own overall-effectiveness grade if given on or before
 * 1 Sep 2024, else their predecessor's (a new academy not yet inspected), else NULL; and
 * `lacks_own_grade`. `where` is a condition on the schools table (trusted SQL, bound values).
 */
export function gradedSchoolsSql(where: string): string {
	const cutoff = `DATE '${LAST_OVERALL_GRADE_DATE}'`;
	return `SELECT *,
		CASE
			WHEN ofsted_grade IS NOT NULL AND ofsted_inspected_on <= ${cutoff} THEN ofsted_grade
			WHEN predecessor_grade IS NOT NULL AND predecessor_inspected_on <= ${cutoff} THEN predecessor_grade
		END AS effective_grade,
		NOT (ofsted_grade IS NOT NULL AND ofsted_inspected_on <= ${cutoff}) AS lacks_own_grade
	FROM schools
	WHERE ${where}`;
}

/** The districts and phases present among open state-funded schools, for the slice pickers. */
export function schoolSliceOptionsQuery(): SqlQuery {
	return {
		sql: `SELECT DISTINCT 'district' AS kind, district AS value FROM schools WHERE is_open AND is_state_funded AND district IS NOT NULL
UNION ALL
SELECT DISTINCT 'phase' AS kind, phase AS value FROM schools WHERE is_open AND is_state_funded
ORDER BY kind, value`,
		params: []
	};
}
