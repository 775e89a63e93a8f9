import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellKey, loadExploreMatrix } from '../../../src/lib/data/explore-matrix';
import { seriesContext } from '../../../src/lib/data/kpi-runner';
import type { Manifest } from '../../../src/lib/data/manifest';
import { exploreSchoolsQuery } from '../../../src/lib/data/sql/explore';
import { DISTRICT_VALUES } from '../../../src/lib/kpi/filter';
import { ENGINES, type TestEngine } from '../../helpers/engines';

const manifest = JSON.parse(readFileSync('static/data/extracts/manifest.json', 'utf8')) as Manifest;
const context = seriesContext(manifest);

describe.each(ENGINES)('explorer matrix in $name', ({ open }) => {
	let engine: TestEngine;
	beforeAll(async () => {
		engine = await open();
	});
	afterAll(() => engine.close());
	const run = <T>(q: { sql: string; params: (string | number)[] }) => engine.query<T>(q);

	it('equals an independent count for a district × phase slice', async () => {
		const filter = { districts: ['Watford', 'Dacorum'], phases: ['primary', 'secondary'] };
		const matrix = await loadExploreMatrix(run, 'good_outstanding_schools_pct', filter, DISTRICT_VALUES, context);
		expect(matrix.districts).toEqual(['Dacorum', 'Watford']);
		expect(matrix.phases).toEqual(['primary', 'secondary']);
		// Written here, not taken from the app: own grade, else the predecessor's (all are pre-2024).
		const [independent] = await engine.query<{ good: number; graded: number }>({
			sql: `SELECT count(*) FILTER (WHERE coalesce(ofsted_grade, predecessor_grade) <= 2)::INTEGER AS good,
				count(coalesce(ofsted_grade, predecessor_grade))::INTEGER AS graded
				FROM schools WHERE is_open AND is_state_funded AND district = 'Watford' AND phase = 'primary'`,
			params: []
		});
		const cell = matrix.cells[cellKey('Watford', 'primary')];
		expect(cell?.count).toBe(independent?.graded);
		expect(cell?.value).toBeCloseTo((100 * independent!.good) / independent!.graded, 9);
		// The slice differs from the whole county.
		const county = await loadExploreMatrix(run, 'good_outstanding_schools_pct', {}, DISTRICT_VALUES, context);
		expect(county.cells[cellKey(null, null)]?.count).toBe(489);
		expect(matrix.cells[cellKey(null, null)]?.count).not.toBe(489);
	});

	it('never shows a value whose count is 5 or fewer, nor one recoverable from a total', async () => {
		const matrix = await loadExploreMatrix(run, 'good_outstanding_schools_pct', {}, DISTRICT_VALUES, context);
		for (const cell of Object.values(matrix.cells)) {
			if (cell.count !== null) expect(cell.count).toBeGreaterThan(5);
			if (cell.symbol === 'c') expect(cell.value).toBeNull();
		}
		// Each district row: if exactly one phase were hidden, total − others would reveal it.
		for (const d of matrix.districts) {
			const hidden = matrix.phases.filter((p) => matrix.cells[cellKey(d, p)]?.count === null);
			const total = matrix.cells[cellKey(d, null)];
			if (total?.count !== null) expect(hidden.length).not.toBe(1);
		}
	});

	it('lists the schools of the slice', async () => {
		const rows = await engine.query<{ district: string; phase: string }>(
			exploreSchoolsQuery({ districts: ['Watford'], phases: ['primary'] })
		);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.district === 'Watford' && r.phase === 'primary')).toBe(true);
	});
});
