/**
 * % of schools (and of pupils) in good or outstanding schools: contract priority 1, computed in
 * memory from school rows. This mirrors `goodOutstandingQuery` (src/lib/data/sql) rule for rule,
 * so a filtered table in the browser and the SQL headline can be checked against each other.
 *
 * Definitions (PRODUCT.md):
 * - Grade 1 (outstanding) or 2 (good) over schools with a grade; schools without one are counted
 *   and reported, never silently dropped or counted as "not good".
 * - Frozen "last comparable" series: Ofsted stopped giving overall-effectiveness grades on
 *   2 Sep 2024, so only grades from inspections on or before LAST_OVERALL_GRADE_DATE (1 Sep 2024)
 *   count. A grade dated later (or with no date, so it cannot be placed) is ignored.
 * - A new academy without its own (counting) inspection takes its predecessor's grade. "Counting"
 *   matters: a converter first inspected after the cutoff still had only its predecessor's grade
 *   on 1 Sep 2024, which is the date the series is frozen at. When the row carries
 *   `predecessor_inspected_on`, that grade must also be on or before the cutoff (as in the SQL);
 *   when the field is absent the predecessor's inspection is taken to predate the conversion.
 * - Pupils: the pupils of graded schools; a graded school with unknown pupils adds none.
 * Percentages are rounded to 1 dp by the shared `goodOutstandingHeadline`.
 */
import {
	LAST_OVERALL_GRADE_DATE,
	type GoodOutstandingCounts
} from '../../data/sql/good-outstanding';
import { goodOutstandingHeadline, type GoodOutstandingHeadline } from '../headlines';

/** Ofsted overall effectiveness: 1 outstanding, 2 good, 3 requires improvement, 4 inadequate. */
export type OfstedGrade = 1 | 2 | 3 | 4;

export interface SchoolGradeRow {
	urn: number | string;
	grade: OfstedGrade | null;
	/** ISO date of the school's own latest inspection. */
	inspected_on: string | null;
	/** The predecessor school's grade (new academies, after conversion or re-brokering). */
	predecessor_grade: OfstedGrade | null;
	/** Optional: ISO date of the predecessor's grade; when present it must be ≤ the cutoff. */
	predecessor_inspected_on?: string | null;
	pupils: number | null;
}

/** Counts as in the SQL version, plus % by schools and by pupils (1 dp). */
export type GoodOutstandingSummary = GoodOutstandingHeadline;

function isoDate(value: string): string {
	const day = value.slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not an ISO date: '${value}'`);
	return day;
}

const countsOnOrBeforeCutoff = (date: string | null) =>
	date !== null && isoDate(date) <= LAST_OVERALL_GRADE_DATE;

/** The grade a school counts with in the frozen series, and whether it is inherited. */
export function effectiveGrade(row: SchoolGradeRow): {
	grade: OfstedGrade | null;
	inherited: boolean;
} {
	if (row.grade !== null && countsOnOrBeforeCutoff(row.inspected_on)) {
		return { grade: row.grade, inherited: false };
	}
	const predecessorCounts =
		row.predecessor_inspected_on === undefined ||
		countsOnOrBeforeCutoff(row.predecessor_inspected_on);
	if (row.predecessor_grade !== null && predecessorCounts) {
		return { grade: row.predecessor_grade, inherited: true };
	}
	return { grade: null, inherited: false };
}

export function goodOutstanding(rows: readonly SchoolGradeRow[]): GoodOutstandingSummary {
	const counts: GoodOutstandingCounts = {
		schools: rows.length,
		schools_graded: 0,
		schools_good_outstanding: 0,
		schools_without_grade: 0,
		schools_inherited_grade: 0,
		pupils_graded: 0,
		pupils_good_outstanding: 0,
		latest_inspection: null
	};
	for (const row of rows) {
		const { grade, inherited } = effectiveGrade(row);
		const pupils = row.pupils ?? 0;
		if (row.inspected_on !== null) {
			const day = isoDate(row.inspected_on);
			if (counts.latest_inspection === null || day > counts.latest_inspection) {
				counts.latest_inspection = day;
			}
		}
		if (grade === null) {
			counts.schools_without_grade++;
			continue;
		}
		counts.schools_graded++;
		counts.pupils_graded += pupils;
		if (inherited) counts.schools_inherited_grade++;
		if (grade <= 2) {
			counts.schools_good_outstanding++;
			counts.pupils_good_outstanding += pupils;
		}
	}
	return goodOutstandingHeadline(counts);
}
