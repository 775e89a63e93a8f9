import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../scripts/extracts/lib/csv';
import type { SqlQuery } from '../../../src/lib/data/sql/query';
import {
	profileUrnsQuery,
	schoolAttainmentProfileQuery,
	schoolConcernSpellsQuery,
	schoolFactsQuery,
	schoolLicencesQuery,
	schoolProgrammesQuery,
	schoolRaygQuery,
	schoolReportCardsQuery,
	schoolSuccessorsQuery,
	schoolValuingSendQuery,
	type SchoolAttainmentProfileRow,
	type SchoolFactsRow
} from '../../../src/lib/data/sql/school-profile';
import { safeSchoolAttainment } from '../../../src/routes/school/[urn]/attainment';
import {
	districtBasisWords,
	overallGradeWords,
	predecessorBasisWords
} from '../../../src/routes/school/[urn]/labels';
import { loadSchoolProfile, type SchoolProfile } from '../../../src/routes/school/[urn]/profile';
import { openNodeApiEngine, openWasmEngine, type TestEngine } from '../../helpers/engines';

/**
 * The school profile queries, run for every school the extracts know, on the engine that
 * prerenders (node) and, for a sample, the one the browser runs (wasm); a school checked by hand
 * against the raw DfE files; and the small-number rule checked on every profile's page data.
 */
const AS_AT = '2026-08-31';

/** Each builder, with what every school's answer must satisfy. */
const BUILDERS: [string, (urn: number) => SqlQuery, (rows: unknown[]) => string | null][] = [
	// Every URN with a profile has exactly one row of facts, with a name.
	[
		'schoolFactsQuery',
		schoolFactsQuery,
		(rows) =>
			rows.length === 1 && (rows[0] as SchoolFactsRow).name ? null : `${rows.length} rows`
	],
	['schoolSuccessorsQuery', schoolSuccessorsQuery, () => null],
	['schoolReportCardsQuery', schoolReportCardsQuery, () => null],
	['schoolRaygQuery', schoolRaygQuery, () => null],
	['schoolAttainmentProfileQuery', schoolAttainmentProfileQuery, () => null],
	['schoolLicencesQuery', schoolLicencesQuery, (rows) => (rows.length <= 1 ? null : 'duplicates')],
	['schoolProgrammesQuery', schoolProgrammesQuery, () => null],
	['schoolValuingSendQuery', schoolValuingSendQuery, (rows) => (rows.length <= 1 ? null : 'duplicates')],
	['schoolConcernSpellsQuery', (urn) => schoolConcernSpellsQuery(urn, AS_AT), () => null]
];

/** Loops over all 593 schools take a while on two cores; a cut-off run would close the engine mid-query. */
const ALL_SCHOOLS_TIMEOUT = 300_000;

let node: TestEngine;
let urns: number[];

beforeAll(async () => {
	node = await openNodeApiEngine();
	urns = (await node.query<{ urn: number }>(profileUrnsQuery())).map((r) => r.urn);
});
afterAll(() => node?.close());

/** A raw DfE CSV as records keyed by header. */
function readRawCsv(path: string): Record<string, string>[] {
	const [header, ...records] = parseCsvRecords(readFileSync(path, 'utf8'));
	const names = header?.fields ?? [];
	return records.map(({ fields }) =>
		Object.fromEntries(names.map((name, i) => [name, fields[i] ?? '']))
	);
}

describe('the schools with a profile', () => {
	it('are every school in the extract plus the 2 with results but no schools row', async () => {
		const [counts] = await node.query<{ schools: number; results_only: number }>({
			sql: `SELECT (SELECT count(*) FROM schools)::INTEGER AS schools,
	(SELECT count(DISTINCT urn) FROM attainment
		WHERE geography_level = 'school' AND urn NOT IN (SELECT urn FROM schools))::INTEGER AS results_only`,
			params: []
		});
		expect(counts).toEqual({ schools: 591, results_only: 2 });
		expect(urns).toHaveLength(593);
		expect(new Set(urns).size).toBe(593);
	});
});

describe.each(BUILDERS)('%s', (_name, build, check) => {
	it('binds the URN as a parameter: the SQL is the same for every school', () => {
		const a = build(117083);
		const b = build(999999);
		expect(a.sql).toBe(b.sql);
		expect(a.sql).not.toContain('117083');
		expect(a.params).toContain(117083);
	});

	it(
		'runs for every URN on @duckdb/node-api',
		async () => {
			const failures: string[] = [];
			for (const urn of urns) {
				try {
					const problem = check(await node.query(build(urn)));
					if (problem !== null) failures.push(`${urn}: ${problem}`);
				} catch (error) {
					failures.push(`${urn}: ${String(error)}`);
				}
			}
			expect(failures).toEqual([]);
		},
		ALL_SCHOOLS_TIMEOUT
	);
});

