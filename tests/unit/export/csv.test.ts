import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CellValue, Column, Row } from '../../../src/lib/charts/types';
import {
	csvFileName,
	downloadCsv,
	headerLabel,
	tableToCsv,
	type CsvTable
} from '../../../src/lib/export/csv';

/**
 * The CSV export, with every expectation written out by hand rather than produced by the code
 * under test, and a round trip through an independent RFC 4180 parser written here.
 */

/**
 * A strict RFC 4180 reader: records end in CRLF, quoted fields double their quotes, and anything
 * else (a bare LF, a quote inside an unquoted field, text after a closing quote) is an error, so
 * that a lenient reading cannot hide a malformed file.
 */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let i = 0;
	const endField = () => {
		record.push(field);
		field = '';
	};
	while (i < text.length) {
		const ch = text[i] as string;
		if (field === '' && ch === '"') {
			// A quoted field runs to the next quote that is not doubled.
			i += 1;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i += 1;
					break;
				}
				field += text[i];
				i += 1;
			}
			const next = text.slice(i, i + 2);
			if (text[i] !== ',' && next !== '\r\n') throw new Error(`text after quote at ${i}`);
			continue;
		}
		if (ch === ',') {
			endField();
			i += 1;
		} else if (ch === '\r') {
			if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
			endField();
			records.push(record);
			record = [];
			i += 2;
		} else if (ch === '\n') {
			throw new Error(`bare LF at ${i}`);
		} else if (ch === '"') {
			throw new Error(`quote inside an unquoted field at ${i}`);
		} else {
			field += ch;
			i += 1;
		}
	}
	if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
	return records;
}

/** The records after the leading comments: the header row, then the data. */
function body(csv: string): string[][] {
	const records = parseCsv(csv.replace(/^\uFEFF/, ''));
	return records.slice(records.findIndex((r) => !(r[0] ?? '').startsWith('# ')));
}

const COLUMNS: Column[] = [
	{ key: 'district', label: 'District' },
	{ key: 'pct', label: 'Good or outstanding', numeric: true, format: (v) => `${v.toFixed(1)}%` },
	{ key: 'schools', label: 'Schools', numeric: true, format: (v) => v.toLocaleString('en-GB') }
];

const BASE: CsvTable = {
	title: 'Schools by district',
	columns: COLUMNS,
	rows: [
		{ district: 'Watford', pct: 89.47368421052632, schools: 1234 },
		{ district: 'Dacorum', pct: { symbol: 'c' }, schools: null }
	],
	filterDescription: 'Watford and Dacorum; primary schools',
	filterQuery: 'district=Dacorum&district=Watford&phase=primary',
	source: 'DfE performance tables',
	asAt: '2026-08-31',
	generatedOn: '2026-11-23'
};

