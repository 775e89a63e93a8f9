import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords, readCsv } from '../../../scripts/extracts/lib/csv';
import { formatProblem, ProblemLog } from '../../../scripts/extracts/lib/problems';

describe('parseCsvRecords', () => {
	it('handles quotes, embedded commas, doubled quotes, newlines and CRLF', () => {
		const text = 'a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",2\r\n';
		expect(parseCsvRecords(text)).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 2, fields: ['x, y', 'say "hi"'] },
			{ line: 3, fields: ['line\nbreak', '2'] }
		]);
	});

	it('keeps a last line with no newline', () => {
		expect(parseCsvRecords('a\n1')).toEqual([
			{ line: 1, fields: ['a'] },
			{ line: 2, fields: ['1'] }
		]);
	});
});

describe('readCsv', () => {
	const dir = mkdtempSync(join(tmpdir(), 'csv-test-'));
	const write = (name: string, text: string | Buffer) => {
		const path = join(dir, name);
		writeFileSync(path, text);
		return path;
	};

	it('pads short (ragged) rows, as DfE files omit trailing empty fields', () => {
		const log = new ProblemLog();
		const table = readCsv(write('ragged.csv', 'A,B,C\n1,2\n'), log);
		expect(table.rows[0]?.cells).toEqual({ A: '1', B: '2', C: '' });
		expect(log.problems).toEqual([]);
	});

	it('reports a missing required column against the header row, naming file and column', () => {
		const log = new ProblemLog();
		readCsv(write('missing.csv', 'URN,NAME\n1,x\n'), log, { required: ['URN', 'SCHSTATUS'] });
		expect(log.problems.map(formatProblem)).toEqual([
			'missing.csv, row 1, column SCHSTATUS: expected a column named SCHSTATUS in the header'
		]);
	});

	it('reports a row with more values than the header has columns', () => {
		const log = new ProblemLog();
		readCsv(write('long.csv', 'A,B\n1,2\n1,2,3\n'), log);
		expect(log.problems.map(formatProblem)).toEqual([
			'long.csv, row 3: found "3 fields"; expected at most 2 fields, as in the header'
		]);
	});

	it('reads Windows-1252 text (as Excel saves it) when the bytes are not UTF-8', () => {
		const log = new ProblemLog();
		const bytes = Buffer.from([
			0x4e, 0x41, 0x4d, 0x45, 0x0a, 0x53, 0x74, 0x20, 0x4d, 0x61, 0x72, 0x79, 0x92, 0x73, 0x0a
		]);
		const table = readCsv(write('cp1252.csv', bytes), log);
		expect(table.rows[0]?.cells.NAME).toBe('St Mary’s');
	});
});
