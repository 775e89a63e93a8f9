import type { DfeSymbol } from '../../../src/lib/data/schemas/types';

/** A cell from a DfE file: either a number, or no number and the DfE symbol that says why. */
export type DfeCell = { value: number; symbol: null } | { value: null; symbol: DfeSymbol };

/**
 * Performance-table codes mapped to the DfE open-data symbols
 * (see data/raw/reference/dfe_file_conventions.md):
 * SUPP (suppressed) → c; NE (no entries) → z; NA, NP (not published), LOWCOV, blank → x.
 */
const CODE_TO_SYMBOL: Record<string, DfeSymbol> = {
	SUPP: 'c',
	c: 'c',
	NE: 'z',
	z: 'z',
	NA: 'x',
	NP: 'x',
	LOWCOV: 'x',
	DNS: 'x',
	x: 'x',
	'': 'x',
	low: 'low',
	k: 'low',
	u: 'u'
};

/** Parses "41%", "53.3", "1,135", "SUPP"… Returns undefined when the text is neither. */
export function parseDfeCell(raw: string): DfeCell | undefined {
	const text = raw.trim();
	const symbol = CODE_TO_SYMBOL[text] ?? CODE_TO_SYMBOL[text.toUpperCase()];
	if (symbol) return { value: null, symbol };
	const numeric = text.replace(/%$/, '').replace(/,/g, '');
	if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(numeric)) return undefined;
	return { value: Number(numeric), symbol: null };
}

/** Whole numbers written as "1135.0" in some files are accepted as integers. */
export function parseCount(raw: string): number | undefined {
	const cell = parseDfeCell(raw);
	if (!cell || cell.value === null) return undefined;
	return Number.isInteger(cell.value) && cell.value >= 0 ? cell.value : undefined;
}

/** DD-MM-YYYY (performance tables) → YYYY-MM-DD; undefined if not a real date. */
export function parseDmyDate(raw: string): string | undefined {
	const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(raw.trim());
	if (!m) return undefined;
	const [, dd, mm, yyyy] = m;
	const iso = `${yyyy}-${mm}-${dd}`;
	const d = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}
