import { describe, expect, it } from 'vitest';
import ProgressChart from '../../../src/lib/charts/ProgressChart.svelte';
import type { ProgressDatum, ProgressMeasure } from '../../../src/lib/charts/types';
import { attr, renderHtml, svgSnapshot, tags, textsOf } from './html';

const measures: ProgressMeasure[] = [
	{ key: 'planned', label: 'Planned' },
	{ key: 'delivered', label: 'Delivered' },
	{ key: 'offered', label: 'Offered a place' }
];
const projects: ProgressDatum[] = [
	{ label: 'SLD places (west)', values: { planned: 100, delivered: 60, offered: 45 }, target: 100 },
	{
		label: 'SLD places (east)',
		values: { planned: 80, delivered: { symbol: 'x' }, offered: 0 },
		target: 100
	}
];

describe('ProgressChart', () => {
	it('nests the measures, outermost (planned) widest and thickest', () => {
		const html = renderHtml(ProgressChart, { data: projects, measures, max: 100 });
		const west = tags(html, 'rect')
			.filter((t) => /data-measure/.test(t))
			.slice(0, 3);
		expect(west.map((t) => attr(t, 'data-measure'))).toEqual(['planned', 'delivered', 'offered']);
		expect(west.map((t) => Number(attr(t, 'width')))).toEqual([100, 60, 45]);
		const heights = west.map((t) => Number(attr(t, 'height')));
		expect([...heights].sort((a, b) => b - a)).toEqual(heights);
	});

	it('marks each target', () => {
		const html = renderHtml(ProgressChart, { data: projects, measures, max: 100 });
		const markers = tags(html, 'line').filter((t) => attr(t, 'class') === 'target-marker');
		expect(markers.map((t) => attr(t, 'x1'))).toEqual(['100', '100']);
	});

	it('writes every value and the target as text, with symbols for what is missing', () => {
		const html = renderHtml(ProgressChart, { data: projects, measures });
		expect(textsOf(html, 'progress-text')).toEqual([
			'Planned 100 · Delivered 60 · Offered a place 45 · Target 100',
			'Planned 80 · Delivered x · Offered a place 0 · Target 100'
		]);
	});

	it('shows a single value against its target with a custom target label', () => {
		const html = renderHtml(ProgressChart, {
			data: [
				{
					label: 'Schools trained',
					values: { value: 68 },
					target: 70,
					targetLabel: 'Target 70% by 31 Aug 2023'
				}
			],
			format: (v: number) => `${v}%`,
			max: 100
		});
		expect(textsOf(html, 'progress-text')).toEqual(['Value 68% · Target 70% by 31 Aug 2023']);
		expect(textsOf(html, 'legend')).toEqual(['Value']);
	});

	it('does not change its input, and draws the same SVG every time', () => {
		const before = structuredClone(projects);
		const html = renderHtml(ProgressChart, { data: projects, measures });
		expect(projects).toEqual(before);
		expect(svgSnapshot(html)).toMatchSnapshot();
	});
});
