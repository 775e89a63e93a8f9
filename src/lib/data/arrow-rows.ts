import type { Table } from 'apache-arrow';
import { toPlainRow, type PlainRow } from './plain-values';

/**
 * The one place Arrow results become plain rows. Query builders cast dates to VARCHAR and
 * counts to INTEGER, so what arrives here is numbers, strings, booleans and the odd BigInt.
 */
export function arrowToRows<T = PlainRow>(table: Table): T[] {
	return table.toArray().map((row) => toPlainRow(row.toJSON() as Record<string, unknown>) as T);
}
