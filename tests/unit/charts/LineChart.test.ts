import { describe, expect, it, vi } from 'vitest';
import LineChart from '../../../src/lib/charts/LineChart.svelte';
import type { LineSeries, TargetSpec } from '../../../src/lib/charts/types';
import { attr, renderHtml, svgSnapshot, tags, textsOf } from './html';

const pct = (v: number) => `${v}%`;

/** Paths of one series, found by its data-series group. */
function seriesPaths(html: string, label: string): string[] {
	const group = new RegExp(`<g class="series" data-series="${label}">([\\s\\S]*?)</g>`).exec(html);
	return group ? tags(group[1] ?? '', 'path') : [];
}

const fivePeriods = ['2018/19', '2019/20', '2020/21', '2021/22', '2022/23'];
const series = (ys: (number | null)[], comparable: (boolean | undefined)[] = []): LineSeries => ({
	label: 'Hertfordshire',
	points: ys.map((y, i) => {
		const c = comparable[i];
		return c === undefined
			? { x: fivePeriods[i] ?? '', y }
			: { x: fivePeriods[i] ?? '', y, comparable: c };
	})
});

describe('LineChart breaks', () => {
	it.each<[string, LineSeries, number]>([
		['an unbroken series is one path', series([50, 52, 54, 56, 58]), 1],
		['a null value splits the line in two', series([50, 52, null, 56, 58]), 2],
		[
			'a comparable: false point splits it in two',
			series([50, 52, 40, 56, 58], [undefined, undefined, false]),
			2
		],
		['a lone point between breaks has no path', series([50, null, 54, null, 58]), 0]
	])('%s', (_, s, paths) => {
		const html = renderHtml(LineChart, { series: [s] });
		expect(seriesPaths(html, 'Hertfordshire')).toHaveLength(paths);
	});

	it('never joins across the break: no path reaches the missing period', () => {
		const html = renderHtml(LineChart, { series: [series([50, 52, null, 56, 58])] });
		const ds = seriesPaths(html, 'Hertfordshire').map((t) => attr(t, 'd'));
		// Five periods on a point scale padded 0.4: 2020/21 sits at x = 50.
		expect(ds.every((d) => !/\b50,/.test(d ?? ''))).toBe(true);
		expect(ds.map((d) => (d ?? '').split('L').length)).toEqual([2, 2]);
	});

	it('still marks a non-comparable point, hollow, so the reader sees it is there', () => {
		const html = renderHtml(LineChart, {
			series: [series([50, 52, 40, 56, 58], [undefined, undefined, false])]
		});
		const markers = tags(html, 'path').filter(
			(t) => attr(t, 'fill') === '#ffffff' && attr(t, 'stroke-width') === '2'
		);
		expect(markers).toHaveLength(1);
	});
});

describe('LineChart labels', () => {
	const data: LineSeries[] = [
		{
			label: 'Hertfordshire disadvantaged',
			points: [
				{ x: '2022/23', y: 46 },
				{ x: '2023/24', y: 48 }
			]
		},
		{
			label: 'England other pupils',
			points: [
				{ x: '2022/23', y: 66 },
				{ x: '2023/24', y: 67 }
			]
		}
	];

	it('labels each line directly with its name and latest value', () => {
		const html = renderHtml(LineChart, { series: data, format: pct });
		expect(textsOf(html, 'line-label')).toEqual([
			'Hertfordshire disadvantaged 48%',
			'England other pupils 67%'
		]);
	});

	it('draws each target as a dashed line with its label as text', () => {
		const targets: TargetSpec[] = [{ label: 'Target 75% by Dec 2023', value: 75 }];
		const html = renderHtml(LineChart, { series: data, targets, format: pct });
		const lines = tags(html, 'line').filter((t) => attr(t, 'data-target') !== null);
		expect(lines).toHaveLength(1);
		expect(attr(lines[0] ?? '', 'stroke-dasharray')).toBeTruthy();
		expect(textsOf(html, 'target-label')).toEqual(['Target 75% by Dec 2023']);
	});

	it('draws a trajectory between two dated points', () => {
		const targets: TargetSpec[] = [
			{ label: 'Trajectory', value: 60, fromValue: 46, from: '2022/23', to: '2023/24' }
		];
		const html = renderHtml(LineChart, { series: data, targets, yDomain: [0, 100] });
		const [line] = tags(html, 'line').filter((t) => attr(t, 'data-target') !== null);
		// y is inverted: 46% of a 0–100 axis is 54 from the top, 60% is 40.
		expect([attr(line ?? '', 'y1'), attr(line ?? '', 'y2')]).toEqual(['54', '40']);
	});

	it('can run its axis past the data, e.g. to a trajectory that ends in a later year', () => {
		const html = renderHtml(LineChart, {
			series: data,
			periods: ['2022/23', '2023/24', '2024/25', '2025/26'],
			targets: [{ label: 'Trajectory', value: 60, fromValue: 48, from: '2023/24', to: '2025/26' }]
		});
		const [line] = tags(html, 'line').filter((t) => attr(t, 'data-target') !== null);
		// A point scale of 4 periods padded 0.4 over 0–100: step = 100 / (3 + 2 × 0.4) = 26.32,
		// period i at (0.4 + i) × step: 2023/24 (i = 1) at 36.84, 2025/26 (i = 3) at 89.47.
		expect([attr(line ?? '', 'x1'), attr(line ?? '', 'x2')]).toEqual(['36.84', '89.47']);
		expect(textsOf(html, 'tick')).toContain('2025/26');
	});

	it('reports a target whose period is not on the axis, and leaves it out', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const html = renderHtml(LineChart, {
			series: data,
			targets: [{ label: 'Lost', value: 60, to: '2030/31' }]
		});
		expect(error).toHaveBeenCalledWith(expect.stringMatching(/'2030\/31' is not on the x axis/));
		expect(tags(html, 'line').filter((t) => attr(t, 'data-target') !== null)).toHaveLength(0);
		error.mockRestore();
	});

	it('shows the y-axis title and period labels as text', () => {
		const html = renderHtml(LineChart, { series: data, yLabel: '% meeting the expected standard' });
		expect(textsOf(html, 'title')).toEqual(['% meeting the expected standard']);
		expect(textsOf(html, 'tick').slice(-2)).toEqual(['2022/23', '2023/24']);
	});

	it('renders SVG on the server that scales with its container (fixed viewBox)', () => {
		const html = renderHtml(LineChart, { series: data });
		const [svg] = tags(html, 'svg');
		expect(attr(svg ?? '', 'viewBox')).toBe('0 0 100 100');
	});

	it('says so when there is nothing to draw', () => {
		const html = renderHtml(LineChart, {
			series: [{ label: 'Empty', points: [{ x: '2023/24', y: null }] }]
		});
		expect(html).toContain('No data to show.');
		expect(tags(html, 'svg')).toHaveLength(0);
	});

	it('does not change its input', () => {
		const targets: TargetSpec[] = [{ label: 'Target', value: 60, from: '2022/23' }];
		const before = structuredClone({ data, targets });
		renderHtml(LineChart, { series: data, targets });
		expect({ data, targets }).toEqual(before);
	});

	it('draws the same SVG every time (snapshot, numbers rounded)', () => {
		const html = renderHtml(LineChart, {
			series: [series([50.123, 52.456, null, 56.789, 58]), { ...data[1]!, label: 'England' }],
			targets: [{ label: 'Target', value: 65 }]
		});
		expect(svgSnapshot(html)).toMatchSnapshot();
	});
});
