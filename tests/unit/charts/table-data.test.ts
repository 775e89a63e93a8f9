import { describe, expect, it } from 'vitest';
import {
	barTable,
	dotPlotTable,
	lineTable,
	progressTable,
	stackedTable
} from '../../../src/lib/charts/table-data';
import type { LineSeries } from '../../../src/lib/charts/types';

describe('lineTable', () => {
	const series: LineSeries[] = [
		{
			label: 'Hertfordshire',
			points: [
				{ x: '2020/21', y: 44, comparable: false },
				{ x: '2021/22', y: 46 },
				{ x: '2022/23', y: null }
			]
		},
		{ label: 'England', points: [{ x: '2021/22', y: 43 }] }
	];

	it('has one row per period and one column per series and target', () => {
		const t = lineTable(series, {
			targets: [{ label: 'Target 50', value: 50, from: '2021/22' }],
			periodLabel: 'Academic year'
		});
		expect(t.columns.map((c) => c.label)).toEqual([
			'Academic year',
			'Hertfordshire',
			'England',
			'Target 50',
			'Note'
		]);
		expect(t.rows).toEqual([
			{
				period: '2020/21',
				s0: 44,
				s1: null,
				t0: { symbol: 'z' },
				note: 'Not comparable with other years: Hertfordshire'
			},
			{ period: '2021/22', s0: 46, s1: 43, t0: 50, note: '' },
			{ period: '2022/23', s0: null, s1: null, t0: 50, note: '' }
		]);
	});

	it('gives a trajectory its two ends only', () => {
		const t = lineTable(series, {
			targets: [{ label: 'Trajectory', value: 50, fromValue: 40, from: '2020/21', to: '2022/23' }]
		});
		expect(t.rows.map((r) => r.t0)).toEqual([40, { symbol: 'z' }, 50]);
	});
});

describe('other tables', () => {
	it('barTable keeps symbols', () => {
		expect(barTable([{ label: 'A', value: { symbol: 'c' } }]).rows).toEqual([
			{ label: 'A', value: { symbol: 'c' } }
		]);
	});

	it('stackedTable adds totals of the positive values', () => {
		const t = stackedTable(
			[{ label: 'Watford', values: { a: 3, b: null, c: 4 } }],
			[
				{ key: 'a', label: 'A' },
				{ key: 'b', label: 'B' },
				{ key: 'c', label: 'C' }
			]
		);
		expect(t.rows).toEqual([{ __label: 'Watford', a: 3, b: null, c: 4, __total: 7 }]);
	});

	it('progressTable marks a missing target as not applicable', () => {
		const t = progressTable(
			[{ label: 'Enlargement', values: { delivered: 7 } }],
			[{ key: 'delivered', label: 'Delivered' }]
		);
		expect(t.rows).toEqual([{ __label: 'Enlargement', delivered: 7, __target: { symbol: 'z' } }]);
	});

	it('dotPlotTable hides the interval of a suppressed value, which would reveal it', () => {
		const t = dotPlotTable([{ label: 'S', value: { symbol: 'c' }, lower: 2, upper: 40 }]);
		expect(t.rows).toEqual([
			{ label: 'S', value: { symbol: 'c' }, lower: { symbol: 'c' }, upper: { symbol: 'c' } }
		]);
	});
});
