import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvGrid } from '../../../scripts/extracts/lib/csv';
import { formatProblem, ProblemLog } from '../../../scripts/extracts/lib/problems';
import { parseField, type Field } from '../../../scripts/extracts/validate/fields';
import { readTable } from '../../../scripts/extracts/validate/table';

const date: Field = {
	name: 'd',
	type: { kind: 'date', from: '2021-09-01', to: '2026-12-31', range: 'the strategy period' },
	required: true,
	description: ''
};
const pct: Field = { name: 'p', type: { kind: 'percent' }, required: false, description: '' };
const count: Field = {
	name: 'n',
	type: { kind: 'integer', min: 0 },
	required: true,
	description: ''
};
const flag: Field = { name: 'b', type: { kind: 'boolean' }, required: true, description: '' };

describe('reading cells the way analysts write them', () => {
	it.each([
		['an Excel date cell', date, { value: new Date('2024-12-31T00:00:00Z') }, '2024-12-31'],
		['an ISO date in text', date, { value: ' 2024-12-31 ' }, '2024-12-31'],
		['a cell formatted as a percentage', pct, { value: 0.452, percent: true }, 45.2],
		['a percentage written with its sign', pct, { value: '45.2%' }, 45.2],
		['a plain percentage', pct, { value: 45.2 }, 45.2],
		['an empty optional percentage', pct, { value: '' }, null],
		['a whole number written 12.0', count, { value: '12.0' }, 12],
		['a number cell', count, { value: 12 }, 12],
		['TRUE', flag, { value: 'TRUE' }, true],
		['yes', flag, { value: 'Yes' }, true],
		['an Excel boolean', flag, { value: false }, false]
	])('accepts %s', (_, field, cell, expected) => {
		expect(parseField(field, cell)).toEqual({ ok: true, value: expected });
	});

	it('reads a CSV saved by Excel as CSV UTF-8 (byte-order mark, CRLF, quoted commas)', () => {
		const path = join(mkdtempSync(join(tmpdir(), 'cells-')), 'x.csv');
		writeFileSync(path, '\ufeffkey,text\r\nA,"one, two"\r\n');
		const log = new ProblemLog();
		const grid = readCsvGrid(path, log);
		const table =
			grid &&
			readTable(
				grid,
				{ template: 'x', columns: ['key', 'text'], required: ['key'], ignored: [], key: ['key'] },
				log
			);
		expect(log.problems.map(formatProblem)).toEqual([]);
		expect(table?.records).toEqual([
			{ line: 2, cells: { key: { value: 'A' }, text: { value: 'one, two' } } }
		]);
	});
});
