import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriesContext } from '../../../src/lib/data/kpi-runner';
import type { Manifest } from '../../../src/lib/data/manifest';
import { loadPageData, type PageData, type PageSpec } from '../../../src/lib/data/page-data';
import type { KpiFilter } from '../../../src/lib/kpi/filter';
import { a4eSpec } from '../../../src/routes/aiming-for-excellence/spec';
import { closingTheGapSpec } from '../../../src/routes/closing-the-gap/spec';
import { goodSchoolsSpec } from '../../../src/routes/good-schools/spec';
import { sendSpec } from '../../../src/routes/send/spec';
import { ENGINES, type TestEngine } from '../../helpers/engines';

const manifest = JSON.parse(readFileSync('static/data/extracts/manifest.json', 'utf8')) as Manifest;
const context = seriesContext(manifest);
const SPECS: [string, PageSpec][] = [
	['good-schools', goodSchoolsSpec],
	['closing-the-gap', closingTheGapSpec],
	['send', sendSpec],
	['aiming-for-excellence', a4eSpec]
];
const FILTERS: KpiFilter[] = [{}, { districts: ['Watford', 'Dacorum'], phases: ['primary'] }];
const AS_OF = '2026-11-23';

/** Numbers compared to 9 places; everything else exactly. */
function normalise(data: PageData): unknown {
	return JSON.parse(
		JSON.stringify(data, (_k, v: unknown) =>
			typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(9)) : v
		)
	);
}

describe('every theme page spec runs on the real extracts', () => {
	const engines: TestEngine[] = [];
	beforeAll(async () => {
		for (const e of ENGINES) engines.push(await e.open());
	});
	afterAll(() => engines.forEach((e) => e.close()));

	it.each(
		SPECS.flatMap(([name, spec]) => FILTERS.map((f) => [name, JSON.stringify(f), spec, f] as const))
	)('%s with filter %s: every part loads, and both engines agree', async (_n, _f, spec, filter) => {
			const results = await Promise.all(
				engines.map((e) => loadPageData((q) => e.query(q), spec, filter, context, AS_OF))
			);
			for (const data of results) {
				const failed = [...Object.entries(data.kpis), ...Object.entries(data.tables)].filter(
					([, part]) => !part.ok
				);
				expect(failed).toEqual([]);
			}
			expect(normalise(results[1]!)).toEqual(normalise(results[0]!));
	});

	it('good/outstanding by district: Watford 34 of 38 (hand count)', async () => {
		const data = await loadPageData((q) => engines[0]!.query(q), goodSchoolsSpec, {}, context, AS_OF);
		const part = data.tables.byDistrict;
		const watford = part?.ok ? part.value.find((r) => r.district === 'Watford') : undefined;
		expect([watford?.good_outstanding, watford?.graded]).toEqual([34, 38]);
	});

	it('school-level rows never carry a figure for 5 or fewer pupils', async () => {
		const data = await loadPageData((q) => engines[0]!.query(q), closingTheGapSpec, {}, context, AS_OF);
		const part = data.tables.schools;
		expect(part?.ok).toBe(true);
		const rows = part?.ok ? part.value : [];
		expect(rows.length).toBe(377);
		for (const row of rows)
			for (const group of ['all', 'disadvantaged', 'other']) {
				const cohort = row[`${group}_cohort`];
				if (typeof cohort === 'number') expect(cohort).toBeGreaterThan(5);
				if (row[`${group}_symbol`] === 'c') expect(row[`${group}_value`]).toBeNull();
			}
	});
});
