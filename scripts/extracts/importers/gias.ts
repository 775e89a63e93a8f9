import { join } from 'node:path';
import { readCsv } from '../lib/csv';
import { parseCount } from '../lib/dfe-values';
import { findInputs } from '../lib/find-inputs';
import type { ProblemLog } from '../lib/problems';
import { DISTRICTS, HERTFORDSHIRE } from './geography';

/**
 * DfE "Get Information About Schools" (GIAS) establishment download, e.g.
 * edubasealldata20250901.csv (all of England) or edubaseallstatefunded20250901.csv. It is the
 * real source of each school's local authority district (DistrictAdministrative), which the
 * performance-tables files do not carry; when present it is preferred to the approximate postcode
 * lookup. GIAS files are Windows-1252, which readCsv handles.
 */
export const GIAS_PATTERN = /^edubase(?:alldata|allstatefunded)(\d{8})\.csv$/;
const URN = 'URN';
const LA_CODE = 'LA (code)';
const DISTRICT = 'DistrictAdministrative (name)';

export interface GiasDistricts {
	file: string;
	/** URN → district, for Hertfordshire establishments. */
	districts: Map<number, string>;
}

/** The latest GIAS file's districts for Hertfordshire (LA 919), or undefined with no file. */
export function readGiasDistricts(rawDir: string, log: ProblemLog): GiasDistricts | undefined {
	// Latest by the download date in the name, whichever of the two downloads it is.
	const found = findInputs(join(rawDir, 'dfe'), GIAS_PATTERN)
		.sort((a, b) => (a.match[1] ?? '').localeCompare(b.match[1] ?? ''))
		.at(-1);
	if (!found) return undefined;
	const table = readCsv(found.path, log, { required: [URN, LA_CODE, DISTRICT] });
	const districts = new Map<number, string>();
	const firstLine = new Map<number, number>();
	for (const { line, cells } of table.rows) {
		// The all-England file has every LA; only Hertfordshire's rows matter here.
		if (cells[LA_CODE] !== HERTFORDSHIRE.oldCode) continue;
		const problem = (column: string, expected: string) =>
			log.add({ file: table.file, row: line, column, value: cells[column], expected });
		const urn = parseCount(cells[URN] ?? '');
		if (urn === undefined) {
			problem(URN, 'a whole number');
			continue;
		}
		const seen = firstLine.get(urn);
		if (seen !== undefined) {
			problem(URN, `a unique URN (the same as row ${seen})`);
			continue;
		}
		firstLine.set(urn, line);
		const district = cells[DISTRICT] ?? '';
		// No district given: the approximate lookup still applies to this school.
		if (district === '') continue;
		if (!(DISTRICTS as readonly string[]).includes(district)) {
			problem(DISTRICT, `one of the 10 districts (${DISTRICTS.join(', ')})`);
			continue;
		}
		districts.set(urn, district);
	}
	return { file: table.file, districts };
}
