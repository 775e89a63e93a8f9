import { cellText, isBlank, isoDate, type GridCell } from '../lib/grid';
import type { Value } from '../lib/rows';

/**
 * One column of a council input and how its cells are read. The rules are strict on purpose: a
 * value the pipeline is not sure about is reported, never guessed, and the message says how to
 * write it instead. Numbers and dates may have spaces around them (they cannot change meaning);
 * codes must match exactly, since a stray space usually means the value was pasted from
 * elsewhere and should be checked.
 */
export type FieldType =
	| { kind: 'text' }
	| { kind: 'code'; values: readonly string[]; label?: string; listedIn?: string }
	| { kind: 'integer'; min: number; max?: number }
	| { kind: 'percent' }
	| { kind: 'date'; from: string; to: string; range: string; firstOfMonth?: boolean }
	| { kind: 'boolean' };

export interface Field {
	name: string;
	type: FieldType;
	/** The cell must hold a value. */
	required: boolean;
	/** The column itself may be left out of the file (every value is then empty). */
	optionalColumn?: boolean;
	/** For the docs and the template's notes sheet. */
	description: string;
}

export type Parsed = { ok: true; value: Value } | { ok: false; found?: string; expected: string };

const fail = (expected: string, found?: string): Parsed => ({ ok: false, found, expected });

