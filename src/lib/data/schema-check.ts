import type { ManifestEntry } from './manifest';

/** A column as DuckDB's DESCRIBE reports it. */
export interface DescribedColumn {
	column_name: string;
	column_type: string;
}

/**
 * Compares the columns DuckDB reads from an extract with the columns the manifest lists, in
 * order, by name and type. The page's SQL is written against the manifest's shape, so a file
 * that differs would give wrong or missing figures rather than an error; it is refused instead.
 * Returns why, in words (at most a few differences, so the message stays readable), or null.
 */
export function schemaProblem(
	expected: ManifestEntry['columns'],
	actual: readonly DescribedColumn[]
): string | null {
	const differences: string[] = [];
	const found = new Map(actual.map((c) => [c.column_name, c.column_type.toUpperCase()]));
	const wanted = new Set(expected.map((c) => c.name));
	for (const column of expected) {
		const type = found.get(column.name);
		if (type === undefined) differences.push(`${column.name} is missing`);
		else if (type !== column.type) differences.push(`${column.name} is ${type}, not ${column.type}`);
	}
	for (const column of actual) {
		if (!wanted.has(column.column_name)) differences.push(`${column.column_name} is not expected`);
	}
	if (differences.length === 0) {
		const order = actual.map((c) => c.column_name).join(',');
		if (order === expected.map((c) => c.name).join(',')) return null;
		differences.push('the columns are in a different order');
	}
	const shown = differences.slice(0, 3).join('; ');
	const more = differences.length > 3 ? `; and ${differences.length - 3} more` : '';
	return `its columns do not match the manifest (${shown}${more})`;
}
