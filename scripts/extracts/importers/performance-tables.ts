import { join } from 'node:path';
import { attainmentSchema } from '../../../src/lib/data/schemas/public';
import { isSmallCohort } from '../../../src/lib/kpi/disclosure';
import {
	academicYearEnding,
	academicYearFromFileLabel,
	isComparableYear,
	type AcademicYear
} from '../lib/academic-year';
import { readCsv, type CsvTable } from '../lib/csv';
import { parseCount, parseDfeCell } from '../lib/dfe-values';
import { findInputs } from '../lib/find-inputs';
import type { ProblemLog } from '../lib/problems';
import type { BuiltDataset, Row } from '../lib/rows';
import { ENGLAND, HERTFORDSHIRE } from './geography';

type KeyStage = 'KS2' | 'KS4';

interface GroupColumns {
	group: 'all' | 'disadvantaged' | 'other';
	value: string;
	cohort: string;
}

interface KeyStageSpec {
	measure: string;
	/** Allowed range of the measure, for validation. */
	range: [number, number];
	groups: GroupColumns[];
	/** RECTYPE → geography level; RECTYPEs not listed are skipped on purpose. */
	rectypes: Record<string, 'school' | 'local_authority' | 'national'>;
}

/**
 * Which columns hold what, per key stage. Disadvantaged = FSM6CLA1A (free school meals in the last
 * six years, or looked after). England is the state-funded national row DfE compares LAs with:
 * KS2 RECTYPE 5; KS4 RECTYPE 7 (the national row with the disadvantage breakdown).
 */
const SPECS: Record<KeyStage, KeyStageSpec> = {
	KS2: {
		measure: 'rwm_expected_pct',
		range: [0, 100],
		groups: [
			{ group: 'all', value: 'PTRWM_EXP', cohort: 'TELIG' },
			{ group: 'disadvantaged', value: 'PTRWM_EXP_FSM6CLA1A', cohort: 'TFSM6CLA1A' },
			{ group: 'other', value: 'PTRWM_EXP_NotFSM6CLA1A', cohort: 'TNOTFSM6CLA1A' }
		],
		rectypes: { '1': 'school', '2': 'school', '3': 'local_authority', '5': 'national' }
	},
	KS4: {
		measure: 'attainment8',
		range: [0, 90],
		groups: [
			{ group: 'all', value: 'ATT8SCR', cohort: 'TPUP' },
			{ group: 'disadvantaged', value: 'ATT8SCR_FSM6CLA1A', cohort: 'TFSM6CLA1A' },
			{ group: 'other', value: 'ATT8SCR_NFSM6CLA1A', cohort: 'TNOTFSM6CLA1A' }
		],
		rectypes: { '1': 'school', '2': 'school', '4': 'local_authority', '7': 'national' }
	}
};

const FILE_PATTERN =
	/^(ks2|ks4)final_(\d{4}-\d{2})(?:_(header(?:_first(\d+)cols)?|la_and_national_rows))?\.csv$/;

interface PerformanceTableFile {
	keyStage: KeyStage;
	year: AcademicYear;
	table: CsvTable;
}

/**
 * Groups the files in the folder by key stage and year: a whole download file if there is one,
 * otherwise a header file plus a rows file (how the LA and national rows are kept).
 */
function readPerformanceTables(dir: string, log: ProblemLog): PerformanceTableFile[] {
	const groups = new Map<
		string,
		{ whole?: string; header?: string; rows?: string; partial: boolean }
	>();
	for (const { path, match } of findInputs(dir, FILE_PATTERN)) {
		const key = `${match[1]}_${match[2]}`;
		const g = groups.get(key) ?? { partial: false };
		if (!match[3]) g.whole = path;
		else if (match[3].startsWith('header')) {
			g.header = path;
			g.partial = match[4] !== undefined;
		} else g.rows = path;
		groups.set(key, g);
	}
	const files: PerformanceTableFile[] = [];
	for (const [key, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		const [stage, label] = key.split('_') as [string, string];
		const year = academicYearFromFileLabel(label);
		if (!year) {
			log.add({ file: key, expected: 'a file name with an academic year like 2024-25' });
			continue;
		}
		const keyStage = stage.toUpperCase() as KeyStage;
		if (g.whole) {
			files.push({ keyStage, year, table: readCsv(g.whole, log, { required: ['RECTYPE'] }) });
		} else if (g.header && g.rows) {
			const header = readCsv(g.header, log).header;
			const table = readCsv(g.rows, log, {
				header,
				headerFile: g.header.split('/').pop(),
				headerIsPartial: g.partial,
				required: ['RECTYPE']
			});
			files.push({ keyStage, year, table });
		} else {
			const present = (g.header ?? g.rows ?? key).split('/').pop() ?? key;
			log.add({
				file: present,
				expected: `both ${stage}final_${label}_header.csv and ${stage}final_${label}_la_and_national_rows.csv, or the whole ${stage}final_${label}.csv`
			});
		}
	}
	return files;
}

/**
 * The years a file's columns describe: no suffix is the file's own year; _23 is the academic year
 * ending 2023 (KS2 files, KS4 2021-22); _PREV and _PREV2 are one and two years back (KS4 2024-25).
 */
function yearColumns(header: string[], base: string, fileYear: AcademicYear) {
	const out: { suffix: string; year: AcademicYear }[] = [];
	const pattern = new RegExp(`^${base}(?:_(\\d{2})|_(PREV2?))?$`);
	for (const name of header) {
		const m = pattern.exec(name);
		if (!m) continue;
		const suffix = name.slice(base.length);
		if (m[1]) out.push({ suffix, year: academicYearEnding(2000 + Number(m[1])) });
		else if (m[2] === 'PREV') out.push({ suffix, year: academicYearEnding(fileYear.endYear - 1) });
		else if (m[2] === 'PREV2') out.push({ suffix, year: academicYearEnding(fileYear.endYear - 2) });
		else out.push({ suffix, year: fileYear });
	}
	return out;
}

interface Candidate {
	row: Row;
	/**
	 * Which of several files describing the same figure wins: one that says something (a value or
	 * a suppression) beats a blank, and then the latest file wins, as later files carry DfE's
	 * revised figures for earlier years. Later files often leave older-year columns blank.
	 */
	rank: [informative: number, fileEndYear: number];
}

const outranks = (a: Candidate['rank'], b: Candidate['rank']) =>
	a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];

