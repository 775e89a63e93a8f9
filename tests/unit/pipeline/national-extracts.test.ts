import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildNationalDatasets } from '../../../scripts/extracts/national/build-national';
import { scaleSchools, SYNTHETIC_URN_BASE } from '../../../scripts/extracts/national/scale-schools';
import { yearsEnding } from '../../../scripts/extracts/national/scale-attainment';
import { ProblemLog } from '../../../scripts/extracts/lib/problems';
import { SeededRandom } from '../../../scripts/extracts/lib/seeded-random';
import { validateRows } from '../../../scripts/extracts/lib/validate-rows';
import { illustrativeSchemas } from '../../../src/lib/data/schemas/illustrative';
import { publicSchemas } from '../../../src/lib/data/schemas/public';

describe('scaleSchools', () => {
	const templates = [
		{ urn: 11, name: 'A', pupils: 100, ofsted_grade: 2, predecessor_urn: null, pct_fsm_6yrs: 10 },
		{
			urn: 12,
			name: 'B',
			pupils: null,
			ofsted_grade: null,
			predecessor_urn: 11,
			pct_fsm_6yrs: null
		}
	];

	it('copies the templates round robin with new URNs, numbered names and mapped predecessors', () => {
		const rows = scaleSchools(templates, 5, new SeededRandom(1, 'test'));
		// School i is copy ⌊i/2⌋ + 1 of template i mod 2.
		expect(rows.map((r) => r.urn)).toEqual([1_000_000, 1_000_001, 1_000_002, 1_000_003, 1_000_004]);
		expect(rows.map((r) => r.name)).toEqual(['A (1)', 'B (1)', 'A (2)', 'B (2)', 'A (3)']);
		// B's predecessor is A: the same copy of A.
		expect(rows.map((r) => r.predecessor_urn)).toEqual([null, 1_000_000, null, 1_000_002, null]);
		for (const r of rows.filter((_, i) => i % 2 === 0)) {
			expect(r.pupils as number).toBeGreaterThanOrEqual(80); // within ±20% of 100
			expect(r.pupils as number).toBeLessThanOrEqual(120);
			expect([1, 2, 3]).toContain(r.ofsted_grade); // 2, or one step away
		}
		expect(rows[1]!.ofsted_grade).toBeNull(); // ungraded stays ungraded
		expect(rows[1]!.pupils).toBeNull();
	});

	it('is deterministic for a seed', () => {
		expect(scaleSchools(templates, 7, new SeededRandom(5, 'x'))).toEqual(
			scaleSchools(templates, 7, new SeededRandom(5, 'x'))
		);
	});
});

describe('yearsEnding', () => {
	it('lists the academic years up to the one ending then', () => {
		expect(yearsEnding(2025, 3).map((y) => y.label)).toEqual(['2022/23', '2023/24', '2024/25']);
	});
});

describe('buildNationalDatasets on a small scale', () => {
	// Twice the county's 591 schools, 2 years: every template is copied exactly twice.
	const scale = { schools: 2 * 591, years: 2 };
	const datasets = buildNationalDatasets('data/raw', 42, new ProblemLog(), scale);
	const byName = new Map(datasets.map((d) => [d.schema.name, d]));

	it('has every published dataset, in manifest order, each conforming to its schema', () => {
		expect(datasets.map((d) => d.schema.name)).toEqual(
			[...publicSchemas, ...illustrativeSchemas].map((s) => s.name)
		);
		for (const d of datasets) expect(validateRows(d.schema, d.rows)).toEqual([]);
	});

	it('has the asked number of schools, all with synthetic URNs', () => {
		const schools = byName.get('schools')!.rows;
		expect(schools).toHaveLength(1182);
		expect(new Set(schools.map((s) => s.urn)).size).toBe(1182);
		expect(schools.every((s) => (s.urn as number) >= SYNTHETIC_URN_BASE)).toBe(true);
	});

	it('has, per school and year, one attainment row per group its template has results for', async () => {
		// Counted independently from the committed county extracts: distinct (school, key stage,
		// measure, group) combinations of schools in the school list (a few schools with results
		// opened after it and are no template), times 2 copies, times 2 years.
		const instance = await DuckDBInstance.create(':memory:');
		const connection = await instance.connect();
		const result = await connection.runAndReadAll(
			`SELECT count(DISTINCT (urn, key_stage, measure, pupil_group))::INTEGER AS n
			 FROM 'static/data/extracts/attainment.parquet' WHERE geography_level = 'school'
			 AND urn IN (SELECT urn FROM 'static/data/extracts/schools.parquet')`
		);
		const combos = result.getRowObjectsJS()[0]!.n as number;
		connection.closeSync();
		instance.closeSync();
		const rows = byName.get('attainment')!.rows;
		expect(rows.filter((r) => r.geography_level === 'school')).toHaveLength(combos * 2 * 2);
		expect(new Set(rows.filter((r) => r.urn !== null).map((r) => r.academic_year))).toEqual(
			new Set(['2023/24', '2024/25'])
		);
		// LA and national rows are the county's own, kept as they are: KS2 5 years × 3 groups × 2
		// geographies (30) and KS4 6 × 3 × 2 (36).
		expect(rows.filter((r) => r.geography_level !== 'school').length).toBe(66);
	});

	it('says in every source line that it is synthetic', () => {
		for (const d of datasets) expect(d.source).toMatch(/^Synthetic: national-scale benchmark data/);
	});
});
