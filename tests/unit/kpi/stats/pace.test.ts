import { describe, expect, it } from 'vitest';
import {
	changePerYear,
	directionOfTravel,
	gapPace,
	trendSlope,
	yearsToClose
} from '../../../../src/lib/kpi/stats';
import type { Observation, Polarity } from '../../../../src/lib/kpi/types';

const obs = (period: string, value: number | null, comparable?: boolean): Observation => ({
	period,
	date: `${period.slice(0, 2)}${period.slice(5)}-08-31`,
	value,
	...(comparable === undefined ? {} : { comparable })
});

/** Herts KS2 RWM gap vs national other, pp (71−46, 66−36, 66−36, 67−41, 69−40). */
const HERTS_KS2_GAP = [
	obs('2018/19', 25),
	obs('2021/22', 30),
	obs('2022/23', 30),
	obs('2023/24', 26),
	obs('2024/25', 29)
];

describe('trendSlope (least squares, per year)', () => {
	it('gaps 30, 28, 27 → −1.5 per year', () => {
		// x centred: −1, 0, 1; ȳ = 85/3 = 28.33…
		// Σ(x−x̄)(y−ȳ) = (−1)(1.667) + 0 + (1)(−1.333) = −3; Σ(x−x̄)² = 2; slope = −3/2 = −1.5
		const s = trendSlope([obs('2021/22', 30), obs('2022/23', 28), obs('2023/24', 27)]);
		expect(s.perYear).toBeCloseTo(-1.5, 10);
		expect(s).toMatchObject({ points: 3, from: '2021/22', to: '2023/24', reason: null });
	});

	it('Herts KS2 gap: fits 2021/22–2024/25 only, never joining 2018/19 across the break', () => {
		// Segment 30, 30, 26, 29; x centred −1.5, −0.5, 0.5, 1.5; ȳ = 115/4 = 28.75
		// Σxy = (−1.5)(1.25) + (−0.5)(1.25) + (0.5)(−2.75) + (1.5)(0.25)
		//     = −1.875 − 0.625 − 1.375 + 0.375 = −3.5; Σx² = 2.25 + 0.25 + 0.25 + 2.25 = 5
		// slope = −3.5 / 5 = −0.7. (Joined with 2018/19's 25 the slope would be positive.)
		const s = trendSlope(HERTS_KS2_GAP);
		expect(s.perYear).toBeCloseTo(-0.7, 10);
		expect(s).toMatchObject({ points: 4, from: '2021/22', to: '2024/25' });
	});

	it('fewer than 3 comparable points since the break → null with a reason', () => {
		// 2016/17–2018/19 are three points, but the latest segment (2021/22, 2022/23) has two.
		const series = [
			obs('2016/17', 20),
			obs('2017/18', 22),
			obs('2018/19', 25),
			obs('2019/20', null),
			obs('2020/21', null),
			obs('2021/22', 30),
			obs('2022/23', 28)
		];
		const s = trendSlope(series);
		expect(s.perYear).toBeNull();
		expect(s.points).toBe(2);
		expect(s.reason).toMatch(/Only 2 comparable years.*at least 3/);
	});

	it.each([
		{ name: 'one point', series: [obs('2024/25', 29)], points: 1 },
		{ name: 'no values', series: [obs('2020/21', null)], points: 0 },
		{
			name: 'KS4 teacher-assessed years only',
			series: [obs('2019/20', 10, false), obs('2020/21', 9, false)],
			points: 0
		}
	])('$name → null', ({ series, points }) => {
		const s = trendSlope(series);
		expect(s.perYear).toBeNull();
		expect(s.points).toBe(points);
		expect(s.reason).not.toBeNull();
	});
});

describe('changePerYear', () => {
	it('latest two comparable years: Herts KS2 2023/24 → 2024/25 is 29 − 26 = +3 pp', () => {
		expect(changePerYear(HERTS_KS2_GAP)).toMatchObject({
			perYear: 3,
			from: '2023/24',
			to: '2024/25',
			reason: null
		});
	});

	it('does not join across the break: 2018/19 → 2021/22 gives no change', () => {
		const c = changePerYear([obs('2018/19', 25), obs('2021/22', 30)]);
		expect(c.perYear).toBeNull();
		expect(c.reason).toMatch(/Fewer than two/);
	});
});

