/**
 * Reading and showing chart values, including DfE symbols. One place, so that a suppressed `c`
 * looks the same in a bar label, a dot plot and a data table.
 */
import type { CellValue, ChartValue, DfeSymbol, Formatter, SymbolValue } from './types';

/** What each DfE symbol means, in the words of DfE's statistics conventions. */
export const SYMBOL_MEANINGS: Readonly<Record<DfeSymbol, string>> = {
	c: 'confidential: suppressed to protect confidentiality (small numbers)',
	x: 'unavailable: no data for this item',
	z: 'not applicable',
	low: 'rounds to 0 but is not zero',
	u: 'low reliability'
};

/** Legend order: DfE's own order, so two tables list the same symbols the same way. */
export const SYMBOL_ORDER: readonly DfeSymbol[] = ['c', 'low', 'u', 'x', 'z'];

export function isSymbolValue(v: unknown): v is SymbolValue {
	return typeof v === 'object' && v !== null && 'symbol' in v;
}

/** The number in a value, or null for a symbol, null or a non-finite number. */
export function numberOf(v: ChartValue | CellValue | undefined): number | null {
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The symbol a value is shown as, or null when it is a number or text. A missing value is `x`
 * (unavailable): a blank would be read as zero or as an error.
 */
export function symbolOf(v: ChartValue | CellValue | undefined): DfeSymbol | null {
	if (isSymbolValue(v)) return v.symbol;
	if (v === null || v === undefined) return 'x';
	if (typeof v === 'number' && !Number.isFinite(v)) return 'x';
	return null;
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Default number format: en-GB grouping, at most one decimal place (1,234.5). */
export const formatNumber: Formatter = (v) => grouped.format(v);

/** A value as text: the formatted number, or its symbol. */
export function valueText(v: ChartValue | undefined, format: Formatter = formatNumber): string {
	const n = numberOf(v);
	return n === null ? (symbolOf(v) ?? 'x') : format(n);
}
