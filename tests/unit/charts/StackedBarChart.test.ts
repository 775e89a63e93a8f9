import { describe, expect, it } from 'vitest';
import StackedBarChart from '../../../src/lib/charts/StackedBarChart.svelte';
import { RAYG, contrastRatio } from '../../../src/lib/charts/palette';
import type { StackKey, StackedDatum } from '../../../src/lib/charts/types';
import { attr, renderHtml, svgSnapshot, tags, textsOf } from './html';

const keys: StackKey[] = [
	{ key: 'dark_green', label: 'Dark green' },
	{ key: 'light_green', label: 'Light green' },
	{ key: 'yellow', label: 'Yellow' },
	{ key: 'amber', label: 'Amber' },
	{ key: 'red', label: 'Red' }
];
const districts: StackedDatum[] = [
	{ label: 'Dacorum', values: { dark_green: 20, light_green: 15, yellow: 10, amber: 4, red: 1 } },
	{ label: 'Watford', values: { dark_green: 12, light_green: 10, yellow: 6, amber: null, red: 0 } }
];

describe('StackedBarChart', () => {
	it('has a text legend naming every part in stack order', () => {
		const html = renderHtml(StackedBarChart, { data: districts, keys });
		expect(textsOf(html, 'legend')).toEqual(['Dark green Light green Yellow Amber Red']);
	});

	it('gives RAYG keys the RAYG colours', () => {
		const html = renderHtml(StackedBarChart, { data: districts, keys });
		const fills = tags(html, 'rect')
			.filter((t) => attr(t, 'data-row') === 'Dacorum')
			.map((t) => attr(t, 'fill'));
		expect(fills).toEqual(Object.values(RAYG).map((r) => r.fill));
	});

	it('labels segments wide enough with text that contrasts with the segment', () => {
		const html = renderHtml(StackedBarChart, { data: districts, keys });
		const labels = tags(html, 'span').filter((t) => attr(t, 'class')?.includes('segment-label'));
		// On a 0–50 axis, 6% is 3: every segment but Dacorum's red (1) is wide enough.
		expect(textsOf(html, 'segment-label')).toEqual(['20', '15', '10', '4', '12', '10', '6']);
		for (const tag of labels) {
			const colour = /color: (#[0-9a-fA-F]{6})/.exec(attr(tag, 'style') ?? '')?.[1] ?? '';
			const fills = Object.values(RAYG).map((r) => r.fill);
			expect(fills.some((f) => contrastRatio(f, colour) >= 4.5)).toBe(true);
		}
	});

	it('writes each total, and leaves out missing and zero parts', () => {
		const html = renderHtml(StackedBarChart, { data: districts, keys });
		expect(textsOf(html, 'total-label')).toEqual(['50', '28']);
		expect(tags(html, 'rect').filter((t) => attr(t, 'data-row') === 'Watford')).toHaveLength(3);
	});

	it('does not change its input, and draws the same SVG every time', () => {
		const before = structuredClone({ districts, keys });
		const html = renderHtml(StackedBarChart, { data: districts, keys });
		expect({ districts, keys }).toEqual(before);
		expect(svgSnapshot(html)).toMatchSnapshot();
	});
});
