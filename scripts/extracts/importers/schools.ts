import { join } from 'node:path';
import { schoolsSchema } from '../../../src/lib/data/schemas/public';
import { readCsv, type CsvTable } from '../lib/csv';
import { parseCount, parseDfeCell, parseDmyDate } from '../lib/dfe-values';
import { findInputs } from '../lib/find-inputs';
import type { ProblemLog } from '../lib/problems';
import type { BuiltDataset, Row } from '../lib/rows';
import { DISTRICTS } from './geography';
import { readGiasDistricts } from './gias';
import { derivePredecessors } from './predecessors';
import { reportRepeatedValues } from '../lib/repeated-values';

const OFSTED_GRADES: Record<string, number> = {
	Outstanding: 1,
	Good: 2,
	'Requires improvement': 3,
	'Serious Weaknesses': 4,
	'Special Measures': 4,
	Inadequate: 4
};

const SCHOOL_INFO_COLUMNS = [
	'URN', 'LAESTAB', 'SCHNAME', 'TOWN', 'POSTCODE', 'SCHSTATUS', 'OPENDATE', 'CLOSEDATE',
	'MINORGROUP', 'SCHOOLTYPE', 'ISPRIMARY', 'ISSECONDARY', 'ISPOST16', 'AGELOW', 'AGEHIGH',
	'OFSTEDRATING', 'OFSTEDLASTINSP'
]; // prettier-ignore
const CENSUS_COLUMNS = ['URN', 'NOR', 'TSENELSE', 'TSENELK', 'PNUMFSMEVER'];
const LOOKUP_COLUMNS = ['urn', 'district', 'basis'];

/** Maintained, academy (incl. free schools, UTCs, academy special schools) or other. */
export function governanceOf(minorGroup: string, schoolType: string): string {
	if (minorGroup === 'Academy' || /^(Academy|Free schools)/.test(schoolType)) return 'academy';
	if (minorGroup === 'Maintained school') return 'maintained';
	if (minorGroup === 'Special school' && /^(Community|Foundation) special/.test(schoolType))
		return 'maintained';
	return 'other';
}

/**
 * Phase from the establishment's group and age range. Schools spanning primary and secondary ages
 * are all-through when they run to 16 or beyond, otherwise middle (Herts has 9–13 middle schools).
 */
export function phaseOf(s: {
	minorGroup: string;
	schoolType: string;
	isPrimary: boolean;
	isSecondary: boolean;
	ageLow: number | null;
	ageHigh: number | null;
}): string {
	if (s.minorGroup === 'Special school' || /special/i.test(s.schoolType)) return 'special';
	if (/pupil referral|alternative provision/i.test(s.schoolType)) return 'alternative provision';
	if ((s.ageLow ?? 0) >= 16 || s.minorGroup === 'College') return 'post-16';
	if (s.isPrimary && s.isSecondary) return (s.ageHigh ?? 0) >= 16 ? 'all-through' : 'middle';
	if (s.isSecondary) return 'secondary';
	if (s.isPrimary) return (s.ageHigh ?? 99) <= 5 ? 'nursery' : 'primary';
	return 'post-16';
}

function latest(dir: string, pattern: RegExp, log: ProblemLog, what: string): string | undefined {
	const found = findInputs(dir, pattern);
	const last = found.at(-1);
	if (!last) log.add({ file: join(dir, pattern.source), expected: `a ${what} file in ${dir}` });
	return last?.path;
}

function indexBy(
	table: CsvTable,
	column: string
): Map<string, { line: number; cells: Record<string, string> }> {
	return new Map(table.rows.map((r) => [r.cells[column] ?? '', r]));
}

