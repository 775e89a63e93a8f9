/**
 * CSV export of what a table shows. Pure except for `downloadCsv`, which is the only part that
 * touches the browser.
 *
 * The file is RFC 4180 (comma-separated, CRLF between records, fields quoted when they hold a
 * comma, quote or line break, quotes doubled) in UTF-8 with a byte-order mark, because Excel
 * reads a CSV without one in the machine's legacy code page and mangles "–", "£" and "é".
 *
 * It opens with comment records whose first field starts with `#` (title, filters in words and as
 * the URL query, source, dates, the DfE symbol legend), so the file still says what it is once it
 * has left the dashboard; pandas (`comment='#'`) and R (`comment.char = '#'`) skip them. Each is a
 * label field then a value field, so Excel shows them in two tidy columns and a value keeps its
 * commas. Then comes a header row of column labels and one record per table row.
 */
import type { CellValue, Column, DfeSymbol, Row } from '$lib/charts/types';
import { SYMBOL_MEANINGS, SYMBOL_ORDER, isSymbolValue, symbolOf } from '$lib/charts/values';
import { downloadBlob } from './download';

/** A column of an export: a table column, optionally with its unit spelt out for the header. */
export interface CsvColumn extends Column {
	/**
	 * The unit of the numbers, added to the header as "Label (unit)" because the numbers are
	 * written bare. Default: read off the column's formatter when it only adds a unit (e.g. `%`,
	 * `pp`, `£`); '' for none.
	 */
	unit?: string;
}

