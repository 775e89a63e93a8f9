import { describe, expect, it } from 'vitest';
import {
	applyKnownBreaks,
	comparableSegments,
	latestComparableSegment,
	periodYear
} from '../../../../src/lib/kpi/stats';
import type { Observation } from '../../../../src/lib/kpi/types';

const obs = (period: string, value: number | null, comparable?: boolean): Observation => ({
	period,
	date: `${period.slice(0, 2)}${period.slice(5)}-08-31`,
	value,
	...(comparable === undefined ? {} : { comparable })
});
const periods = (segments: Observation[][]) => segments.map((s) => s.map((o) => o.period));

describe('periodYear', () => {
	it.each([
		['2023/24', 2023],
		['1999/00', 1999], // century roll-over: (1999 + 1) % 100 = 0
		['2023', 2023]
	])('%s → %d', (period, year) => expect(periodYear(period)).toBe(year));

	it.each(['2023/25', '2023-24', 'FY2023', 'Jan 2024', ''])('throws on %j', (period) => {
		expect(() => periodYear(period)).toThrow(RangeError);
	});
});

describe('comparableSegments', () => {
	// Herts KS2 RWM gap (pp): no KS2 tests in 2019/20 or 2020/21, so those rows are simply absent.
	const ks2Gap = [
		obs('2016/17', 24),
		obs('2017/18', 26),
		obs('2018/19', 25),
		obs('2021/22', 30),
		obs('2022/23', 30),
		obs('2023/24', 26),
		obs('2024/25', 29)
	];

	it('breaks where years are missing from the sequence (KS2 2019/20, 2020/21)', () => {
		expect(periods(comparableSegments(ks2Gap))).toEqual([
			['2016/17', '2017/18', '2018/19'],
			['2021/22', '2022/23', '2023/24', '2024/25']
		]);
	});

	it('breaks on null values, and the null rows belong to no segment', () => {
		const withEmptyRows = [...ks2Gap.slice(0, 3), obs('2019/20', null), obs('2020/21', null)];
		expect(periods(comparableSegments([...withEmptyRows, ...ks2Gap.slice(3)]))).toEqual([
			['2016/17', '2017/18', '2018/19'],
			['2021/22', '2022/23', '2023/24', '2024/25']
		]);
	});

	it('breaks on comparable: false (KS4 centre/teacher-assessed grades) even though values exist', () => {
		const ks4 = [
			obs('2018/19', 17.9),
			obs('2019/20', 15.2, false),
			obs('2020/21', 15.8, false),
			obs('2021/22', 17.1),
			obs('2022/23', 17.6)
		];
		expect(periods(comparableSegments(ks4))).toEqual([['2018/19'], ['2021/22', '2022/23']]);
	});

	it('sorts unordered input and leaves the input array as it was', () => {
		const shuffled = [ks2Gap[4], ks2Gap[0], ks2Gap[6], ks2Gap[2], ks2Gap[1]] as Observation[];
		const before = structuredClone(shuffled);
		expect(periods(comparableSegments(shuffled))).toEqual([
			['2016/17', '2017/18', '2018/19'],
			['2022/23'], // 2023/24 is absent, so 2024/25 starts its own run
			['2024/25']
		]);
		expect(shuffled).toEqual(before);
	});

	it('treats a repeated period as a break (it is not the next year)', () => {
		expect(periods(comparableSegments([obs('2021/22', 1), obs('2021/22', 2)]))).toEqual([
			['2021/22'],
			['2021/22']
		]);
	});

	it('works on calendar years too', () => {
		expect(periods(comparableSegments([obs('2021', 1), obs('2022', 2), obs('2024', 3)]))).toEqual([
			['2021', '2022'],
			['2024']
		]);
	});
});

describe('latestComparableSegment', () => {
	it.each([
		{
			name: 'after the break',
			input: [obs('2018/19', 25), obs('2021/22', 30), obs('2022/23', 30)],
			expected: ['2021/22', '2022/23']
		},
		{
			name: 'latest year null',
			input: [obs('2017/18', 26), obs('2018/19', 25), obs('2019/20', null)],
			expected: ['2017/18', '2018/19']
		},
		{
			name: 'nothing comparable',
			input: [obs('2019/20', null), obs('2020/21', 3, false)],
			expected: []
		},
		{ name: 'empty', input: [], expected: [] }
	])('$name', ({ input, expected }) => {
		expect(latestComparableSegment(input).map((o) => o.period)).toEqual(expected);
	});
});

describe('applyKnownBreaks', () => {
	it('flags 2019/20 and 2020/21 as not comparable without changing the input', () => {
		const ks4 = [
			obs('2018/19', 50.1),
			obs('2019/20', 53.4),
			obs('2020/21', 54.2),
			obs('2021/22', 52.3)
		];
		const before = structuredClone(ks4);
		const flagged = applyKnownBreaks(ks4, 'ks4');
		expect(flagged.map((o) => o.comparable)).toEqual([undefined, false, false, undefined]);
		expect(ks4).toEqual(before);
		expect(periods(comparableSegments(flagged))).toEqual([['2018/19'], ['2021/22']]);
	});
});