export function importSchools(rawDir: string, log: ProblemLog): BuiltDataset {
	const dfeDir = join(rawDir, 'dfe');
	const infoPath = latest(
		dfeDir,
		/^school_information_(\d{4}-\d{2})\.csv$/,
		log,
		'school information'
	);
	const censusPath = latest(dfeDir, /^census_(\d{4}-\d{2})\.csv$/, log, 'school census');
	const lookupPath = latest(
		join(rawDir, 'reference'),
		/^school_district_lookup.*\.csv$/,
		log,
		'district lookup'
	);
	if (!infoPath || !censusPath || !lookupPath)
		return { schema: schoolsSchema, rows: [], asAt: '', source: '' };

	const info = readCsv(infoPath, log, { required: SCHOOL_INFO_COLUMNS });
	const censusTable = readCsv(censusPath, log, { required: CENSUS_COLUMNS });
	const census = indexBy(censusTable, 'URN');
	const lookupTable = readCsv(lookupPath, log, { required: LOOKUP_COLUMNS });
	const lookup = indexBy(lookupTable, 'urn');
	const gias = readGiasDistricts(rawDir, log);
	reportRepeatedValues(info, 'URN', log);
	reportRepeatedValues(censusTable, 'URN', log, (urn) => /^\d+$/.test(urn));
	reportRepeatedValues(lookupTable, 'urn', log);
	for (const { line, cells } of lookupTable.rows) {
		if (!(DISTRICTS as readonly string[]).includes(cells.district ?? ''))
			log.add({
				file: lookupTable.file,
				row: line,
				column: 'district',
				value: cells.district,
				expected: `one of the 10 districts (${DISTRICTS.join(', ')})`
			});
	}

	const rows: Row[] = [];
	let latestInspection = '';
	for (const { line, cells } of info.rows) {
		const problem = (column: string, expected: string) =>
			log.add({ file: info.file, row: line, column, value: cells[column], expected });
		const urn = parseCount(cells.URN ?? '');
		if (urn === undefined) {
			problem('URN', 'a whole number');
			continue;
		}
		const rating = cells.OFSTEDRATING ?? '';
		const grade = rating === '' ? null : OFSTED_GRADES[rating];
		if (grade === undefined)
			problem('OFSTEDRATING', `empty or one of ${Object.keys(OFSTED_GRADES).join(', ')}`);
		const inspectedOn = cells.OFSTEDLASTINSP ? parseDmyDate(cells.OFSTEDLASTINSP) : null;
		if (inspectedOn === undefined) problem('OFSTEDLASTINSP', 'a date written DD-MM-YYYY');
		if (inspectedOn && inspectedOn > latestInspection) latestInspection = inspectedOn;
		const optionalDate = (column: string) => {
			const text = cells[column] ?? '';
			if (text === '') return null;
			const iso = parseDmyDate(text);
			if (iso === undefined) problem(column, 'a date written DD-MM-YYYY');
			return iso ?? null;
		};
		const optionalInt = (column: string) => {
			const text = cells[column] ?? '';
			if (text === '' || text === 'NA') return null;
			const n = parseCount(text);
			if (n === undefined) problem(column, 'a whole number of 0 or more');
			return n ?? null;
		};
		const minorGroup = cells.MINORGROUP ?? '';
		const schoolType = cells.SCHOOLTYPE ?? '';
		const governance = governanceOf(minorGroup, schoolType);
		const ageLow = optionalInt('AGELOW');
		const ageHigh = optionalInt('AGEHIGH');
		const status = cells.SCHSTATUS ?? '';
		if (!['Open', 'Closed', 'Open, but proposed to close'].includes(status))
			problem('SCHSTATUS', 'Open, Closed or Open, but proposed to close');

		const censusRow = census.get(String(urn));
		const censusCell = (column: string, expected: string, ok: (n: number) => boolean) => {
			const cell = censusRow ? parseDfeCell(censusRow.cells[column] ?? '') : undefined;
			if (censusRow && (cell === undefined || (cell.value !== null && !ok(cell.value))))
				log.add({
					file: censusTable.file,
					row: censusRow.line,
					column,
					value: censusRow.cells[column],
					expected
				});
			return cell?.value ?? null;
		};
		// Pupil counts are whole and never negative; the FSM share is checked as a percentage below.
		const censusInt = (column: string) =>
			censusCell(
				column,
				'a whole number of 0 or more, or NA',
				(n) => Number.isInteger(n) && n >= 0
			);
		const fsm = censusCell('PNUMFSMEVER', 'a number or NA', () => true);
		if (fsm !== null && (fsm < 0 || fsm > 100))
			log.add({
				file: censusTable.file,
				row: censusRow?.line,
				column: 'PNUMFSMEVER',
				value: String(fsm),
				expected: 'a percentage from 0 to 100'
			});
		const district = lookup.get(String(urn));
		const giasDistrict = gias?.districts.get(urn);

		rows.push({
			urn,
			laestab: optionalInt('LAESTAB'),
			name: cells.SCHNAME ?? '',
			town: cells.TOWN || null,
			postcode: cells.POSTCODE || null,
			status,
			is_open: status.startsWith('Open'),
			open_date: optionalDate('OPENDATE'),
			close_date: optionalDate('CLOSEDATE'),
			minor_group: minorGroup,
			school_type: schoolType,
			governance,
			is_state_funded: governance !== 'other',
			phase: phaseOf({
				minorGroup,
				schoolType,
				isPrimary: cells.ISPRIMARY === '1',
				isSecondary: cells.ISSECONDARY === '1',
				ageLow,
				ageHigh
			}),
			age_low: ageLow,
			age_high: ageHigh,
			// GIAS's DistrictAdministrative is the real district; the postcode lookup is a fallback.
			district: giasDistrict ?? district?.cells.district ?? null,
			district_basis: giasDistrict
				? `GIAS DistrictAdministrative (${gias?.file ?? ''})`
				: district
					? `approximate lookup (${district.cells.basis})`
					: null,
			pupils: censusInt('NOR'),
			pct_fsm_6yrs: fsm,
			pupils_ehcp: censusInt('TSENELSE'),
			pupils_sen_support: censusInt('TSENELK'),
			ofsted_rating: rating || null,
			ofsted_grade: grade ?? null,
			ofsted_inspected_on: inspectedOn ?? null,
			predecessor_urn: null,
			predecessor_basis: null,
			predecessor_grade: null,
			predecessor_inspected_on: null,
			source_file: info.file
		});
	}
	for (const link of derivePredecessors(rows)) {
		const school = rows.find((r) => r.urn === link.urn);
		const predecessor = rows.find((r) => r.urn === link.predecessorUrn);
		if (!school || !predecessor) continue;
		school.predecessor_urn = link.predecessorUrn;
		school.predecessor_basis = link.basis;
		school.predecessor_grade = predecessor.ofsted_grade ?? null;
		school.predecessor_inspected_on = predecessor.ofsted_inspected_on ?? null;
	}
	return {
		schema: schoolsSchema,
		rows,
		asAt: latestInspection,
		source: gias
			? `DfE performance tables school information and census (${info.file}, ${censusTable.file}) and Get Information About Schools (${gias.file}), Open Government Licence v3.0; districts from GIAS, else an approximate postcode lookup`
			: `DfE performance tables school information and census (${info.file}, ${censusTable.file}), Open Government Licence v3.0; districts from an approximate postcode lookup`
	};
}
