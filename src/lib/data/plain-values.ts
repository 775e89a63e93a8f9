/**
 * Engines hand back BIGINT as BigInt and dates as objects; the UI and tests want plain numbers
 * and ISO strings. Both the browser (Arrow) and node paths convert through this one function.
 */
export function toPlainValue(value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') {
		const n = Number(value);
		if (!Number.isSafeInteger(n)) throw new Error(`Integer too large for JavaScript: ${value}`);
		return n;
	}
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
		return value;
	return String(value);
}

export type PlainRow = Record<string, string | number | boolean | null>;

export function toPlainRow(row: Record<string, unknown>): PlainRow {
	const out: PlainRow = {};
	for (const [key, value] of Object.entries(row)) out[key] = toPlainValue(value);
	return out;
}
