import { describe, expect, it } from 'vitest';
import BarChart from '../../../src/lib/charts/BarChart.svelte';
import type { BarDatum } from '../../../src/lib/charts/types';
import { attr, renderHtml, svgSnapshot, tags, textsOf } from './html';

const pct = (v: number) => `${v}%`;

const neighbours: BarDatum[] = [
	{ label: 'Hertfordshire', value: 62, highlight: true },
	{ label: 'Hampshire', value: 60 },
	{ label: 'Trafford', value: { symbol: 'x' } },
	{ label: 'Bromley', value: null }
];

describe('BarChart', () => {
	it('writes every value as text, and the symbol where there is no number', () => {
		const html = renderHtml(BarChart, { data: neighbours, format: pct });
		expect(textsOf(html, 'bar-label')).toEqual(['62%', '60%', 'x', 'x']);
	});

	it('draws a bar only for numbers', () => {
		const html = renderHtml(BarChart, { data: neighbours });
		expect(tags(html, 'rect').map((t) => attr(t, 'data-label'))).toEqual([
			'Hertfordshire',
			'Hampshire'
		]);
	});

	it('names every category as text and emphasises highlighted ones in bold, not only colour', () => {
		const html = renderHtml(BarChart, { data: neighbours });
		expect(textsOf(html, 'tick')).toContain('Trafford');
		expect(textsOf(html, 'bold')).toContain('Hertfordshire');
	});

	it.each<[string, BarDatum[], string[]]>([
		['positive', [{ label: 'A', value: 25 }], ['0', '25']],
		['negative', [{ label: 'A', value: -10 }], ['-10', '10']]
	])('bars start at zero (%s)', (_, data, widthAndX) => {
		const html = renderHtml(BarChart, { data, xDomain: [-50, 50] });
		const [rect] = tags(html, 'rect');
		// On a −50…50 axis, 0 is at 50%: +25 runs 50→75, −10 runs 40→50.
		const x = Number(attr(rect ?? '', 'x'));
		const w = Number(attr(rect ?? '', 'width'));
		expect([String(x - 50), String(w)]).toEqual(widthAndX);
	});

	it('labels a reference line', () => {
		const html = renderHtml(BarChart, {
			data: neighbours,
			references: [{ label: 'England 59%', value: 59 }]
		});
		expect(textsOf(html, 'target-label')).toEqual(['England 59%']);
	});

	it('does not change its input, and draws the same SVG every time', () => {
		const before = structuredClone(neighbours);
		const html = renderHtml(BarChart, { data: neighbours });
		expect(neighbours).toEqual(before);
		expect(svgSnapshot(html)).toMatchSnapshot();
	});

	it('copes with no data', () => {
		expect(renderHtml(BarChart, { data: [] })).toContain('No data to show.');
	});
});
