import { describe, expect, it } from 'vitest';
import DotPlotChart from '../../../src/lib/charts/DotPlotChart.svelte';
import type { DotDatum } from '../../../src/lib/charts/types';
import { renderHtml, svgSnapshot, tags, textsOf } from './html';

const pp = (v: number) => `${v} pp`;

const schools: DotDatum[] = [
	{ label: 'School A', value: 20, lower: 8, upper: 31 },
	{ label: 'School B', value: { symbol: 'c' }, lower: 1, upper: 60 },
	{ label: 'School C', value: -5 }
];

describe('DotPlotChart', () => {
	it('draws a capped whisker only where there is a value and both bounds', () => {
		const html = renderHtml(DotPlotChart, { data: schools });
		// One whisker group: the line and its two caps.
		expect(tags(html, 'g').filter((t) => /data-label="School A"/.test(t))).toHaveLength(1);
		expect(tags(html, 'g').filter((t) => /data-label="School B"/.test(t))).toHaveLength(0);
		expect(tags(html, 'line').filter((t) => !/data-target/.test(t))).toHaveLength(3);
	});

	it('shows the symbol for a suppressed school instead of a dot, and never its interval', () => {
		const html = renderHtml(DotPlotChart, { data: schools, format: pp });
		expect(textsOf(html, 'symbol')).toEqual(['c']);
		expect(textsOf(html, 'value')).toEqual(['20 pp (8 pp to 31 pp)', '-5 pp']);
		expect(html).not.toContain('60 pp');
	});

	it('has a text legend for dots and whiskers, and labels reference lines', () => {
		const html = renderHtml(DotPlotChart, {
			data: schools,
			valueLabel: 'Gap',
			references: [{ label: 'No gap', value: 0 }]
		});
		expect(textsOf(html, 'legend')).toEqual(['Gap 95% confidence interval']);
		expect(textsOf(html, 'target-label')).toEqual(['No gap']);
	});

	it('does not change its input, and draws the same SVG every time', () => {
		const before = structuredClone(schools);
		const html = renderHtml(DotPlotChart, { data: schools });
		expect(schools).toEqual(before);
		expect(svgSnapshot(html)).toMatchSnapshot();
	});
});
