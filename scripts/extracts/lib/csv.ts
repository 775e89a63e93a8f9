import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Grid } from './grid';
import type { ProblemLog } from './problems';

/** A parsed CSV: header names and rows keyed by header, with the line each row came from. */
export interface CsvTable {
	file: string;
	header: string[];
	rows: { line: number; cells: Record<string, string> }[];
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €…). Node's own
// TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters, so map them here.
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes)
		out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
	return out;
}

/**
 * Why a file's bytes cannot be read as CSV text, or undefined when they can. Excel offers several
 * "text" formats, and analysts reasonably pick the wrong one; each gets a message saying what to
 * do instead of a cascade of "missing column" problems from decoding garbage.
 */
export function unreadableAsText(
	bytes: Uint8Array
): { found: string; expected: string } | undefined {
	const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	const save = 'in Excel use Save As, CSV UTF-8 (Comma delimited)';
	if (starts(0xff, 0xfe) || starts(0xfe, 0xff))
		return { found: 'UTF-16 text', expected: `UTF-8 CSV text (${save})` };
	if (starts(0x50, 0x4b, 0x03, 0x04))
		return {
			found: 'an Excel workbook (.xlsx) named .csv',
			expected: 'CSV text: rename the file to .xlsx, or save it as CSV'
		};
	if (starts(0xd0, 0xcf, 0x11, 0xe0))
		return { found: 'an Excel 97-2003 workbook (.xls) named .csv', expected: `CSV text (${save})` };
	if (starts(0x50, 0x41, 0x52, 0x31))
		return {
			found: 'a Parquet file named .csv',
			expected: 'CSV text: rename the file to .parquet'
		};
	// UTF-16 without a byte-order mark, or some other binary format: text never holds NUL bytes.
	if (bytes.subarray(0, 4096).includes(0))
		return { found: 'binary data (NUL bytes)', expected: `UTF-8 CSV text (${save})` };
	return undefined;
}

/**
 * Decodes a file as UTF-8, falling back to Windows-1252 (what Excel and older DfE downloads use)
 * when the bytes are not valid UTF-8. A leading BOM is dropped.
 */
export function readText(path: string): string {
	return decodeText(readFileSync(path));
}

export function decodeText(bytes: Uint8Array): string {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		text = decodeWindows1252(bytes);
	}
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and newlines; CRLF or LF. */
export function parseCsvRecords(text: string): { line: number; fields: string[] }[] {
	const records: { line: number; fields: string[] }[] = [];
	let fields: string[] = [];
	let field = '';
	let inQuotes = false;
	let line = 1;
	let recordLine = 1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (inQuotes) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else inQuotes = false;
			} else {
				if (ch === '\n') line++;
				field += ch;
			}
		} else if (ch === '"') inQuotes = true;
		else if (ch === ',') {
			fields.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			fields.push(field);
			if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
			fields = [];
			field = '';
			line++;
			recordLine = line;
		} else field += ch;
	}
	if (field !== '' || fields.length > 0) {
		fields.push(field);
		records.push({ line: recordLine, fields });
	}
	return records;
}

export interface ReadCsvOptions {
	/** Columns that must be present; a missing one is reported against the header row. */
	required?: string[];
	/**
	 * DfE performance-table rows omit trailing empty fields, so short rows are padded.
	 * Longer rows than the header are a problem unless the header is known to be partial.
	 */
	headerIsPartial?: boolean;
	/** Use this header instead of the file's first record (for split header/rows files). */
	header?: string[];
	headerFile?: string;
}

export function readCsv(path: string, log: ProblemLog, options: ReadCsvOptions = {}): CsvTable {
	const file = basename(path);
	const bytes = readFileSync(path);
	const unreadable = unreadableAsText(bytes);
	if (unreadable) {
		log.add({ file, value: unreadable.found, expected: unreadable.expected });
		return { file, header: options.header ?? [], rows: [] };
	}
	const records = parseCsvRecords(decodeText(bytes));
	const header = options.header ?? (records.shift()?.fields ?? []).map((h) => h.trim());
	const table: CsvTable = { file, header, rows: [] };
	if (header.length === 0 || (header.length === 1 && header[0] === '')) {
		log.add({ file: options.headerFile ?? file, expected: 'a header row naming the columns' });
		return table;
	}
	for (const name of options.required ?? []) {
		if (!header.includes(name)) {
			log.add({
				file: options.headerFile ?? file,
				row: 1,
				column: name,
				expected: `a column named ${name} in the header`
			});
		}
	}
	for (const { line, fields } of records) {
		if (fields.length > header.length && !options.headerIsPartial) {
			const extra = fields.slice(header.length).some((f) => f.trim() !== '');
			if (extra) {
				log.add({
					file,
					row: line,
					value: `${fields.length} fields`,
					expected: `at most ${header.length} fields, as in the header`
				});
				continue;
			}
		}
		const cells: Record<string, string> = {};
		header.forEach((name, i) => (cells[name] = (fields[i] ?? '').trim()));
		table.rows.push({ line, cells });
	}
	return table;
}

/**
 * A CSV file as a grid of untrimmed text cells, for inputs whose header has to be found and whose
 * values are checked exactly (the council templates). Empty file: no rows.
 */
export function readCsvGrid(path: string, log: ProblemLog): Grid | undefined {
	const file = basename(path);
	const bytes = readFileSync(path);
	const unreadable = unreadableAsText(bytes);
	if (unreadable) {
		log.add({ file, value: unreadable.found, expected: unreadable.expected });
		return undefined;
	}
	return {
		file,
		format: 'csv',
		rows: parseCsvRecords(decodeText(bytes)).map(({ line, fields }) => ({
			line,
			cells: fields.map((value) => ({ value }))
		}))
	};
}
