import { join } from 'node:path';
import { ehcpTimelinessSchema } from '../../../src/lib/data/schemas/public';
import { readCsv } from '../lib/csv';
import { parseCount, parseDfeCell } from '../lib/dfe-values';
import { findInputs } from '../lib/find-inputs';
import type { ProblemLog } from '../lib/problems';
import type { BuiltDataset, Row } from '../lib/rows';
import { ENGLAND, HERTFORDSHIRE } from './geography';

const SEN2_COLUMNS = [
	'year',
	'la_code',
	'n_requests',
	'n_refused',
	'n_plans_issued',
	'n_within_20w',
	'timeliness_pct'
];
const ENGLAND_COLUMNS = [
	'calendar_year',
	'basis',
	'pct_within_20_weeks',
	'plans_issued',
	'within_20_weeks',
	'source'
];
const BASES = ['including_exceptions', 'excluding_exceptions'];
/** EHC plans began in September 2014; the strategy ends in 2026. */
const FIRST_YEAR = 2014;
const LAST_YEAR = 2026;

/**
 * Hertfordshire's annual series comes from the SEN2 timeliness panel (counts, including
 * exceptions); England's from DfE's published national figures, kept with their sources in
 * data/raw/reference. Where counts are given, the published % must agree with them to 0.1.
 */
export function importEhcpTimeliness(rawDir: string, log: ProblemLog): BuiltDataset {
	const rows: Row[] = [];
	const sources: string[] = [];
	const pctProblem = (
		file: string,
		row: number,
		column: string,
		pct: number,
		within: number,
		issued: number
	) => {
		const computed = Math.round((1000 * within) / issued) / 10;
		if (Math.abs(computed - pct) > 0.051)
			log.add({
				file,
				row,
				column,
				value: String(pct),
				expected: `${computed} (= ${within} / ${issued})`
			});
	};

	// A year given twice (within a file or across files) is an error, not "last one wins".
	const firstRow = new Map<string, string>();
	const repeated = (file: string, line: number, column: string, key: string, value: string) => {
		const seen = firstRow.get(key);
		if (seen === undefined) {
			firstRow.set(key, `${file} row ${line}`);
			return false;
		}
		log.add({ file, row: line, column, value, expected: `each year once (also in ${seen})` });
		return true;
	};

	for (const { path } of findInputs(join(rawDir, 'dfe'), /^sen2_timeliness_.*\.csv$/)) {
		const table = readCsv(path, log, { required: SEN2_COLUMNS });
		sources.push(table.file);
		for (const { line, cells } of table.rows) {
			if (cells.la_code !== HERTFORDSHIRE.code) continue;
			const yearText = cells.year ?? '';
			const yearValue = Number(parseDfeCell(yearText)?.value);
			if (!(Number.isInteger(yearValue) && yearValue >= FIRST_YEAR && yearValue <= LAST_YEAR)) {
				log.add({
					file: table.file,
					row: line,
					column: 'year',
					value: yearText,
					expected: `a calendar year from ${FIRST_YEAR} to ${LAST_YEAR}`
				});
				continue;
			}
			if (repeated(table.file, line, 'year', `herts|${yearValue}`, yearText)) continue;
			const count = (column: string) => {
				const n = parseCount(cells[column] ?? '');
				if (n === undefined)
					log.add({
						file: table.file,
						row: line,
						column,
						value: cells[column],
						expected: 'a whole number of 0 or more'
					});
				return n ?? null;
			};
			const year = count('year');
			const issued = count('n_plans_issued');
			const within = count('n_within_20w');
			const pct = parseDfeCell(cells.timeliness_pct ?? '')?.value ?? null;
			if (pct === null || pct < 0 || pct > 100) {
				log.add({
					file: table.file,
					row: line,
					column: 'timeliness_pct',
					value: cells.timeliness_pct,
					expected: 'a percentage from 0 to 100'
				});
				continue;
			}
			const requests = count('n_requests');
			const refusals = count('n_refused');
			if (requests !== null && refusals !== null && refusals > requests)
				log.add({
					file: table.file,
					row: line,
					column: 'n_refused',
					value: String(refusals),
					expected: `no more than n_requests (${requests})`
				});
			if (year === null || issued === null || within === null) continue;
			if (within > issued)
				log.add({
					file: table.file,
					row: line,
					column: 'n_within_20w',
					value: String(within),
					expected: `no more than n_plans_issued (${issued})`
				});
			else pctProblem(table.file, line, 'timeliness_pct', pct, within, issued);
			rows.push({
				calendar_year: year,
				geography_level: 'local_authority',
				geography_code: HERTFORDSHIRE.code,
				geography_name: HERTFORDSHIRE.name,
				basis: 'including_exceptions',
				plans_issued: issued,
				within_20_weeks: within,
				pct_within_20_weeks: pct,
				requests,
				refusals,
				source: `DfE SEN2 timeliness via ${table.file}`
			});
		}
	}

	for (const { path } of findInputs(
		join(rawDir, 'reference'),
		/^ehcp_timeliness_england.*\.csv$/
	)) {
		const table = readCsv(path, log, { required: ENGLAND_COLUMNS });
		sources.push(table.file);
		for (const { line, cells } of table.rows) {
			const year = parseCount(cells.calendar_year ?? '');
			const pct = parseDfeCell(cells.pct_within_20_weeks ?? '')?.value ?? null;
			const issued = cells.plans_issued ? (parseCount(cells.plans_issued) ?? null) : null;
			const within = cells.within_20_weeks ? (parseCount(cells.within_20_weeks) ?? null) : null;
			if (year === undefined)
				log.add({
					file: table.file,
					row: line,
					column: 'calendar_year',
					value: cells.calendar_year,
					expected: 'a year such as 2024'
				});
			if (!BASES.includes(cells.basis ?? ''))
				log.add({
					file: table.file,
					row: line,
					column: 'basis',
					value: cells.basis,
					expected: BASES.join(' or ')
				});
			if (pct === null || pct < 0 || pct > 100)
				log.add({
					file: table.file,
					row: line,
					column: 'pct_within_20_weeks',
					value: cells.pct_within_20_weeks,
					expected: 'a percentage from 0 to 100'
				});
			if (year === undefined || pct === null || !BASES.includes(cells.basis ?? '')) continue;
			if (
				repeated(table.file, line, 'calendar_year', `england|${cells.basis}|${year}`, String(year))
			)
				continue;
			if (issued !== null && within !== null)
				pctProblem(table.file, line, 'pct_within_20_weeks', pct, within, issued);
			rows.push({
				calendar_year: year,
				geography_level: 'national',
				geography_code: ENGLAND.code,
				geography_name: ENGLAND.name,
				basis: cells.basis ?? '',
				plans_issued: issued,
				within_20_weeks: within,
				pct_within_20_weeks: pct,
				requests: null,
				refusals: null,
				source: cells.source || table.file
			});
		}
	}
	const latest = Math.max(0, ...rows.map((r) => Number(r.calendar_year)));
	return {
		schema: ehcpTimelinessSchema,
		rows,
		asAt: latest ? `${latest}-12-31` : '',
		source: `DfE SEN2 timeliness and published national figures (${sources.join(', ')}), Open Government Licence v3.0`
	};
}
