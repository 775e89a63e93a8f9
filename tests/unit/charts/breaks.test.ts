import { describe, expect, it } from 'vitest';
import { periodsOf, splitAtBreaks } from '../../../src/lib/charts/breaks';
import { dodge, estimateLines } from '../../../src/lib/charts/dodge';
import { niceDomain } from '../../../src/lib/charts/scale';
import type { LinePoint } from '../../../src/lib/charts/types';

const KS2 = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23'];
const p = (x: string, y: number | null, comparable?: boolean): LinePoint =>
	comparable === undefined ? { x, y } : { x, y, comparable };

/** The x labels of each run, which is what decides where lines are drawn. */
const runs = (points: LinePoint[], domain = KS2) =>
	splitAtBreaks(points, domain).map((r) => r.map((q) => q.x));

describe('splitAtBreaks', () => {
	it.each<[string, LinePoint[], string[][]]>([
		[
			'no breaks',
			[p('2016/17', 61), p('2017/18', 64), p('2018/19', 65)],
			[['2016/17', '2017/18', '2018/19']]
		],
		[
			'a null value',
			[p('2016/17', 61), p('2017/18', null), p('2018/19', 65), p('2019/20', 66)],
			[['2016/17'], ['2018/19', '2019/20']]
		],
		[
			'a non-comparable value',
			[
				p('2016/17', 61),
				p('2017/18', 64),
				p('2018/19', 70, false),
				p('2019/20', 66),
				p('2020/21', 67)
			],
			[
				['2016/17', '2017/18'],
				['2019/20', '2020/21']
			]
		],
		[
			'KS2: no tests in 2019/20 and 2020/21 (periods missing from the series)',
			[p('2017/18', 64), p('2018/19', 65), p('2021/22', 59), p('2022/23', 60)],
			[
				['2017/18', '2018/19'],
				['2021/22', '2022/23']
			]
		],
		['only nulls', [p('2016/17', null), p('2017/18', null)], []],
		['an empty series', [], []],
		['points off the axis are dropped', [p('2030/31', 1), p('2016/17', 61)], [['2016/17']]]
	])('%s', (_, points, expected) => {
		const before = structuredClone(points);
		expect(runs(points)).toEqual(expected);
		expect(points).toEqual(before);
	});

	it('breaks between years that are not consecutive even when the axis leaves out the gap', () => {
		const axis = ['2017/18', '2018/19', '2021/22', '2022/23'];
		expect(
			runs([p('2017/18', 64), p('2018/19', 65), p('2021/22', 59), p('2022/23', 60)], axis)
		).toEqual([
			['2017/18', '2018/19'],
			['2021/22', '2022/23']
		]);
	});

	it('joins consecutive periods that are not years (months) by their order on the axis', () => {
		const months = ['Jan 2024', 'Feb 2024', 'Mar 2024'];
		expect(runs([p('Jan 2024', 40), p('Feb 2024', 45), p('Mar 2024', 50)], months)).toEqual([
			months
		]);
	});
});

describe('periodsOf', () => {
	const s = (...xs: string[]) => ({ points: xs.map((x) => ({ x, y: 1 })) });

	it.each<[string, { points: LinePoint[] }[], string[]]>([
		[
			'years, series starting in different years',
			[s('2019/20', '2020/21'), s('2018/19', '2019/20')],
			['2018/19', '2019/20', '2020/21']
		],
		['calendar years', [s('2024', '2026'), s('2025')], ['2024', '2025', '2026']],
		[
			'months keep the order first met',
			[s('Mar 2024', 'Apr 2024'), s('Jan 2024')],
			['Mar 2024', 'Apr 2024', 'Jan 2024']
		],
		['no series', [], []]
	])('%s', (_, series, expected) => {
		const before = structuredClone(series);
		expect(periodsOf(series)).toEqual(expected);
		expect(series).toEqual(before);
	});
});

describe('estimateLines', () => {
	it.each<[string, number, number]>([
		['Hertfordshire', 20, 1],
		['England other pupils 67%', 15, 2],
		['Herts disadvantaged 46%', 12, 3],
		['Supercalifragilistic', 8, 3],
		['', 10, 1]
	])('%j at %d characters a line: %d', (text, perLine, lines) => {
		expect(estimateLines(text, perLine)).toBe(lines);
	});
});

describe('dodge', () => {
	it.each<[string, number[], number | number[], number, number, number[]]>([
		['far apart: unchanged', [10, 100], 18, 0, 200, [10, 100]],
		// Both move, by the same amount: their midpoint (52.5) stays put, 18 apart.
		['too close: spread about their midpoint', [50, 55], 18, 0, 200, [43.5, 61.5]],
		['input order is kept', [55, 50], 18, 0, 200, [61.5, 43.5]],
		['at the bottom: kept inside the band', [195, 198], 18, 0, 200, [182, 200]],
		['at the top: kept inside the band', [0, 2], 18, 0, 200, [0, 18]],
		// 10 and 20 collide and form a block, which then reaches 30: all three end up 18 apart
		// around the middle one's wish (20), the average of the three wishes.
		['a chain of collisions', [10, 20, 30], 18, 0, 200, [2, 20, 38]],
		['mixed heights: a two-line label needs more room', [50, 55], [40, 20], 0, 200, [37.5, 67.5]],
		['nothing to place', [], 18, 0, 200, []]
	])('%s', (_, wanted, gap, min, max, expected) => {
		const before = [...wanted];
		expect(dodge(wanted, gap, min, max)).toEqual(expected);
		expect(wanted).toEqual(before);
	});
});

describe('niceDomain', () => {
	it.each<[string, number[], [number | null, number | null], [number, number]]>([
		['percentages from zero', [46, 58, 61], [0, null], [0, 70]],
		['fixed both ends', [46, 58], [0, 100], [0, 100]],
		['negative gaps', [-22, -3], [null, null], [-25, 0]],
		['no data', [], [null, null], [0, 1]],
		['one value', [5], [null, null], [5, 5.5]]
	])('%s', (_, values, fixed, expected) => {
		expect(niceDomain(values, fixed)).toEqual(expected);
	});
});
