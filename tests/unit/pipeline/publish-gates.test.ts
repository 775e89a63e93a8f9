import { existsSync, mkdtempSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../scripts/extracts/build-datasets';
import { formatProblem, InputError, ProblemLog } from '../../../scripts/extracts/lib/problems';
import { publishExtracts } from '../../../scripts/extracts/lib/publish';
import type { BuiltDataset } from '../../../scripts/extracts/lib/rows';
import { DEMO_SEED } from '../../../scripts/extracts/lib/seeded-random';
import { runPipeline } from '../../../scripts/extracts/pipeline';
import { copyOfPublished, PUBLISHED, RAW, snapshot } from './temp-copies';

/** Publishing `datasets` over a copy of the committed extracts; returns the error and the folder. */
async function publishOverCopy(datasets: BuiltDataset[]) {
	const work = mkdtempSync(join(tmpdir(), 'gate-'));
	const out = copyOfPublished(work);
	const before = snapshot(out);
	const error = await publishExtracts(datasets, out, DEMO_SEED).then(
		() => undefined,
		(e: unknown) => e
	);
	return { error, unchanged: () => expect(snapshot(out)).toEqual(before), work };
}

describe('publish gates', () => {
	let good: BuiltDataset[];
	beforeAll(async () => {
		good = await buildDatasets(RAW, DEMO_SEED, new ProblemLog());
	});
	const replace = (name: string, change: (d: BuiltDataset) => BuiltDataset) =>
		good.map((d) => (d.schema.name === name ? change(d) : d));

	it('refuses a school-level figure for a pupil group of 5 or fewer that is not suppressed', async () => {
		const attainment = good.find((d) => d.schema.name === 'attainment');
		const index = attainment?.rows.findIndex(
			(r) => r.geography_level === 'school' && typeof r.value === 'number'
		);
		expect(index).toBeGreaterThanOrEqual(0);
		const leaking = replace('attainment', (d) => ({
			...d,
			rows: d.rows.map((r, i) => (i === index ? { ...r, cohort: 4 } : r))
		}));
		const row = attainment?.rows[index ?? 0];
		const { error, unchanged } = await publishOverCopy(leaking);
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).problems.map(formatProblem)).toEqual([
			`attainment (built extract), row ${(index ?? 0) + 1}, column value: found "${String(row?.value)}"; expected no figure for URN ${String(row?.urn)} (${String(row?.key_stage)} ${String(row?.measure)} ${String(row?.academic_year)} ${String(row?.pupil_group)}): its cohort is 4, 5 or fewer pupils, so it must be published suppressed (value empty, symbol c)`
		]);
		unchanged();
	});

	it('refuses a URN that is not in the schools extract being published', async () => {
		const bad = replace('rayg_ratings', (d) => ({
			...d,
			rows: d.rows.map((r, i) => (i === 0 ? { ...r, urn: 999999 } : r))
		}));
		const { error, unchanged } = await publishOverCopy(bad);
		expect((error as InputError).problems.map(formatProblem)).toEqual([
			'rayg_ratings (built extract), row 1, column urn: found "999999"; expected a urn in the schools extract'
		]);
		unchanged();
	});

	it('leaves the published set in place when writing fails part-way, and cleans up', async () => {
		// An ORDER BY column that does not exist makes DuckDB fail after some files are staged.
		const failing = replace('kpi_commentary', (d) => ({
			...d,
			schema: { ...d.schema, orderBy: ['no_such_column'] }
		}));
		const { error, unchanged, work } = await publishOverCopy(failing);
		expect(error).toBeInstanceOf(Error);
		unchanged();
		expect(readdirSync(work)).toEqual(['extracts']);
	});

	it('puts the last good set back after a swap that was interrupted, even if this run fails', async () => {
		const work = mkdtempSync(join(tmpdir(), 'swap-'));
		const out = copyOfPublished(work);
		const before = snapshot(out);
		// As if the process died between moving the old set aside and moving the new one in.
		renameSync(out, `${out}.previous`);
		const raw = mkdtempSync(join(tmpdir(), 'raw-missing-'));
		const error = await runPipeline({ rawDir: raw, outDir: out, seed: DEMO_SEED }).then(
			() => undefined,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(InputError);
		expect(existsSync(`${out}.previous`)).toBe(false);
		expect(snapshot(out)).toEqual(before);
		expect(snapshot(PUBLISHED)).toEqual(before);
	});
});