export function importAttainment(rawDir: string, log: ProblemLog): BuiltDataset {
	const files = readPerformanceTables(join(rawDir, 'dfe'), log);
	const chosen = new Map<string, Candidate>();
	let latestYear = 0;

	for (const { keyStage, year: fileYear, table } of files) {
		const spec = SPECS[keyStage];
		// A school listed twice in one file would make its figures depend on row order.
		const schoolRows = new Map<number, number>();
		for (const { line, cells } of table.rows) {
			const level = spec.rectypes[cells.RECTYPE ?? ''];
			if (!level) continue;
			if (level === 'local_authority' && cells.LEA !== HERTFORDSHIRE.oldCode) {
				log.add({
					file: table.file,
					row: line,
					column: 'LEA',
					value: cells.LEA,
					expected: `${HERTFORDSHIRE.oldCode} (Hertfordshire)`
				});
				continue;
			}
			let urn: number | null = null;
			if (level === 'school') {
				urn = parseCount(cells.URN ?? '') ?? null;
				if (urn === null) {
					log.add({
						file: table.file,
						row: line,
						column: 'URN',
						value: cells.URN,
						expected: 'a whole number'
					});
					continue;
				}
				const seen = schoolRows.get(urn);
				if (seen !== undefined) {
					log.add({
						file: table.file,
						row: line,
						column: 'URN',
						value: cells.URN,
						expected: `a unique URN (the same as row ${seen})`
					});
					continue;
				}
				schoolRows.set(urn, line);
			}
			const geography =
				level === 'school'
					? { code: String(urn), name: cells.SCHNAME ?? '' }
					: level === 'local_authority'
						? HERTFORDSHIRE
						: ENGLAND;

			for (const g of spec.groups) {
				for (const { suffix, year } of yearColumns(table.header, g.value, fileYear)) {
					const valueColumn = g.value + suffix;
					const raw = cells[valueColumn] ?? '';
					const cell = parseDfeCell(raw);
					if (!cell) {
						log.add({
							file: table.file,
							row: line,
							column: valueColumn,
							value: raw,
							expected: 'a number, a percentage, or a DfE code (SUPP, NE, NA, NP)'
						});
						continue;
					}
					if (cell.value !== null && (cell.value < spec.range[0] || cell.value > spec.range[1])) {
						log.add({
							file: table.file,
							row: line,
							column: valueColumn,
							value: raw,
							expected: `a value from ${spec.range[0]} to ${spec.range[1]}`
						});
						continue;
					}
					const cohortColumn = g.cohort + suffix;
					const cohortCell =
						cohortColumn in cells ? parseDfeCell(cells[cohortColumn] ?? '') : undefined;
					if (
						cohortColumn in cells &&
						(cohortCell === undefined ||
							(cohortCell.value !== null &&
								!(Number.isInteger(cohortCell.value) && cohortCell.value >= 0)))
					) {
						// An unreadable cohort would skip the small-cohort rule below, so it is an error.
						log.add({
							file: table.file,
							row: line,
							column: cohortColumn,
							value: cells[cohortColumn],
							expected: 'a whole number of pupils, or a DfE code (SUPP, NE, NA, NP)'
						});
						continue;
					}
					const cohort = cohortCell?.value ?? null;
					// Our own disclosure rule on top of DfE's: a small group is never shown as a number.
					const suppress = level === 'school' && cell.value !== null && isSmallCohort(cohort);
					const row: Row = {
						key_stage: keyStage,
						measure: spec.measure,
						academic_year: year.label,
						time_period: year.timePeriod,
						geography_level: level,
						geography_code: geography.code,
						geography_name: geography.name,
						urn,
						pupil_group: g.group,
						value: suppress ? null : cell.value,
						symbol: suppress ? 'c' : cell.symbol,
						cohort,
						comparable: isComparableYear(keyStage, year.endYear),
						source_file: table.file,
						source_column: valueColumn
					};
					const key = [keyStage, spec.measure, year.timePeriod, geography.code, g.group].join('|');
					const rank: Candidate['rank'] = [row.symbol === 'x' ? 0 : 1, fileYear.endYear];
					const existing = chosen.get(key);
					if (!existing || outranks(rank, existing.rank)) chosen.set(key, { row, rank });
					latestYear = Math.max(latestYear, year.endYear);
				}
			}
		}
	}
	return {
		schema: attainmentSchema,
		rows: [...chosen.values()].map((c) => c.row),
		asAt: latestYear ? `${latestYear}-08-31` : '',
		source: `DfE school performance tables, KS2 and KS4 final data (${files.map((f) => f.table.file).join(', ')}), Open Government Licence v3.0`
	};
}