describe('yearsToClose', () => {
	it.each([
		[27, -1.5, 18], //               27 / 1.5 = 18
		[29, -0.7, 29 / 0.7], //          ≈ 41.4 years
		[10, -4, 2.5], //                 10 / 4 = 2.5
		[25, 0, 'not closing'], //       flat
		[25, 0.5, 'not closing'], //     widening
		[0, -1, 'closed'], //            gap ≤ 0 whatever the slope
		[-2, 1, 'closed'],
		[null, -1, null], //             unknown gap
		[10, null, null] //              unknown slope: no claim either way
	] as const)('gap %s, slope %s → %s', (g, slope, expected) => {
		const result = yearsToClose(g, slope);
		if (typeof expected === 'number') expect(result).toBeCloseTo(expected, 10);
		else expect(result).toBe(expected);
	});
});

describe('gapPace', () => {
	it('Herts KS2 gap: latest 29, change +3, slope −0.7, 29 / 0.7 ≈ 41.4 years to close', () => {
		const p = gapPace(HERTS_KS2_GAP);
		expect(p.latest?.period).toBe('2024/25');
		expect(p.change.perYear).toBe(3);
		expect(p.slope.perYear).toBeCloseTo(-0.7, 10);
		expect(p.yearsToClose).toBeCloseTo(41.43, 2); // 29 / 0.7 = 41.428…
	});

	it('with fewer than 3 points there is no slope, so no years-to-close', () => {
		const p = gapPace([obs('2018/19', 25), obs('2021/22', 30), obs('2022/23', 28)]);
		expect(p.slope.perYear).toBeNull();
		expect(p.change.perYear).toBe(-2); // 28 − 30
		expect(p.yearsToClose).toBeNull();
	});
});

describe('directionOfTravel', () => {
	const cases: {
		name: string;
		series: Observation[];
		polarity: Polarity;
		tolerance: number;
		expected: string;
	}[] = [
		{
			name: 'attainment up 66 → 67, tol 0.5',
			series: [obs('2022/23', 66), obs('2023/24', 67)],
			polarity: 'higher_is_better',
			tolerance: 0.5,
			expected: 'improving'
		},
		{
			name: 'attainment down 67 → 66',
			series: [obs('2022/23', 67), obs('2023/24', 66)],
			polarity: 'higher_is_better',
			tolerance: 0.5,
			expected: 'worsening'
		},
		{
			name: 'gap 30 → 26 (lower is better)',
			series: [obs('2022/23', 30), obs('2023/24', 26)],
			polarity: 'lower_is_better',
			tolerance: 1,
			expected: 'improving'
		},
		{
			name: 'Herts gap 26 → 29',
			series: HERTS_KS2_GAP,
			polarity: 'lower_is_better',
			tolerance: 1,
			expected: 'worsening'
		},
		{
			name: '66.2 → 66.3 within tolerance 0.1 (boundary counts as no change)',
			series: [obs('2022/23', 66.2), obs('2023/24', 66.3)],
			polarity: 'higher_is_better',
			tolerance: 0.1,
			expected: 'no_change'
		},
		{
			name: 'equal values, tolerance 0',
			series: [obs('2022/23', 30), obs('2023/24', 30)],
			polarity: 'lower_is_better',
			tolerance: 0,
			expected: 'no_change'
		},
		{
			name: 'latest after the break',
			series: [obs('2018/19', 25), obs('2021/22', 30)],
			polarity: 'lower_is_better',
			tolerance: 0,
			expected: 'not_comparable'
		},
		{
			name: 'latest year has no value',
			series: [obs('2018/19', 25), obs('2019/20', null)],
			polarity: 'lower_is_better',
			tolerance: 0,
			expected: 'not_comparable'
		},
		{
			name: 'latest year teacher-assessed',
			series: [obs('2018/19', 50), obs('2019/20', 53, false)],
			polarity: 'higher_is_better',
			tolerance: 0,
			expected: 'not_comparable'
		},
		{
			name: 'one observation',
			series: [obs('2024/25', 29)],
			polarity: 'lower_is_better',
			tolerance: 0,
			expected: 'not_comparable'
		},
		{
			name: 'empty',
			series: [],
			polarity: 'lower_is_better',
			tolerance: 0,
			expected: 'not_comparable'
		}
	];
	it.each(cases)('$name → $expected', ({ series, polarity, tolerance, expected }) => {
		expect(directionOfTravel(series, polarity, tolerance)).toBe(expected);
	});
});
