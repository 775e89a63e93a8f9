import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAttainment } from '../../../scripts/extracts/importers/performance-tables';
import { formatProblem, ProblemLog } from '../../../scripts/extracts/lib/problems';

function copyOfRawData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'raw-'));
	cpSync('data/raw', dir, { recursive: true });
	return dir;
}

describe('performance-table importer', () => {
	it("picks up a new year's file dropped into the folder, with no code change", () => {
		const raw = copyOfRawData();
		// A made-up 2025-26 KS2 file in the split header + LA/national rows layout.
		writeFileSync(
			join(raw, 'dfe', 'ks2final_2025-26_header.csv'),
			'RECTYPE,LEA,URN,SCHNAME,TELIG,TFSM6CLA1A,TNOTFSM6CLA1A,PTRWM_EXP,PTRWM_EXP_FSM6CLA1A,PTRWM_EXP_NotFSM6CLA1A\n'
		);
		writeFileSync(
			join(raw, 'dfe', 'ks2final_2025-26_la_and_national_rows.csv'),
			'3,919,,Hertfordshire,14000,3100,10900,66%,44%,72%\n5,,,England,650000,210000,440000,63%,48%,70%\n'
		);
		const log = new ProblemLog();
		const built = importAttainment(raw, log);
		expect(log.problems).toEqual([]);
		const herts = built.rows.filter(
			(r) => r.academic_year === '2025/26' && r.geography_code === 'E10000015'
		);
		expect(herts.map((r) => [r.pupil_group, r.value, r.cohort])).toEqual([
			['all', 66, 14000],
			['disadvantaged', 44, 3100],
			['other', 72, 10900]
		]);
		expect(built.asAt).toBe('2026-08-31');
	});

	it('reports every bad value with file, row and column, not just the first', () => {
		const raw = copyOfRawData();
		writeFileSync(
			join(raw, 'dfe', 'ks2final_2025-26_header.csv'),
			'RECTYPE,LEA,URN,SCHNAME,TELIG,PTRWM_EXP,PTRWM_EXP_FSM6CLA1A\n'
		);
		writeFileSync(
			join(raw, 'dfe', 'ks2final_2025-26_la_and_national_rows.csv'),
			'3,919,,Hertfordshire,14000,166%,forty\n'
		);
		const log = new ProblemLog();
		importAttainment(raw, log);
		expect(log.problems.map(formatProblem)).toEqual([
			'ks2final_2025-26_la_and_national_rows.csv, row 1, column PTRWM_EXP: found "166%"; expected a value from 0 to 100',
			'ks2final_2025-26_la_and_national_rows.csv, row 1, column PTRWM_EXP_FSM6CLA1A: found "forty"; expected a number, a percentage, or a DfE code (SUPP, NE, NA, NP)'
		]);
	});

	it('shows no school-level figure for a group of 5 or fewer pupils', () => {
		const raw = copyOfRawData();
		writeFileSync(
			join(raw, 'dfe', 'ks2final_2025-26.csv'),
			'RECTYPE,LEA,URN,SCHNAME,TELIG,TFSM6CLA1A,TNOTFSM6CLA1A,PTRWM_EXP,PTRWM_EXP_FSM6CLA1A,PTRWM_EXP_NotFSM6CLA1A\n' +
				'1,919,999001,Tiny School,30,5,25,70%,40%,76%\n'
		);
		const log = new ProblemLog();
		const rows = importAttainment(raw, log).rows.filter((r) => r.urn === 999001);
		const disadvantaged = rows.find((r) => r.pupil_group === 'disadvantaged');
		expect(disadvantaged).toMatchObject({ value: null, symbol: 'c', cohort: 5 });
		expect(rows.find((r) => r.pupil_group === 'other')).toMatchObject({ value: 76, symbol: null });
	});
});