describe('schoolFactsQuery', () => {
	it('returns nothing for an unknown URN', async () => {
		expect(await node.query(schoolFactsQuery(1))).toEqual([]);
	});

	it("gives a new school with results but no schools row the name it was published under", async () => {
		const [row] = await node.query<SchoolFactsRow>(schoolFactsQuery(151215));
		expect(row).toMatchObject({ urn: 151215, name: 'Ashtree Primary Academy', in_schools: false });
	});

	it("follows the predecessor rule: a new academy takes its predecessor's grade, linked", async () => {
		const [row] = await node.query<SchoolFactsRow>(schoolFactsQuery(149206));
		expect(row).toMatchObject({
			ofsted_grade: null,
			effective_grade: 1,
			lacks_own_grade: true,
			predecessor_urn: 117299,
			predecessor_name: 'Round Diamond Primary School',
			predecessor_listed: true,
			predecessor_inspected_on: '2017-06-28'
		});
		const successors = await node.query(schoolSuccessorsQuery(117299));
		expect(successors).toEqual([
			{ urn: 149206, name: 'Round Diamond Primary School', open_date: '2023-01-01' }
		]);
	});
});

describe('a school checked by hand against the raw DfE files: Abbots Langley School', () => {
	const URN = 117083;
	let profile: SchoolProfile;

	beforeAll(async () => {
		profile = (await loadSchoolProfile(node.query, URN, AS_AT)) as SchoolProfile;
	});

	it('has the name, Ofsted rating and date of school_information_2022-23.csv', () => {
		const raw = readRawCsv('data/raw/dfe/school_information_2022-23.csv').find(
			(r) => r.URN === String(URN)
		);
		expect(raw?.SCHNAME).toBe('Abbots Langley School');
		expect(raw?.OFSTEDRATING).toBe('Good');
		expect(raw?.OFSTEDLASTINSP).toBe('11-05-2023');
		expect(profile.school.name).toBe(raw?.SCHNAME);
		expect(overallGradeWords(profile.school.ofsted_grade, profile.school.ofsted_rating)).toBe(
			'Good'
		);
		expect(profile.school.ofsted_inspected_on).toBe('2023-05-11');
	});

	it('has the pupils (NOR), % FSM in 6 years and EHC plans of census_2022-23.csv', () => {
		const raw = readRawCsv('data/raw/dfe/census_2022-23.csv').find((r) => r.URN === String(URN));
		expect(raw?.NOR).toBe('434');
		expect(raw?.PNUMFSMEVER).toBe('11.8%');
		expect(raw?.TSENELSE).toBe('5');
		expect(profile.school.pupils).toBe(434);
		expect(profile.school.fsm6).toEqual({ value: 11.8, symbol: null });
		// 5 pupils with an EHC plan is a group of 5 or fewer: shown as c, never as 5.
		expect(profile.school.ehcp).toEqual({ value: null, symbol: 'c' });
	});

	it('has the KS2 2024/25 results of ks2final_2024-25.csv, with the small group suppressed', () => {
		const raw = readRawCsv('data/raw/dfe/ks2final_2024-25.csv').find(
			(r) => r.URN === String(URN)
		);
		expect(raw?.PTRWM_EXP).toBe('56%');
		expect(raw?.TELIG).toBe('59');
		const ks2 = profile.attainment.ok ? profile.attainment.value : [];
		const year = ks2.find((s) => s.keyStage === 'KS2')?.years.find((y) => y.academicYear === '2024/25');
		const all = year?.groups.find((g) => g.group === 'all');
		expect(all).toMatchObject({ value: 56, cohort: 59, herts: 64, england: 62 });
		// 6 disadvantaged pupils is above the threshold and is shown as published.
		expect(year?.groups.find((g) => g.group === 'disadvantaged')).toMatchObject({
			value: 50,
			cohort: 6
		});
	});
});

describe('words for the codes', () => {
	it('says an overall grade in words, with the category of an inadequate grade', () => {
		expect(overallGradeWords(1)).toBe('Outstanding');
		expect(overallGradeWords(3, 'Requires improvement')).toBe('Requires improvement');
		expect(overallGradeWords(4, 'Special Measures')).toBe('Inadequate (special measures)');
		expect(overallGradeWords(4, 'Serious Weaknesses')).toBe('Inadequate (serious weaknesses)');
		expect(overallGradeWords(null)).toBe('No grade');
	});

	it('says how approximate the district and predecessor links are', () => {
		expect(districtBasisWords('approximate lookup (post town)')).toBe(
			'approximate, from the post town'
		);
		expect(districtBasisWords(null)).toBe('approximate');
		expect(
			predecessorBasisWords('derived: same name, opened the day after the predecessor closed')
		).toBe(
			'The predecessor link is inferred, not published: same name, opened the day after the predecessor closed.'
		);
	});
});