export interface CsvTable {
	/** What the table shows, e.g. 'Schools judged good or outstanding, by district'. */
	title: string;
	/** The columns the on-screen table shows, in its order. */
	columns: readonly CsvColumn[];
	/** The rows the on-screen table shows, in its order. */
	rows: readonly Row[];
	/** The filter in words, from describeFilter, e.g. 'Watford; primary schools'. */
	filterDescription: string;
	/** The filter as the URL query, from serializeFilter(…).toString(); a leading `?` is fine. */
	filterQuery: string;
	/** Where the data comes from. */
	source: string;
	/** The date the data describes (YYYY-MM-DD); empty or missing when not known. */
	asAt?: string | null;
	/** When the file was made: a Date (its local calendar date is used) or YYYY-MM-DD. */
	generatedOn: Date | string;
	/** True when the data is generated for the demo, so the file says so as the page does. */
	illustrative?: boolean;
	/** Notes shown with the table on screen (definitions, series breaks, suppression). */
	notes?: readonly string[];
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The symbols every export explains, whether or not they occur: DfE's standard four. */
const LEGEND_SYMBOLS: readonly DfeSymbol[] = ['c', 'low', 'x', 'z'];

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"):
// `=HYPERLINK(…)` in a school name must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

// Quoting is required for comma, quote, CR and LF (RFC 4180). `#` is quoted as well because
// comment-aware readers (pandas' comment='#') cut an unquoted field at a `#`.
const NEEDS_QUOTES = /[",\r\n#]/;

/** One text field: made inert for spreadsheets, then quoted when RFC 4180 requires it. */
function textField(text: string): string {
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A number as written: shortest text that reads back as the same double (String does exactly
 * that), never grouped or rounded. Numbers are exempt from the formula guard: `-5` is a number.
 */
function numberField(n: number): string {
	return String(n);
}

/** A table cell: the number, the text, or the DfE symbol it is shown as (null and missing → x). */
function cellField(value: CellValue | undefined): string {
	if (typeof value === 'number' && Number.isFinite(value)) return numberField(value);
	if (typeof value === 'string') return textField(value);
	// Symbols, null, undefined and NaN: as DataTable shows them, never a blank or a number.
	return textField(isSymbolValue(value) ? value.symbol : (symbolOf(value) ?? 'x'));
}

/** A comment value on one line: a line break inside would start a record that is not a comment. */
function oneLine(text: string): string {
	return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

function commentRecord(label: string, value: string): string {
	// The label is ours and plain, so it is written as is and the record starts with `#`.
	return `# ${label},${textField(oneLine(value))}`;
}

const PROBE = 1234.5;

/**
 * The unit a formatter adds, or '' when it adds none or changes the number (a formatter that
 * scales, such as 0.55 → '55%', must not lend its unit to the unscaled number in the file).
 */
function unitFromFormat(format: Column['format']): string {
	if (!format) return '';
	let shown: string;
	try {
		shown = format(PROBE);
	} catch {
		return '';
	}
	const match = /^([^\d]*?)(\d[\d,.\s\u00a0\u202f]*\d|\d)([^\d]*)$/u.exec(shown.trim());
	if (!match) return '';
	const [, before = '', digits = '', after = ''] = match;
	const value = Number(digits.replace(/[,\s\u00a0\u202f]/gu, ''));
	// Rounding to a whole number is fine; anything further off is a different scale.
	if (!Number.isFinite(value) || Math.abs(value - PROBE) > 1) return '';
	const unit = `${before.trim()} ${after.trim()}`.trim();
	// Only a unit proper (letters, currency, per cent) goes in a header, not '(est.)' or '*'.
	return /^[\p{L}\p{Sc}%‰° ]{1,16}$/u.test(unit) ? unit : '';
}

/** The header of a column: its label, with the unit when the label does not already give it. */
export function headerLabel(column: CsvColumn): string {
	const unit = (column.unit ?? unitFromFormat(column.format)).trim();
	return unit === '' || column.label.includes(unit) ? column.label : `${column.label} (${unit})`;
}

/** A Date's local calendar date, or a date string as given, as YYYY-MM-DD where possible. */
function isoDate(date: Date | string): string {
	if (typeof date === 'string') return date.trim();
	if (Number.isNaN(date.getTime())) return '';
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function queryText(filterQuery: string): string {
	const query = filterQuery.trim().replace(/^\?/, '');
	return query === '' ? 'none (all of Hertfordshire)' : `?${query}`;
}

/** The CSV text of a table, BOM first, every record ending CRLF. */
export function tableToCsv(table: CsvTable): string {
	const { title, columns, rows, filterDescription, filterQuery, source } = table;
	const asAt = table.asAt?.trim() ? table.asAt.trim() : 'not stated';
	const used = new Set(rows.flatMap((row) => columns.map((c) => symbolOf(row[c.key]))));
	// The standard four always, plus any other DfE symbol the data uses (u), in DfE's order.
	const legend = SYMBOL_ORDER.filter((s) => LEGEND_SYMBOLS.includes(s) || used.has(s));

	const records = [
		commentRecord('Title', title),
		commentRecord('Filters applied', filterDescription || 'All of Hertfordshire'),
		commentRecord('Filters as URL query', queryText(filterQuery)),
		commentRecord('Source', source),
		commentRecord('Data as at', asAt),
		commentRecord('Generated on', isoDate(table.generatedOn) || 'not stated'),
		...(table.illustrative
			? [commentRecord('Illustrative data', 'generated for the demo, not council figures')]
			: []),
		...(table.notes ?? []).map((note) => commentRecord('Note', note)),
		...legend.map((s) => commentRecord(`Symbol ${s}`, SYMBOL_MEANINGS[s])),
		columns.map((c) => textField(headerLabel(c))).join(','),
		...rows.map((row) => columns.map((c) => cellField(row[c.key])).join(','))
	];
	return BOM + records.map((record) => record + CRLF).join('');
}

const FILE_PREFIX = 'herts-kpi';
const MAX_FILE_NAME = 120;
const MAX_WHAT = 64;

/** Lower-case words joined by hyphens: only a-z, 0-9 and `-` survive, accents folded. */
function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Cuts a slug between words where possible, so that no word is left half-written. */
function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max);
	const whole = /[-_]/.test(text.charAt(max));
	const gap = Math.max(head.lastIndexOf('-'), head.lastIndexOf('_'));
	return (whole || gap <= max / 2 ? head : head.slice(0, gap)).replace(/[-_]+$/, '');
}

/** FNV-1a, so two long filters cut to the same words still get different names. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/** `district=Watford&district=Dacorum&phase=primary` → `district-watford-dacorum_phase-primary`. */
function filterSlug(filterQuery: string): string {
	const groups = new Map<string, string[]>();
	for (const [name, value] of new URLSearchParams(filterQuery.trim().replace(/^\?/, ''))) {
		const key = slug(name);
		const values = value.split(',').map(slug).filter(Boolean);
		if (key === '' || values.length === 0) continue;
		groups.set(key, [...(groups.get(key) ?? []), ...values]);
	}
	return [...groups].map(([name, values]) => [name, ...values].join('-')).join('_');
}

/**
 * A safe, telling file name: `herts-kpi_<what>_<filters>_<date>.csv`, e.g.
 * `herts-kpi_good-schools-by-district_district-watford_2026-11-23.csv`. Only a-z, 0-9, `-` and
 * `_`, at most 120 characters; the filter part is left out when nothing is filtered.
 */
export function csvFileName(what: string, filterQuery: string, date: Date | string): string {
	const day = cut(slug(isoDate(date)), 10) || 'undated';
	const stem = cut(slug(what), MAX_WHAT) || 'table';
	const fixed = `${FILE_PREFIX}_${stem}__${day}.csv`.length;
	const filters = filterSlug(filterQuery);
	let part = filters;
	if (fixed + filters.length > MAX_FILE_NAME) {
		const hash = shortHash(filters);
		part = `${cut(filters, MAX_FILE_NAME - fixed - hash.length - 1)}-${hash}`;
	}
	return [FILE_PREFIX, stem, part, day].filter(Boolean).join('_') + '.csv';
}

/** Saves CSV text as a file, from memory (see downloadBlob): nothing is sent anywhere. */
export function downloadCsv(text: string, fileName: string): void {
	downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}