describe('tableToCsv', () => {
	it('writes the whole file as expected: BOM, comments, header with units, rows, CRLF', () => {
		expect(tableToCsv(BASE)).toBe(
			'\uFEFF' +
				'# Title,Schools by district\r\n' +
				'# Filters applied,Watford and Dacorum; primary schools\r\n' +
				'# Filters as URL query,?district=Dacorum&district=Watford&phase=primary\r\n' +
				'# Source,DfE performance tables\r\n' +
				'# Data as at,2026-08-31\r\n' +
				'# Generated on,2026-11-23\r\n' +
				'# Symbol c,confidential: suppressed to protect confidentiality (small numbers)\r\n' +
				'# Symbol low,rounds to 0 but is not zero\r\n' +
				'# Symbol x,unavailable: no data for this item\r\n' +
				'# Symbol z,not applicable\r\n' +
				'District,Good or outstanding (%),Schools\r\n' +
				'Watford,89.47368421052632,1234\r\n' +
				'Dacorum,c,x\r\n'
		);
	});

	it('starts with a UTF-8 byte-order mark, once', () => {
		const csv = tableToCsv(BASE);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.charCodeAt(1)).toBe('#'.charCodeAt(0));
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x23]);
	});

	it('ends every record with CRLF and never uses a bare LF between records', () => {
		const csv = tableToCsv(BASE);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('quotes fields with a comma, quote, CR, LF or #, doubling quotes, and leaves others bare', () => {
		const rows: Row[] = [
			{ a: 'St Albans, City', b: 'The "Good" School', c: 'line one\r\nline two' },
			{ a: 'bare LF\nhere', b: 'Class #3', c: 'plain text' },
			// Quoted, so that a comment-aware reader (pandas comment='#') does not skip the row.
			{ a: '#1 in the county', b: 'x', c: 'c' }
		];
		const columns: Column[] = [
			{ key: 'a', label: 'A, with comma' },
			{ key: 'b', label: 'B "quoted"' },
			{ key: 'c', label: 'C' }
		];
		expect(body(tableToCsv({ ...BASE, columns, rows }))).toEqual([
			['A, with comma', 'B "quoted"', 'C'],
			['St Albans, City', 'The "Good" School', 'line one\r\nline two'],
			['bare LF\nhere', 'Class #3', 'plain text'],
			['#1 in the county', 'x', 'c']
		]);
		const raw = tableToCsv({ ...BASE, columns, rows });
		expect(raw).toContain(
			'"A, with comma","B ""quoted""",C\r\n' +
				'"St Albans, City","The ""Good"" School","line one\r\nline two"\r\n' +
				'"bare LF\nhere","Class #3",plain text\r\n' +
				'"#1 in the county",x,c\r\n'
		);
	});

	it('writes DfE symbols as themselves and null or missing as x, never blank or a number', () => {
		const columns: Column[] = [
			{ key: 'name', label: 'Name' },
			{ key: 'v', label: 'Value', numeric: true }
		];
		const values: (CellValue | undefined)[] = [
			{ symbol: 'c' },
			{ symbol: 'x' },
			{ symbol: 'z' },
			{ symbol: 'low' },
			{ symbol: 'u' },
			null,
			undefined,
			Number.NaN,
			Number.POSITIVE_INFINITY,
			0
		];
		const rows: Row[] = values.map((v, i): Row =>
			v === undefined ? { name: `r${i}` } : { name: `r${i}`, v }
		);
		const data = body(tableToCsv({ ...BASE, columns, rows })).slice(1);
		expect(data.map((r) => r[1])).toEqual(['c', 'x', 'z', 'low', 'u', 'x', 'x', 'x', 'x', '0']);
	});

	it('explains c, low, x and z always, and u only when the table uses it', () => {
		const legend = (csv: string) =>
			parseCsv(csv.slice(1))
				.filter((r) => r[0]?.startsWith('# Symbol'))
				.map((r) => r[0]);
		expect(legend(tableToCsv(BASE))).toEqual([
			'# Symbol c',
			'# Symbol low',
			'# Symbol x',
			'# Symbol z'
		]);
		const withU = tableToCsv({ ...BASE, rows: [{ district: 'Watford', pct: { symbol: 'u' } }] });
		expect(legend(withU)).toEqual([
			'# Symbol c',
			'# Symbol low',
			'# Symbol u',
			'# Symbol x',
			'# Symbol z'
		]);
		expect(withU).toContain('# Symbol u,low reliability\r\n');
	});

	it('writes numbers unformatted: full precision, no grouping, no unit, dot decimal', () => {
		const columns: Column[] = [
			{ key: 'v', label: 'Value', numeric: true, format: (v) => `${v.toFixed(0)}%` }
		];
		const numbers = [1234567.891, 0.1 + 0.2, -5, -0.5, 1e21, 1.5e-7, 55, 100];
		const rows: Row[] = numbers.map((v) => ({ v }));
		const data = body(tableToCsv({ ...BASE, columns, rows })).slice(1);
		expect(data.map((r) => r[0])).toEqual([
			'1234567.891',
			'0.30000000000000004',
			'-5',
			'-0.5',
			'1e+21',
			'1.5e-7',
			'55',
			'100'
		]);
		// Every written number reads back as exactly the same double.
		expect(data.map((r) => Number(r[0]))).toEqual(numbers);
	});

	it('puts the unit in the header: from the formatter when it only adds one, or as given', () => {
		const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
		expect(headerLabel({ key: 'a', label: 'Spend', format: (v) => gbp.format(v) })).toBe(
			'Spend (£)'
		);
		expect(headerLabel({ key: 'a', label: 'Gap', format: (v) => `${v.toFixed(0)} pp` })).toBe(
			'Gap (pp)'
		);
		expect(
			headerLabel({ key: 'a', label: 'Attainment 8 gap', format: (v) => `${v.toFixed(1)} points` })
		).toBe('Attainment 8 gap (points)');
		// Already in the label: not repeated.
		expect(headerLabel({ key: 'a', label: '% good or outstanding', format: (v) => `${v}%` })).toBe(
			'% good or outstanding'
		);
		// Grouping only, or no formatter: no unit.
		expect(
			headerLabel({ key: 'a', label: 'Pupils', format: (v) => v.toLocaleString('en-GB') })
		).toBe('Pupils');
		expect(headerLabel({ key: 'a', label: 'Pupils' })).toBe('Pupils');
		// A formatter that rescales (a fraction shown as a percentage) must not lend its unit to the
		// unscaled number in the file, nor may one that abbreviates.
		const fraction = new Intl.NumberFormat('en-GB', { style: 'percent' });
		expect(headerLabel({ key: 'a', label: 'Share', format: (v) => fraction.format(v) })).toBe(
			'Share'
		);
		expect(
			headerLabel({ key: 'a', label: 'Spend', format: (v) => `£${(v / 1000).toFixed(1)}k` })
		).toBe('Spend');
		// A formatter that throws is not a unit either.
		expect(
			headerLabel({
				key: 'a',
				label: 'Odd',
				format: () => {
					throw new Error('no');
				}
			})
		).toBe('Odd');
		// An explicit unit wins, and '' turns the guess off.
		expect(headerLabel({ key: 'a', label: 'Places', unit: 'places', format: (v) => `${v}%` })).toBe(
			'Places (places)'
		);
		expect(headerLabel({ key: 'a', label: 'Rate', unit: '', format: (v) => `${v}%` })).toBe('Rate');
	});

	it('guards text that a spreadsheet would run as a formula, but not numbers', () => {
		const columns: Column[] = [
			{ key: 't', label: 'Text' },
			{ key: 'n', label: 'Number', numeric: true }
		];
		const rows: Row[] = [
			{ t: '=HYPERLINK("http://evil.example","x")', n: -5 },
			{ t: '+44 1992 555555', n: 1 },
			{ t: '-1+2', n: -0.25 },
			{ t: '@SUM(A1:A2)', n: 0 },
			{ t: '\t=1+1', n: 2 },
			{ t: '\r=1+1', n: 3 },
			{ t: 'Harpenden = good', n: 4 },
			{ t: "'already quoted", n: 5 },
			{ t: '', n: 6 }
		];
		expect(body(tableToCsv({ ...BASE, columns, rows })).slice(1)).toEqual([
			[`'=HYPERLINK("http://evil.example","x")`, '-5'],
			["'+44 1992 555555", '1'],
			["'-1+2", '-0.25'],
			["'@SUM(A1:A2)", '0'],
			["'\t=1+1", '2'],
			["'\r=1+1", '3'],
			['Harpenden = good', '4'],
			["'already quoted", '5'],
			['', '6']
		]);
		// Headers and comment values are text too.
		const hostile = tableToCsv({
			...BASE,
			title: '=cmd|calc',
			columns: [{ key: 't', label: '-Label' }],
			rows: []
		});
		expect(hostile).toContain("# Title,'=cmd|calc\r\n");
		expect(hostile).toContain("\r\n'-Label\r\n");
	});

	it('keeps every comment on one record starting with #, whatever the text holds', () => {
		const csv = tableToCsv({
			...BASE,
			title: 'Line one\r\nLine two, with "quotes"',
			source: 'Source\nwith a break',
			asAt: '',
			filterQuery: '',
			filterDescription: 'All of Hertfordshire',
			illustrative: true,
			notes: ['Districts are approximate.', 'KS2 tests did not run in 2020, 2021.']
		});
		const comments = parseCsv(csv.slice(1)).filter((r) => r[0]?.startsWith('#'));
		expect(comments.slice(0, 9)).toEqual([
			['# Title', 'Line one Line two, with "quotes"'],
			['# Filters applied', 'All of Hertfordshire'],
			['# Filters as URL query', 'none (all of Hertfordshire)'],
			['# Source', 'Source with a break'],
			['# Data as at', 'not stated'],
			['# Generated on', '2026-11-23'],
			['# Illustrative data', 'generated for the demo, not council figures'],
			['# Note', 'Districts are approximate.'],
			['# Note', 'KS2 tests did not run in 2020, 2021.']
		]);
		// Every physical line before the header is a comment.
		const lines = csv.slice(1).split('\r\n');
		expect(lines.slice(0, 13).every((l) => l.startsWith('# '))).toBe(true);
		expect(lines[13]).toBe('District,Good or outstanding (%),Schools');
	});

	it('accepts the query with or without its ?, and a Date for the generated day', () => {
		const csv = tableToCsv({
			...BASE,
			filterQuery: '?district=Watford',
			generatedOn: new Date(2026, 10, 23, 23, 59)
		});
		expect(csv).toContain('# Filters as URL query,?district=Watford\r\n');
		expect(csv).toContain('# Generated on,2026-11-23\r\n');
	});

	it('writes a header and no rows for an empty table', () => {
		expect(body(tableToCsv({ ...BASE, rows: [] }))).toEqual([
			['District', 'Good or outstanding (%)', 'Schools']
		]);
	});
});

