import { describe, expect, it } from 'vitest';
import { gap, gapSeries, inCountyGap } from '../../../../src/lib/kpi/stats';
import type { Observation } from '../../../../src/lib/kpi/types';

/**
 * Herts KS2 RWM, % meeting the expected standard: national other pupils (DfE's comparator) vs
 * Herts disadvantaged pupils. Gap = comparator − group, in percentage points.
 */
const HERTS_KS2_RWM: [
	year: string,
	nationalOther: number,
	hertsDisadvantaged: number,
	gap: number
][] = [
	['2018/19', 71, 46, 25], // 71 − 46 = 25
	['2021/22', 66, 36, 30], // 66 − 36 = 30
	['2022/23', 66, 36, 30], // 66 − 36 = 30
	['2023/24', 67, 41, 26], // 67 − 41 = 26
	['2024/25', 69, 40, 29] //  69 − 40 = 29
];

describe('gap (comparator − group)', () => {
	it.each(HERTS_KS2_RWM)('Herts KS2 RWM %s: %d − %d = %d pp', (_y, comparator, group, expected) => {
		expect(gap(comparator, group, 0)).toBe(expected);
	});

	it.each([
		// comparator, group, places, expected, arithmetic
		[50.25, 34.1, 1, 16.2], // 16.15 → half away from zero → 16.2 (A8 points)
		[40, 42.35, 1, -2.4], //   −2.35 → half away from zero → −2.4 (group ahead: negative gap)
		[66.6, 36.4, 0, 30], //    30.2 → 30
		[66.5, 36, 0, 31], //      30.5 → 31
		[45, 45, 1, 0] //          no gap
	])('gap(%d, %d, %d places) = %d', (comparator, group, places, expected) => {
		expect(gap(comparator, group, places)).toBe(expected);
	});

	it.each([
		[null, 40],
		[69, null],
		[null, null],
		[Number.NaN, 40]
	])('propagates missing values: gap(%s, %s) = null', (comparator, group) => {
		expect(gap(comparator, group)).toBeNull();
	});

	it('in-county gap is Herts other − Herts disadvantaged, with the same rounding', () => {
		expect(inCountyGap(74, 40, 0)).toBe(34); // 74 − 40 = 34
		expect(inCountyGap(48.35, 36.1, 1)).toBe(12.3); // 12.25 → 12.3
		expect(inCountyGap(null, 40)).toBeNull();
	});
});

describe('gapSeries', () => {
	const obs = (period: string, value: number | null, comparable?: boolean): Observation => ({
		period,
		date: `${period.slice(0, 2)}${period.slice(5)}-08-31`,
		value,
		...(comparable === undefined ? {} : { comparable })
	});

	it('joins by period, carries comparability from either side, null when the comparator is missing', () => {
		const comparator = [obs('2018/19', 71), obs('2020/21', 70, false), obs('2021/22', 66)];
		const group = [obs('2018/19', 46), obs('2020/21', 45), obs('2021/22', 36), obs('2022/23', 36)];
		expect(gapSeries(comparator, group, 0)).toEqual([
			{ period: '2018/19', date: '2019-08-31', value: 25, comparable: true }, // 71 − 46
			{ period: '2020/21', date: '2021-08-31', value: 25, comparable: false }, // 70 − 45, flagged
			{ period: '2021/22', date: '2022-08-31', value: 30, comparable: true }, // 66 − 36
			{ period: '2022/23', date: '2023-08-31', value: null, comparable: true } // no comparator
		]);
	});
});
