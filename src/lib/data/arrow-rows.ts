import { toPlainRow, type PlainRow } from './plain-values';

/**
 * The shape of an Arrow table this module needs. Typed structurally so that the app does not
 * depend on apache-arrow's type declarations (v13's package exports hide them from TypeScript).
 */
export interface ArrowTableLike {
	toArray(): { toJSON(): Record<string, unknown> }[];
}

/**
 * The one place Arrow results become plain rows. Query builders cast dates to VARCHAR and
 * counts to INTEGER, so what arrives here is numbers, strings, booleans and the odd BigInt.
 */
export function arrowToRows<T = PlainRow>(table: ArrowTableLike): T[] {
	return table.toArray().map((row) => toPlainRow(row.toJSON()) as T);
}