describe('round trip through an RFC 4180 parser', () => {
	/** A seeded PRNG (mulberry32), so a failure reproduces. */
	function random(seed: number): () => number {
		let a = seed >>> 0;
		return () => {
			a = (a + 0x6d2b79f5) >>> 0;
			let t = a;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}

	// The characters that break naive CSV: separators, quotes, both line endings, formula starts.
	const NASTY = [',', '"', '\r', '\n', '\r\n', '#', '=', '+', '-', '@', '\t', "'", ' ', ';'];
	const WORDS = ['Watford', 'St Albans', 'Ü', 'é', '£', '–', '😀', '\u202e', '\u200b', 'x', 'c'];

	function text(next: () => number): string {
		const n = Math.floor(next() * 8);
		let out = '';
		for (let i = 0; i < n; i++) {
			const pool = next() < 0.5 ? NASTY : WORDS;
			out += pool[Math.floor(next() * pool.length)];
		}
		return out;
	}

	function value(next: () => number): CellValue {
		const r = next();
		if (r < 0.35) return text(next);
		if (r < 0.65) return (next() - 0.5) * 10 ** Math.floor(next() * 12 - 4);
		if (r < 0.75) return Math.round(next() * 1000);
		if (r < 0.9)
			return { symbol: (['c', 'x', 'z', 'low', 'u'] as const)[Math.floor(next() * 5)] ?? 'c' };
		return null;
	}

	/** What a cell must read back as: the number, the symbol, x for null, text with its guard. */
	function expected(v: CellValue): string {
		if (typeof v === 'number') return String(v);
		if (v === null) return 'x';
		if (typeof v === 'object') return v.symbol;
		return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
	}

	it.each([1, 2, 3, 4, 5])('reproduces every cell and label (seed %i)', (seed) => {
		const next = random(seed);
		const columns: Column[] = Array.from({ length: 6 }, (_, i) => ({
			key: `k${i}`,
			label: `${text(next)}Column ${i}`,
			numeric: i > 0
		}));
		const rows: Row[] = Array.from({ length: 60 }, () =>
			Object.fromEntries(columns.map((c) => [c.key, value(next)]))
		);
		const title = text(next) + 'A title, "quoted"';
		const csv = tableToCsv({ ...BASE, title, columns, rows });
		const records = parseCsv(csv.replace(/^\uFEFF/, ''));
		const count = records.findIndex((r) => !(r[0] ?? '').startsWith('# '));
		expect(records[0]?.[0]).toBe('# Title');
		const [header, ...data] = records.slice(count);
		expect(header).toEqual(columns.map((c) => expected(c.label)));
		expect(data).toHaveLength(rows.length);
		data.forEach((record, r) => {
			const row = rows[r] as Row;
			expect(record).toEqual(columns.map((c) => expected(row[c.key] ?? null)));
			columns.forEach((c, i) => {
				const cell = row[c.key];
				if (typeof cell === 'number') expect(Number(record[i])).toBe(cell);
			});
		});
	});
});

describe('csvFileName', () => {
	it('names the table, the filter and the day', () => {
		expect(csvFileName('good-schools-by-district', 'district=Watford', '2026-11-23')).toBe(
			'herts-kpi_good-schools-by-district_district-watford_2026-11-23.csv'
		);
	});

	it('groups repeated and comma-separated values, lower-cased, with a leading ? ignored', () => {
		expect(
			csvFileName(
				'Good schools',
				'?district=St+Albans&district=Watford&phase=primary&rayg=dark_green,amber&year=2024%2F25',
				'2026-11-23'
			)
		).toBe(
			'herts-kpi_good-schools_district-st-albans-watford_phase-primary_rayg-dark-green-amber_year-2024-25_2026-11-23.csv'
		);
	});

	it('leaves the filter part out when nothing is filtered', () => {
		expect(csvFileName('send-places', '', '2026-11-23')).toBe(
			'herts-kpi_send-places_2026-11-23.csv'
		);
	});

	it('uses the local calendar date of a Date', () => {
		expect(csvFileName('t', '', new Date(2026, 0, 5, 0, 1))).toBe('herts-kpi_t_2026-01-05.csv');
	});

	it('keeps only a-z, 0-9, - and _ whatever it is given, and folds accents', () => {
		const name = csvFileName(
			'../../etc/passwd <script> Ümlaut Café',
			'district=%E0%A4%A&x=%00&__proto__=1&phase=' + encodeURIComponent("' OR 1=1 --"),
			'2026-11-23'
		);
		expect(name).toMatch(/^[a-z0-9_-]+\.csv$/);
		expect(name).toBe(
			// %E0%A4%A decodes to U+FFFD then a literal "%A": only the "a" survives.
			'herts-kpi_etc-passwd-script-umlaut-cafe_district-a_proto-1_phase-or-1-1_2026-11-23.csv'
		);
		expect(csvFileName('', '', '')).toBe('herts-kpi_table_undated.csv');
		expect(csvFileName('😀', '', new Date(Number.NaN))).toBe('herts-kpi_table_undated.csv');
	});

	it('stays at most 120 characters, and keeps long filters apart with a hash', () => {
		const many = Array.from({ length: 3000 }, (_, i) => `district=value${i}`).join('&');
		const a = csvFileName('x'.repeat(500), many, '2026-11-23');
		const b = csvFileName('x'.repeat(500), `${many}&phase=primary`, '2026-11-23');
		for (const name of [a, b]) {
			expect(name.length).toBeLessThanOrEqual(120);
			expect(name).toMatch(/^herts-kpi_x{64}_district-value0-value1-[a-z0-9-]*_2026-11-23\.csv$/);
			expect(name).not.toMatch(/--|-_|_-/);
		}
		expect(a).not.toBe(b);
	});
});

describe('downloadCsv', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});

	it('clicks a download link to an object URL of the text, then removes it and revokes the URL', async () => {
		vi.useFakeTimers();
		const clicks: { href: string; download: string; attached: boolean }[] = [];
		const body = {
			children: new Set<unknown>(),
			append(el: unknown) {
				this.children.add(el);
			}
		};
		const link = {
			href: '',
			download: '',
			style: { display: '' },
			click() {
				clicks.push({
					href: this.href,
					download: this.download,
					attached: body.children.has(this)
				});
			},
			remove() {
				body.children.delete(this);
			}
		};
		vi.stubGlobal('document', { body, createElement: vi.fn(() => link) });
		let blob: Blob | undefined;
		const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
			blob = b as Blob;
			return 'blob:http://127.0.0.1/1234';
		});
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});

		downloadCsv('\uFEFF# Title,£5\r\n', 'herts-kpi_t_2026-11-23.csv');

		expect(create).toHaveBeenCalledTimes(1);
		expect(clicks).toEqual([
			{
				href: 'blob:http://127.0.0.1/1234',
				download: 'herts-kpi_t_2026-11-23.csv',
				attached: true
			}
		]);
		expect(body.children.size).toBe(0);
		expect(blob?.type).toBe('text/csv;charset=utf-8');
		// UTF-8 bytes, BOM included exactly once.
		const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
		expect([...bytes]).toEqual([
			0xef, 0xbb, 0xbf, 0x23, 0x20, 0x54, 0x69, 0x74, 0x6c, 0x65, 0x2c, 0xc2, 0xa3, 0x35, 0x0d, 0x0a
		]);
		// Not revoked in the same task (that can cancel the save), but revoked soon after.
		expect(revoke).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(revoke).toHaveBeenCalledWith('blob:http://127.0.0.1/1234');
	});
});
