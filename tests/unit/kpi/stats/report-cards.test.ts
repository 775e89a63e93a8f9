import { describe, expect, it } from 'vitest';
import {
	reportCardDistribution,
	type ReportCardGrade,
	type ReportCardRow
} from '../../../../src/lib/kpi/stats';

const CORE = [
	'inclusion',
	'curriculum_and_teaching',
	'achievement',
	'attendance_and_behaviour',
	'personal_development_and_wellbeing',
	'leadership_and_governance'
] as const;

/**
 * urn 1 (2025-11-20): exp, strong, exp, exceptional, strong, exp; EY exp → all ≥ expected ✓
 * urn 2 (2025-12-03): needs, exp, needs, exp, exp, exp; sixth form strong → ✗
 * urn 3 (2026-01-15): strong, strong, urgent, exp, exp, needs; EY null → ✗; safeguarding not met
 * urn 4 (2025-11-09): the day before report cards began → excluded
 * urn 5 twice: 2025-11-12 (inclusion needs attention), then 2026-03-02 all six core areas
 *   expected → the later card counts → ✓
 * Schools: 1, 2, 3, 5 = 4. All areas ≥ expected: 1 and 5 = 2.
 * Inclusion: exp (1), needs (2), strong (3), exp (5) → strong 1, exp 2, needs 1 of 4
 *   → 25%, 50%, 25%.
 * Achievement: exp, needs, urgent, exp → exp 2, needs 1, urgent 1.
 * Early years: graded only for urn 1 (exp) → 1 graded, 3 not graded, exp 100%.
 * Sixth form: urn 2 strong → 1 graded, 3 not.
 * Safeguarding: met 1, 2; not met 3; not recorded 5 → 2 / 1 / 1.
 */
const core = (...g: ReportCardGrade[]) => Object.fromEntries(CORE.map((a, i) => [a, g[i]]));
const ROWS: ReportCardRow[] = [
	{
		urn: 1,
		inspected_on: '2025-11-20',
		grades: {
			...core(
				'expected_standard',
				'strong_standard',
				'expected_standard',
				'exceptional',
				'strong_standard',
				'expected_standard'
			),
			early_years: 'expected_standard'
		},
		safeguarding: 'met'
	},
	{
		urn: 2,
		inspected_on: '2025-12-03',
		grades: {
			...core(
				'needs_attention',
				'expected_standard',
				'needs_attention',
				'expected_standard',
				'expected_standard',
				'expected_standard'
			),
			sixth_form: 'strong_standard'
		},
		safeguarding: 'met'
	},
	{
		urn: 3,
		inspected_on: '2026-01-15',
		grades: {
			...core(
				'strong_standard',
				'strong_standard',
				'urgent_improvement',
				'expected_standard',
				'expected_standard',
				'needs_attention'
			),
			early_years: null
		},
		safeguarding: 'not_met'
	},
	{
		urn: 4,
		inspected_on: '2025-11-09',
		grades: core(...Array<ReportCardGrade>(6).fill('exceptional'))
	},
	{ urn: 5, inspected_on: '2025-11-12', grades: { inclusion: 'needs_attention' } },
	{
		urn: 5,
		inspected_on: '2026-03-02',
		grades: core(...Array<ReportCardGrade>(6).fill('expected_standard'))
	}
];

describe('reportCardDistribution', () => {
	const r = reportCardDistribution(ROWS);
	const area = (name: string) => r.areas.find((a) => a.area === name);

	it('counts schools from 10 Nov 2025, one (latest) card each', () => {
		expect(r.schools).toBe(4);
		expect(r.excludedBeforeStart).toBe(1);
		expect(r.allAreasExpectedOrBetter).toBe(2);
		expect(r.safeguarding).toEqual({ met: 2, notMet: 1, notRecorded: 1 });
	});

	it('distribution per area', () => {
		expect(area('inclusion')).toEqual({
			area: 'inclusion',
			counts: {
				exceptional: 0,
				strong_standard: 1,
				expected_standard: 2,
				needs_attention: 1,
				urgent_improvement: 0
			},
			pct: {
				exceptional: 0,
				strong_standard: 25,
				expected_standard: 50,
				needs_attention: 25,
				urgent_improvement: 0
			},
			graded: 4,
			notGraded: 0
		});
		expect(area('achievement')?.counts).toEqual({
			exceptional: 0,
			strong_standard: 0,
			expected_standard: 2,
			needs_attention: 1,
			urgent_improvement: 1
		});
		expect(area('early_years')).toMatchObject({ graded: 1, notGraded: 3 });
		expect(area('early_years')?.pct.expected_standard).toBe(100);
		expect(area('sixth_form')).toMatchObject({ graded: 1, notGraded: 3 });
		expect(r.areas.map((a) => a.area)).toHaveLength(8);
	});

	it('never produces a good/outstanding figure', () => {
		expect(JSON.stringify(r)).not.toMatch(/good|outstanding/i);
	});

	it('rejects a legacy grade in a report-card row', () => {
		const legacy = [
			{ urn: 9, inspected_on: '2026-01-01', grades: { inclusion: 'good' } }
		] as unknown as ReportCardRow[];
		expect(() => reportCardDistribution(legacy)).toThrow(RangeError);
	});

	it('no report cards → zero counts and null percentages', () => {
		const empty = reportCardDistribution([]);
		expect(empty.schools).toBe(0);
		expect(empty.allAreasExpectedOrBetter).toBe(0);
		expect(empty.areas[0]?.pct.expected_standard).toBeNull();
	});

	it('a card with no graded areas is not counted as meeting expected standard', () => {
		const blank = reportCardDistribution([{ urn: 1, inspected_on: '2026-02-01', grades: {} }]);
		expect(blank).toMatchObject({ schools: 1, allAreasExpectedOrBetter: 0 });
	});
});
