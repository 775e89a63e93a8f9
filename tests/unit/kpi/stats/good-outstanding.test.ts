import { describe, expect, it } from 'vitest';
import {
	effectiveGrade,
	goodOutstanding,
	type SchoolGradeRow
} from '../../../../src/lib/kpi/stats';

const row = (r: Partial<SchoolGradeRow> & { urn: number }): SchoolGradeRow => ({
	grade: null,
	inspected_on: null,
	predecessor_grade: null,
	pupils: null,
	...r
});

/**
 * Nine schools. "Counts" = graded on or before 2024-09-01.
 *  1 grade 2, 2023-05-10, 400 pupils            own grade, good
 *  2 grade 1, 2024-09-01, 200                   own grade on the cut-off day, outstanding
 *  3 grade 3, 2022-01-01, 300                   own grade, not good
 *  4 new academy, no inspection, pred. 2, 250   inherited good
 *  5 grade 1 dated 2025-01-20, no pred., 120    post-2 Sep 2024 grade ignored → no grade
 *  6 grade 4 dated 2024-11-05, pred. 3, 150     own grade too late → inherits 3 (not good)
 *  7 nothing, 50                                no grade
 *  8 grade 2, 2019-03-01, pupils unknown        good, adds no pupils
 *  9 pred. 1 but dated 2024-12-01, 80           predecessor grade too late → no grade
 * schools 9; graded 1,2,3,4,6,8 = 6; without 5,7,9 = 3; inherited 4,6 = 2;
 * good/outstanding 1,2,4,8 = 4 → 4/6 = 66.67% → 66.7
 * pupils graded 400+200+300+250+150+0 = 1300; pupils good 400+200+250+0 = 850 → 65.38% → 65.4
 * latest inspection of any kind: 2025-01-20.
 */
const SCHOOLS: SchoolGradeRow[] = [
	row({ urn: 1, grade: 2, inspected_on: '2023-05-10', pupils: 400 }),
	row({ urn: 2, grade: 1, inspected_on: '2024-09-01', pupils: 200 }),
	row({ urn: 3, grade: 3, inspected_on: '2022-01-01', pupils: 300 }),
	row({ urn: 4, predecessor_grade: 2, pupils: 250 }),
	row({ urn: 5, grade: 1, inspected_on: '2025-01-20', pupils: 120 }),
	row({ urn: 6, grade: 4, inspected_on: '2024-11-05', predecessor_grade: 3, pupils: 150 }),
	row({ urn: 7, pupils: 50 }),
	row({ urn: 8, grade: 2, inspected_on: '2019-03-01' }),
	row({ urn: 9, predecessor_grade: 1, predecessor_inspected_on: '2024-12-01', pupils: 80 })
];

describe('goodOutstanding', () => {
	it('counts with the predecessor rule and the 1 Sep 2024 freeze', () => {
		expect(goodOutstanding(SCHOOLS)).toEqual({
			schools: 9,
			schools_graded: 6,
			schools_good_outstanding: 4,
			schools_without_grade: 3,
			schools_inherited_grade: 2,
			pupils_graded: 1300,
			pupils_good_outstanding: 850,
			latest_inspection: '2025-01-20',
			pct_schools: 66.7,
			pct_pupils: 65.4
		});
	});

	it('no schools → percentages null, not 0', () => {
		expect(goodOutstanding([])).toMatchObject({ schools: 0, pct_schools: null, pct_pupils: null });
	});

	it('only schools without a grade → counted, percentages null', () => {
		expect(goodOutstanding([row({ urn: 7, pupils: 50 })])).toMatchObject({
			schools: 1,
			schools_without_grade: 1,
			pct_schools: null
		});
	});
});

describe('effectiveGrade', () => {
	it.each([
		{
			name: 'own grade before cut-off',
			r: row({ urn: 1, grade: 3, inspected_on: '2021-06-30', predecessor_grade: 1 }),
			grade: 3,
			inherited: false
		},
		{
			name: 'own grade without a date cannot be placed',
			r: row({ urn: 2, grade: 2 }),
			grade: null,
			inherited: false
		},
		{
			name: 'own grade 2 Sep 2024 (first day without grades)',
			r: row({ urn: 3, grade: 2, inspected_on: '2024-09-02' }),
			grade: null,
			inherited: false
		},
		{
			name: 'timestamp on cut-off day counts',
			r: row({ urn: 4, grade: 2, inspected_on: '2024-09-01T10:00:00' }),
			grade: 2,
			inherited: false
		},
		{
			name: 'predecessor with an eligible date',
			r: row({ urn: 5, predecessor_grade: 4, predecessor_inspected_on: '2023-02-01' }),
			grade: 4,
			inherited: true
		}
	])('$name → $grade', ({ r, grade, inherited }) => {
		expect(effectiveGrade(r)).toEqual({ grade, inherited });
	});
});
