import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChartFigure from '../../../src/lib/charts/ChartFigure.svelte';
import { altProblem } from '../../../src/lib/charts/alt';
import type { Column, Row } from '../../../src/lib/charts/types';
import { attr, renderHtml, tags, textsOf } from './html';

const chart = createRawSnippet(() => ({ render: () => '<div class="fake-chart"></div>' }));
const columns: Column[] = [
	{ key: 'year', label: 'Academic year' },
	{ key: 'value', label: 'Hertfordshire', numeric: true }
];
const rows: Row[] = [{ year: '2023/24', value: 48 }];
const base = {
	title: 'KS2 disadvantaged pupils meeting the expected standard',
	alt: 'Rose from 42% in 2021/22 to 48% in 2023/24, still 19 points below other pupils nationally.',
	source: 'DfE KS2 performance tables',
	columns,
	rows,
	children: chart
};

afterEach(() => vi.restoreAllMocks());

describe('ChartFigure', () => {
	it('is a figure whose caption is the title', () => {
		const html = renderHtml(ChartFigure, base);
		expect(html).toMatch(/^<figure\b/);
		expect(textsOf(html, 'title')).toEqual([base.title]);
		expect(html.indexOf('<figcaption')).toBeLessThan(html.indexOf('role="img"'));
	});

	it('presents the chart as one image named by the alt text', () => {
		const html = renderHtml(ChartFigure, base);
		const [region] = tags(html, 'div').filter((t) => attr(t, 'role') === 'img');
		expect(attr(region ?? '', 'aria-label')).toBe(base.alt);
		expect(html).toContain('fake-chart');
	});

	it.each([
		['empty', ''],
		['blank', '   ']
	])('refuses to render without alt text (%s)', (_, alt) => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(() => renderHtml(ChartFigure, { ...base, alt })).toThrow(/no alt text/);
	});

	it('reports alt text that only repeats the title', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		renderHtml(ChartFigure, { ...base, alt: base.title.toUpperCase() + '.' });
		expect(error).toHaveBeenCalledWith(expect.stringMatching(/repeats the title/));
	});

	it('has a real button that controls a hidden data table', () => {
		const html = renderHtml(ChartFigure, base);
		const [button] = tags(html, 'button');
		expect(attr(button ?? '', 'type')).toBe('button');
		expect(attr(button ?? '', 'aria-expanded')).toBe('false');
		const controls = attr(button ?? '', 'aria-controls') ?? '';
		const [panel] = tags(html, 'div').filter((t) => attr(t, 'id') === controls);
		expect(panel).toMatch(/\shidden/);
		expect(textsOf(html, 'table-toggle')).toEqual([`Show data table for ${base.title}`]);
		expect(html).toContain('<caption');
	});

	it('shows the table, and says "Hide", when expanded', () => {
		const html = renderHtml(ChartFigure, { ...base, expanded: true });
		const [button] = tags(html, 'button');
		expect(attr(button ?? '', 'aria-expanded')).toBe('true');
		expect(textsOf(html, 'table-toggle')[0]).toMatch(/^Hide data table/);
		const [panel] = tags(html, 'div').filter((t) => attr(t, 'class')?.includes('table-panel'));
		expect(panel).not.toMatch(/\shidden/);
	});

	it('gives each figure its own table id', () => {
		const a = renderHtml(ChartFigure, base);
		const b = renderHtml(ChartFigure, base);
		const id = (html: string) => attr(tags(html, 'button')[0] ?? '', 'aria-controls');
		expect(id(a)).toBeTruthy();
		expect(id(a)).toBe(attr(tags(a, 'div').find((t) => /table-panel/.test(t)) ?? '', 'id'));
		expect(typeof id(b)).toBe('string');
	});

	it.each([
		[false, []],
		[true, ['Illustrative data: generated for the demo, not council figures.']]
	])('labels illustrative data only when it is (%s)', (illustrative, expected) => {
		const html = renderHtml(ChartFigure, { ...base, illustrative });
		expect(textsOf(html, 'illustrative')).toEqual(expected);
	});

	it('shows the source, the data date and footnotes', () => {
		const html = renderHtml(ChartFigure, {
			...base,
			asAt: '2024-12-12',
			footnotes: ['No KS2 tests were taken in 2019/20 or 2020/21.']
		});
		expect(textsOf(html, 'source')).toEqual([
			'Source: DfE KS2 performance tables. Data as at 12 December 2024'
		]);
		expect(textsOf(html, 'footnotes')).toEqual([
			'Notes No KS2 tests were taken in 2019/20 or 2020/21.'
		]);
	});
});

describe('altProblem', () => {
	it.each<[string, string | null | undefined, RegExp | null]>([
		['Pupils by year', 'Rising from 40 to 48 over three years.', null],
		['Pupils by year', '', /no alt text/],
		['Pupils by year', null, /no alt text/],
		['Pupils by year', undefined, /no alt text/],
		['Pupils by year', '  pupils BY year. ', /repeats the title/]
	])('title %j, alt %j', (title, alt, expected) => {
		const problem = altProblem(title, alt);
		if (expected === null) expect(problem).toBeNull();
		else expect(problem).toMatch(expected);
	});
});
