import type { DatasetSchema } from '../../../src/lib/data/schemas/types';
import type { InputProblem } from './problems';
import type { Row } from './rows';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD: DuckDB's CAST would fail on 2024-02-30 mid-write. */
function isIsoDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Checks built rows against their schema before anything is written: every column present with
 * the right type, no NULL where the schema forbids it, and a unique key.
 */
export function validateRows(schema: DatasetSchema, rows: Row[]): InputProblem[] {
	const problems: InputProblem[] = [];
	const file = `${schema.name} (built extract)`;
	const seen = new Map<string, number>();
	rows.forEach((row, index) => {
		const rowNumber = index + 1;
		for (const column of schema.columns) {
			const value = row[column.name];
			if (value === null || value === undefined) {
				if (!column.nullable)
					problems.push({
						file,
						row: rowNumber,
						column: column.name,
						expected: 'a value (not empty)'
					});
				continue;
			}
			const ok =
				(column.type === 'VARCHAR' && typeof value === 'string') ||
				(column.type === 'INTEGER' && Number.isInteger(value)) ||
				(column.type === 'DOUBLE' && typeof value === 'number' && Number.isFinite(value)) ||
				(column.type === 'BOOLEAN' && typeof value === 'boolean') ||
				(column.type === 'DATE' && typeof value === 'string' && isIsoDate(value));
			if (!ok)
				problems.push({
					file,
					row: rowNumber,
					column: column.name,
					value: String(value),
					expected: `a ${column.type} value`
				});
		}
		const key = JSON.stringify(schema.key.map((k) => row[k] ?? null));
		const first = seen.get(key);
		if (first !== undefined)
			problems.push({
				file,
				row: rowNumber,
				column: schema.key.join('+'),
				value: key,
				expected: `a unique key (same as row ${first})`
			});
		else seen.set(key, rowNumber);
	});
	const extra = rows[0]
		? Object.keys(rows[0]).filter((k) => !schema.columns.some((c) => c.name === k))
		: [];
	for (const name of extra)
		problems.push({
			file,
			column: name,
			expected: `only the columns in the ${schema.name} schema`
		});
	return problems;
}
