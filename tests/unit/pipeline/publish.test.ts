import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../scripts/extracts/lib/problems';
import { sha256 } from '../../../scripts/extracts/lib/publish';
import { DEMO_SEED } from '../../../scripts/extracts/lib/seeded-random';
import { runPipeline as run } from '../../../scripts/extracts/pipeline';
import type { Manifest } from '../../../src/lib/data/manifest';

const readManifest = (dir: string) =>
	JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

const runPipeline = (rawDir: string, outDir: string): Promise<Manifest> =>
	run({ rawDir, outDir, seed: DEMO_SEED });

/** Byte-level snapshot of a folder: file name → SHA-256. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(readdirSync(dir).map((f) => [f, sha256(join(dir, f))]));
}

describe('the extract pipeline', () => {
	const work = mkdtempSync(join(tmpdir(), 'extracts-'));
	let first: Manifest;
	let second: Manifest;

	beforeAll(async () => {
		first = await runPipeline('data/raw', join(work, 'a'));
		second = await runPipeline('data/raw', join(work, 'b'));
	});

	it('gives byte-identical extracts when run twice', () => {
		expect(first.datasets.length).toBeGreaterThan(4);
		expect(second.datasets.map((d) => [d.file, d.sha256])).toEqual(
			first.datasets.map((d) => [d.file, d.sha256])
		);
		expect(snapshot(join(work, 'b'))).toEqual(snapshot(join(work, 'a')));
	});

	it('writes a manifest whose checksums and row counts describe the files beside it', () => {
		for (const d of first.datasets) {
			expect(sha256(join(work, 'a', d.file))).toBe(d.sha256);
			expect(d.rows).toBeGreaterThan(0);
			expect(d.as_at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(d.source.length).toBeGreaterThan(10);
		}
	});

	it('flags every generated dataset illustrative and every public one not', () => {
		const publicSets = [
			'schools',
			'attainment',
			'ehcp_timeliness',
			'statistical_neighbours',
			'published_comparators'
		];
		for (const d of first.datasets)
			expect([d.dataset, d.illustrative]).toEqual([d.dataset, !publicSets.includes(d.dataset)]);
	});

	it('matches the extracts committed in static/data/extracts (they are up to date)', () => {
		const committed = readManifest('static/data/extracts');
		expect(committed.datasets.map((d) => [d.file, d.sha256])).toEqual(
			first.datasets.map((d) => [d.file, d.sha256])
		);
	});

	it('refuses to publish bad input, names the problem, and leaves the published set untouched', async () => {
		const raw = mkdtempSync(join(tmpdir(), 'raw-bad-'));
		cpSync('data/raw', raw, { recursive: true });
		const sen2 = join(raw, 'dfe', 'sen2_timeliness_hertfordshire_2019-2024.csv');
		const text = readFileSync(sen2, 'utf8').replace(',1781.0,984.0,55.2', ',1781.0,1984.0,55.2');
		writeFileSync(sen2, text);
		const before = snapshot(join(work, 'a'));
		const error = await runPipeline(raw, join(work, 'a')).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).message).toContain(
			'sen2_timeliness_hertfordshire_2019-2024.csv, row 7, column n_within_20w: found "1984"; expected no more than n_plans_issued (1781)'
		);
		expect(snapshot(join(work, 'a'))).toEqual(before);
	});
});