/** Words analysts type for "no figure"; the message says to leave the cell empty instead. */
const NO_FIGURE = /^(n\/?a|na|tbc|tba|-|–|—|none|null|nil|\?|unknown|not known)$/i;

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
function excelSerialToIso(serial: number): string {
	return isoDate(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
}

function realIsoDate(y: number, m: number, d: number): string | undefined {
	const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && isoDate(date) === iso ? iso : undefined;
}

function describeType(field: Field): string {
	const t = field.type;
	switch (t.kind) {
		case 'text':
			return 'some text';
		case 'code':
			// A long list (the KPI ids) is pointed to rather than repeated on every line.
			if (t.listedIn) return `one of ${t.label ?? 'the allowed values'} (listed in ${t.listedIn})`;
			return `one of ${t.label ? `${t.label}: ` : ''}${t.values.join(', ')}`;
		case 'integer':
			return t.max !== undefined
				? `a whole number from ${t.min} to ${t.max}`
				: `a whole number of ${t.min} or more`;
		case 'percent':
			return 'a percentage from 0 to 100';
		case 'date':
			return t.firstOfMonth
				? 'the first day of a month, written YYYY-MM-01'
				: 'a date written YYYY-MM-DD';
		case 'boolean':
			return 'TRUE or FALSE';
	}
}

function parseCode(field: Field, values: readonly string[], cell: GridCell): Parsed {
	const text = cellText(cell);
	if (values.includes(text)) return { ok: true, value: text };
	const expected = describeType(field);
	const trimmed = text.trim();
	if (values.includes(trimmed)) return fail(`${expected}, with no spaces before or after`, text);
	const loose = (s: string) =>
		s
			.trim()
			.toLowerCase()
			.replace(/[\s_-]+/g, ' ');
	const near = values.find((v) => loose(v) === loose(text));
	if (near) return fail(`${expected}, written exactly (${near})`, text);
	return fail(expected, text);
}

function parseInteger(field: Field, min: number, max: number | undefined, cell: GridCell): Parsed {
	const expected = describeType(field);
	let n: number;
	if (typeof cell.value === 'number') n = cell.value;
	else {
		const text = cellText(cell).trim();
		if (/^\d{1,3}(,\d{3})+$/.test(text))
			return fail(
				`${expected}, written without thousands separators (${text.replace(/,/g, '')})`,
				text
			);
		if (NO_FIGURE.test(text))
			return fail(
				field.required
					? `${expected} (a figure is required here)`
					: `${expected}, or an empty cell when there is no figure`,
				text
			);
		if (!/^-?\d+(\.0+)?$/.test(text)) return fail(expected, cellText(cell));
		n = Number(text);
	}
	if (!Number.isInteger(n) || n < min || (max !== undefined && n > max))
		return fail(expected, cellText(cell));
	return { ok: true, value: n };
}

function parsePercent(field: Field, cell: GridCell): Parsed {
	const expected = describeType(field);
	let n: number;
	let shown = cellText(cell);
	if (typeof cell.value === 'number') {
		// A cell formatted as a percentage holds the fraction: 0.452 is what Excel shows as 45.2%.
		n = cell.percent ? Math.round(cell.value * 100 * 1e9) / 1e9 : cell.value;
		if (cell.percent) shown = `${n}%`;
	} else {
		const text = shown.trim();
		if (NO_FIGURE.test(text))
			return fail(
				field.required
					? `${expected} (a figure is required here)`
					: `${expected}, or an empty cell when there is no figure`,
				shown
			);
		if (!/^-?(\d+(\.\d+)?|\.\d+)%?$/.test(text)) return fail(expected, shown);
		n = Number(text.replace(/%$/, ''));
	}
	if (!(n >= 0 && n <= 100)) return fail(expected, shown);
	return { ok: true, value: n };
}

function parseDate(field: Field, t: Extract<FieldType, { kind: 'date' }>, cell: GridCell): Parsed {
	const expected = describeType(field);
	let iso: string | undefined;
	if (cell.value instanceof Date) {
		if (Number.isNaN(cell.value.getTime())) return fail(expected, cellText(cell));
		iso = isoDate(cell.value);
	} else {
		const text = cellText(cell).trim();
		const serial =
			typeof cell.value === 'number' ? cell.value : /^\d{4,6}$/.test(text) ? Number(text) : NaN;
		if (Number.isInteger(serial) && serial >= 1 && serial <= 2_958_465)
			return fail(
				`${expected} (${serial} is an Excel date serial number, ${excelSerialToIso(serial)}: format the cells as dates)`,
				text
			);
		const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
		if (ymd) {
			iso = realIsoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
			if (!iso) return fail(`a real date written YYYY-MM-DD`, text);
		} else {
			const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
			if (dmy) {
				const dayFirst = realIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
				const monthFirst = realIsoDate(Number(dmy[3]), Number(dmy[1]), Number(dmy[2]));
				const hint = dayFirst ?? monthFirst;
				return fail(hint ? `${expected} (write ${text} as ${hint})` : expected, text);
			}
			return fail(expected, text);
		}
	}
	if (t.firstOfMonth && !iso.endsWith('-01')) return fail(expected, iso);
	if (iso < t.from || iso > t.to) return fail(`a date from ${t.from} to ${t.to} (${t.range})`, iso);
	return { ok: true, value: iso };
}

function parseBoolean(field: Field, cell: GridCell): Parsed {
	if (typeof cell.value === 'boolean') return { ok: true, value: cell.value };
	const text = cellText(cell).trim().toLowerCase();
	if (text === 'true' || text === 'yes') return { ok: true, value: true };
	if (text === 'false' || text === 'no') return { ok: true, value: false };
	return fail(`${describeType(field)} (or yes or no)`, cellText(cell));
}

/** Reads one cell of a field: the value for the extract, or what was expected instead. */
export function parseField(field: Field, cell: GridCell | undefined): Parsed {
	if (cell?.error) return fail(describeType(field), cellText(cell));
	if (isBlank(cell) || (cell && field.type.kind !== 'code' && cellText(cell).trim() === '')) {
		return field.required ? fail('a value (not empty)') : { ok: true, value: null };
	}
	const c = cell as GridCell;
	const t = field.type;
	switch (t.kind) {
		case 'text':
			// Free text is trimmed: spaces at the ends of a sentence cannot change what it says.
			return { ok: true, value: cellText(c).trim() };
		case 'code':
			return parseCode(field, t.values, c);
		case 'integer':
			return parseInteger(field, t.min, t.max, c);
		case 'percent':
			return parsePercent(field, c);
		case 'date':
			return parseDate(field, t, c);
		case 'boolean':
			return parseBoolean(field, c);
	}
}

/** A field's type in words, for the docs and the template notes. */
export function fieldTypeInWords(field: Field): string {
	const t = field.type;
	if (t.kind === 'date') return `${describeType(field)}, from ${t.from} to ${t.to} (${t.range})`;
	return describeType(field);
}