describe('small-number suppression on every profile', () => {
	it(
		'lets no school-level pupil-group figure for 5 or fewer pupils through, nor its complement',
		async () => {
			// The raw figures, read independently of the builders under test.
			const raw = await node.query<SchoolAttainmentProfileRow & { urn: number }>({
				sql: `SELECT urn, key_stage, academic_year, pupil_group, cohort FROM attainment WHERE geography_level = 'school'`,
				params: []
			});
			const ehcp = new Map(
				(
					await node.query<{ urn: number; pupils_ehcp: number | null }>({
						sql: 'SELECT urn, pupils_ehcp FROM schools',
						params: []
					})
				).map((r) => [r.urn, r.pupils_ehcp])
			);
			const problems: string[] = [];
			let checkedSmall = 0;
			for (const urn of urns) {
				const profile = await loadSchoolProfile(node.query, urn, AS_AT);
				if (!profile || !profile.attainment.ok) {
					problems.push(`${urn}: no profile`);
					continue;
				}
				// What the page is given (and the prerendered HTML embeds) has no raw census figure.
				const json = JSON.stringify(profile);
				if (json.includes('pupils_ehcp') || json.includes('pct_fsm_6yrs'))
					problems.push(`${urn}: raw census field in page data`);
				const small = ehcp.get(urn);
				if (small !== null && small !== undefined && small <= 5) {
					checkedSmall++;
					if (profile.school.ehcp.value !== null) problems.push(`${urn}: EHC plans shown`);
				}
				for (const stage of profile.attainment.value) {
					for (const year of stage.years) {
						const where = `${urn} ${stage.keyStage} ${year.academicYear}`;
						const rawYear = raw.filter(
							(r) =>
								r.urn === urn &&
								r.key_stage === stage.keyStage &&
								r.academic_year === year.academicYear
						);
						for (const g of year.groups) {
							if (g.cohort !== null && g.cohort <= 5) problems.push(`${where}: cohort shown`);
							const cohort = rawYear.find((x) => x.pupil_group === g.group)?.cohort;
							if (cohort !== null && cohort !== undefined && cohort <= 5) {
								checkedSmall++;
								if (g.value !== null || g.cohort !== null || g.symbol !== 'c')
									problems.push(`${where} ${g.group}: small group shown`);
							}
						}
						// Secondary suppression: where all three counts were published, a lone hidden
						// group could be recovered by subtraction, so hidden groups come two or more.
						const published = rawYear.length === 3 && rawYear.every((r) => r.cohort !== null);
						const hidden = year.groups.filter((g) => g.symbol === 'c').length;
						if (published && hidden === 1) problems.push(`${where}: a lone c`);
					}
				}
			}
			expect(problems).toEqual([]);
			// The data does have small groups, so the loop above was not vacuous.
			expect(checkedSmall).toBeGreaterThan(100);
		},
		ALL_SCHOOLS_TIMEOUT
	);

	it('hides the complement of a small group (all 30 = 4 disadvantaged + 26 other)', () => {
		const row = (pupil_group: SchoolAttainmentProfileRow['pupil_group'], value: number, cohort: number) =>
			({
				key_stage: 'KS2',
				measure: 'rwm_expected_pct',
				academic_year: '2024/25',
				time_period: 202425,
				comparable: true,
				name: 'Test',
				pupil_group,
				value,
				symbol: null,
				cohort,
				herts_value: 60,
				england_value: 61
			}) as SchoolAttainmentProfileRow;
		const [stage] = safeSchoolAttainment(1, [row('all', 50, 30), row('disadvantaged', 25, 4), row('other', 54, 26)]);
		expect(stage?.years[0]?.groups).toEqual([
			{ group: 'all', value: 50, symbol: null, cohort: 30, cohortSymbol: null, herts: 60, england: 61 },
			{ group: 'disadvantaged', value: null, symbol: 'c', cohort: null, cohortSymbol: 'c', herts: 60, england: 61 },
			{ group: 'other', value: null, symbol: 'c', cohort: null, cohortSymbol: 'c', herts: 60, england: 61 }
		]);
	});
});

describe('on duckdb-wasm (the browser engine), a sample of 20 schools', () => {
	let wasm: TestEngine;
	beforeAll(async () => {
		wasm = await openWasmEngine();
	});
	afterAll(() => wasm?.close());

	it('runs every builder and agrees with node row for row', { timeout: ALL_SCHOOLS_TIMEOUT }, async () => {
		// Spread across the URN range, plus the two new schools and a predecessor pair.
		const step = Math.floor(urns.length / 16);
		const sample = [
			...new Set([
				...urns.filter((_, i) => i % step === 0).slice(0, 16),
				150844,
				151215,
				149206,
				117299
			])
		].slice(0, 20);
		expect(sample).toHaveLength(20);
		for (const urn of sample) {
			for (const [name, build] of BUILDERS) {
				const [a, b] = [await wasm.query(build(urn)), await node.query(build(urn))];
				expect(a, `${name}(${urn})`).toEqual(b);
			}
		}
	});
});
