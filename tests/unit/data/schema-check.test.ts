import { describe, expect, it } from 'vitest';
import { schemaProblem } from '../../../src/lib/data/schema-check';
import type { ColumnType } from '../../../src/lib/data/schemas/types';

const manifest: { name: string; type: ColumnType }[] = [
	{ name: 'urn', type: 'INTEGER' },
	{ name: 'academic_year', type: 'VARCHAR' },
	{ name: 'rating', type: 'VARCHAR' }
];
const described = (...columns: [string, string][]) =>
	columns.map(([column_name, column_type]) => ({ column_name, column_type }));

describe('schemaProblem', () => {
	it('accepts the same columns, in order, with the same types', () => {
		const same = described(['urn', 'INTEGER'], ['academic_year', 'VARCHAR'], ['rating', 'VARCHAR']);
		expect(schemaProblem(manifest, same)).toBeNull();
	});

	it('names a changed type, a missing column and an unexpected one', () => {
		const other = described(['urn', 'BIGINT'], ['rating', 'VARCHAR'], ['colour', 'VARCHAR']);
		expect(schemaProblem(manifest, other)).toBe(
			'its columns do not match the manifest (urn is BIGINT, not INTEGER; academic_year is missing; colour is not expected)'
		);
	});

	it('refuses the right columns in another order', () => {
		const reordered = described(['academic_year', 'VARCHAR'], ['urn', 'INTEGER'], ['rating', 'VARCHAR']);
		expect(schemaProblem(manifest, reordered)).toBe(
			'its columns do not match the manifest (the columns are in a different order)'
		);
	});

	it('keeps the message short when everything differs', () => {
		const none = described(['a', 'VARCHAR'], ['b', 'VARCHAR']);
		expect(schemaProblem(manifest, none)).toBe(
			'its columns do not match the manifest (urn is missing; academic_year is missing; rating is missing; and 2 more)'
		);
	});
});
