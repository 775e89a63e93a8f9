import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSchools } from '../../../scripts/extracts/importers/schools';
import { formatProblem, ProblemLog } from '../../../scripts/extracts/lib/problems';
import { copyOfRawData } from '../pipeline/temp-copies';

// Windows-1252, as GIAS downloads are: "St Mary’s" with a curly apostrophe (0x92).
const GIAS = Buffer.concat([
	Buffer.from(
		'URN,LA (code),LA (name),EstablishmentName,DistrictAdministrative (code),DistrictAdministrative (name)\r\n' +
			'100000,201,City of London,The Aldgate School,E09000001,City of London\r\n' +
			'117115,919,Hertfordshire,Highover Junior Mixed and Infant School,E07000096,Dacorum\r\n' +
			'117303,919,Hertfordshire,St Mary',
		'latin1'
	),
	Buffer.from([0x92]),
	Buffer.from('s (test row),,\r\n', 'latin1')
]);

describe('GIAS establishment file', () => {
	it("prefers GIAS's DistrictAdministrative to the approximate lookup, and says so", () => {
		const raw = copyOfRawData();
		const without = importSchools(raw, new ProblemLog());
		writeFileSync(join(raw, 'dfe', 'edubasealldata20250901.csv'), GIAS);
		const log = new ProblemLog();
		const built = importSchools(raw, log);
		expect(log.problems.map(formatProblem)).toEqual([]);
		const school = (rows: typeof built.rows, urn: number) => rows.find((r) => r.urn === urn);
		// 117115 is in North Hertfordshire by the lookup; the GIAS row (made up here) says Dacorum.
		expect(school(without.rows, 117115)?.district).toBe('North Hertfordshire');
		expect(school(built.rows, 117115)).toMatchObject({
			district: 'Dacorum',
			district_basis: 'GIAS DistrictAdministrative (edubasealldata20250901.csv)'
		});
		// No district in GIAS: the lookup still applies.
		expect(school(built.rows, 117303)?.district).toBe(school(without.rows, 117303)?.district);
		expect(school(built.rows, 117303)?.district_basis).toMatch(/^approximate lookup/);
		expect(built.source).toContain('Get Information About Schools (edubasealldata20250901.csv)');
	});

	it('uses only the latest GIAS file when there are several', () => {
		const raw = copyOfRawData();
		writeFileSync(join(raw, 'dfe', 'edubasealldata20250901.csv'), GIAS);
		writeFileSync(
			join(raw, 'dfe', 'edubaseallstatefunded20240101.csv'),
			'URN,LA (code),DistrictAdministrative (name)\n117115,919,Nowhere\n'
		);
		const log = new ProblemLog();
		const built = importSchools(raw, log);
		expect(log.problems).toEqual([]);
		expect(built.rows.find((r) => r.urn === 117115)?.district).toBe('Dacorum');
	});
});
