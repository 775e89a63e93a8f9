import type { Value } from '../lib/rows';

/**
 * Records whose key repeats an earlier record's: each repeat is returned with the row of the
 * first, so the analyst can compare the two. Records with an empty key part are left to the
 * required-value checks.
 */
export function repeatedKeys<R extends { line: number; values: Record<string, Value> }>(
	records: R[],
	key: string[]
): { record: R; firstLine: number; keyText: string }[] {
	const seen = new Map<string, number>();
	const repeats: { record: R; firstLine: number; keyText: string }[] = [];
	for (const record of records) {
		const parts = key.map((k) => record.values[k] ?? null);
		if (parts.some((p) => p === null)) continue;
		const id = JSON.stringify(parts);
		const first = seen.get(id);
		if (first === undefined) seen.set(id, record.line);
		else repeats.push({ record, firstLine: first, keyText: parts.map(String).join(', ') });
	}
	return repeats;
}
