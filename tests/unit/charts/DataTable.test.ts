import { describe, expect, it } from 'vitest';
import DataTable from '../../../src/lib/charts/DataTable.svelte';
import type { Column, Row } from '../../../src/lib/charts/types';
import { attr, renderHtml, tags, textsOf } from './html';

const columns: Column[] = [
	{ key: 'school', label: 'School' },
	{ key: 'pupils', label: 'Disadvantaged pupils', numeric: true },
	{
		key: 'pct',
		label: '% meeting expected standard',
		numeric: true,
		format: (v) => `${v.toFixed(1)}%`
	},
	{ key: 'phase', label: 'Phase' }
];

/** Cells of each body row, header cell first. */
function cells(html: string): string[][] {
	const body = /<tbody>([\s\S]*)<\/tbody>/.exec(html)?.[1] ?? '';
	return (body.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((tr) =>
		(tr.match(/<t[hd]\b[^>]*>[\s\S]*?<\/t[hd]>/g) ?? []).map((c) => c.replace(/<[^>]+>/g, ''))
	);
}

describe('DataTable', () => {
	const rows: Row[] = [
		{ school: 'Abbey Primary', pupils: 1234, pct: 55.25, phase: 'Primary' },
		{ school: 'Beech Primary', pupils: { symbol: 'c' }, pct: { symbol: 'c' }, phase: 'Primary' },
		{ school: 'Cedar Primary', pupils: null, pct: { symbol: 'low' }, phase: { symbol: 'z' } }
	];

	it('has a caption, column headers with scope="col" and row headers with scope="row"', () => {
		const html = renderHtml(DataTable, { caption: 'KS2 by school', columns, rows });
		expect(textsOf(html, 'x').length).toBe(0);
		expect(/<caption[^>]*>KS2 by school<\/caption>/.test(html)).toBe(true);
		const ths = tags(html, 'th');
		expect(ths.filter((t) => attr(t, 'scope') === 'col')).toHaveLength(4);
		expect(ths.filter((t) => attr(t, 'scope') === 'row')).toHaveLength(3);
	});

	it('right-aligns numeric columns, headers included, and formats by column', () => {
		const html = renderHtml(DataTable, { caption: 'c', columns, rows });
		const heads = tags(html, 'th').filter((t) => attr(t, 'scope') === 'col');
		expect(heads.map((t) => /\bnum\b/.test(attr(t, 'class') ?? ''))).toEqual([
			false,
			true,
			true,
			false
		]);
		const tds = tags(html, 'td');
		expect(tds.filter((t) => /\bnum\b/.test(attr(t, 'class') ?? ''))).toHaveLength(6);
		expect(cells(html)[0]).toEqual(['Abbey Primary', '1,234', '55.3%', 'Primary']);
	});

	it('shows DfE symbols as themselves and a missing value as x', () => {
		const html = renderHtml(DataTable, { caption: 'c', columns, rows });
		expect(cells(html).slice(1)).toEqual([
			['Beech Primary', 'c', 'c', 'Primary'],
			['Cedar Primary', 'x', 'low', 'z']
		]);
	});

	it('puts a legend of the symbols used beside the table, linked to it', () => {
		const html = renderHtml(DataTable, { caption: 'c', columns, rows });
		const legend = textsOf(html, 'symbol-legend')[0] ?? '';
		expect(legend).toMatch(/^Symbols used in this table/);
		for (const s of ['c confidential', 'low rounds to 0', 'x unavailable', 'z not applicable']) {
			expect(legend).toContain(s);
		}
		expect(legend).not.toContain('low reliability');
		const [table] = tags(html, 'table');
		const legendId = attr(tags(html, 'div').find((t) => /symbol-legend/.test(t)) ?? '', 'id');
		expect(attr(table ?? '', 'aria-describedby')).toBe(legendId);
	});

	it('has no legend when no symbol appears', () => {
		const html = renderHtml(DataTable, {
			caption: 'c',
			columns,
			rows: [{ school: 'Abbey Primary', pupils: 30, pct: 50, phase: 'Primary' }]
		});
		expect(html).not.toContain('symbol-legend');
		expect(attr(tags(html, 'table')[0] ?? '', 'aria-describedby')).toBeNull();
	});

	it('dies gracefully with bad data: missing keys and NaN show as x', () => {
		const html = renderHtml(DataTable, {
			caption: 'c',
			columns,
			rows: [{ school: 'Odd', pct: Number.NaN }]
		});
		expect(cells(html)).toEqual([['Odd', 'x', 'x', 'x']]);
	});

	it('links a cell when its column has link(), row by row, and nowhere else', () => {
		const linked: Column[] = [
			{
				key: 'school',
				label: 'School',
				link: (row) => (row.school === 'Cedar Primary' ? null : `/school/${String(row.urn)}/`)
			},
			{
				key: 'pupils',
				label: 'Pupils',
				numeric: true,
				link: (row) => (typeof row.pupils === 'number' ? `/pupils/${row.pupils}/` : null)
			},
			{ key: 'phase', label: 'Phase' }
		];
		const html = renderHtml(DataTable, {
			caption: 'c',
			columns: linked,
			rows: [
				{ school: 'Abbey Primary', urn: 117083, pupils: 30, phase: 'Primary' },
				{ school: 'Beech & Co', urn: 117084, pupils: { symbol: 'c' }, phase: 'Primary' },
				{ school: 'Cedar Primary', urn: 117085, pupils: 12, phase: 'Primary' }
			]
		});
		expect(tags(html, 'a').map((a) => attr(a, 'href'))).toEqual([
			'/school/117083/',
			'/pupils/30/',
			'/school/117084/',
			'/pupils/12/'
		]);
		// The link sits inside the row header, so the header keeps scope="row" and its text.
		expect(html).toMatch(
			/<th scope="row"[^>]*><a href="\/school\/117083\/">Abbey Primary<\/a><\/th>/
		);
		expect(cells(html)).toEqual([
			['Abbey Primary', '30', 'Primary'],
			['Beech &amp; Co', 'c', 'Primary'],
			['Cedar Primary', '12', 'Primary']
		]);
	});

	it('does not change its input', () => {
		const before = structuredClone({
			columns: columns.map((c) => ({ ...c, format: undefined })),
			rows
		});
		renderHtml(DataTable, { caption: 'c', columns, rows });
		expect({ columns: columns.map((c) => ({ ...c, format: undefined })), rows }).toEqual(before);
	});
});
