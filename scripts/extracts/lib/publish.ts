import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { MANIFEST_FILE, type Manifest, type ManifestEntry } from '../../../src/lib/data/manifest';
import { writeParquet } from './parquet-writer';
import { InputError, type InputProblem } from './problems';
import type { BuiltDataset } from './rows';
import { publishedSetProblems } from '../validate/published-set';

export function sha256(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Reads every written file back with DuckDB, decoding every value (not just the footer's row
 * count): row count and columns must match what was meant.
 */
async function verifyStaged(dir: string, entries: ManifestEntry[]): Promise<InputProblem[]> {
	const problems: InputProblem[] = [];
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		for (const entry of entries) {
			const path = join(dir, entry.file).replace(/'/g, "''");
			const all = await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`);
			const n = all.currentRowCount;
			if (n !== entry.rows)
				problems.push({
					file: entry.file,
					value: String(n),
					expected: `${entry.rows} rows as built`
				});
			const described = await connection.runAndReadAll(
				`DESCRIBE SELECT * FROM read_parquet('${path}')`
			);
			const actual = described.getRowObjects().map((r) => `${r.column_name} ${r.column_type}`);
			const expected = entry.columns.map((c) => `${c.name} ${c.type}`);
			if (actual.join(',') !== expected.join(','))
				problems.push({
					file: entry.file,
					value: actual.join(', '),
					expected: expected.join(', ')
				});
		}
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	return problems;
}

/**
 * A swap interrupted between its two renames (power cut, killed process) leaves no published
 * folder and the last good set in `.previous`. Put it back before anything else happens, so the
 * site never builds from nothing and the manifest still describes the files beside it.
 */
export function recoverInterruptedSwap(outDir: string): void {
	const target = resolve(outDir);
	const previous = `${target}.previous`;
	if (!existsSync(target) && existsSync(join(previous, MANIFEST_FILE)))
		renameSync(previous, target);
}

/** Replaces `target` by `staging` with two renames; on failure the old set goes back in place. */
function swapIn(staging: string, target: string, previous: string): void {
	rmSync(previous, { recursive: true, force: true });
	const hadTarget = existsSync(target);
	if (hadTarget) renameSync(target, previous);
	try {
		renameSync(staging, target);
	} catch (error) {
		if (hadTarget) renameSync(previous, target);
		throw error;
	}
	rmSync(previous, { recursive: true, force: true });
}

/**
 * Publishes atomically: every dataset is validated, written to a staging folder and read back;
 * only if all of that passes does the staging folder replace the published one. On any problem
 * the published extracts are left exactly as they were.
 */
export async function publishExtracts(
	datasets: BuiltDataset[],
	outDir: string,
	demoSeed: number
): Promise<Manifest> {
	const target = resolve(outDir);
	const staging = `${target}.staging`;
	const previous = `${target}.previous`;
	recoverInterruptedSwap(target);

	const problems = publishedSetProblems(datasets);
	if (problems.length) throw new InputError(problems);

	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });

	try {
		const entries = await writeStaged(datasets, staging);
		const verification = await verifyStaged(staging, entries);
		if (verification.length) throw new InputError(verification);
		const manifest: Manifest = { manifest_version: 1, demo_seed: demoSeed, datasets: entries };
		writeFileSync(join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, '\t') + '\n');
		swapIn(staging, target, previous);
		return manifest;
	} finally {
		// Whatever happened, no half-written staging folder is left behind.
		rmSync(staging, { recursive: true, force: true });
	}
}

async function writeStaged(datasets: BuiltDataset[], staging: string): Promise<ManifestEntry[]> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	const entries: ManifestEntry[] = [];
	try {
		for (const d of datasets) {
			const file = `${d.schema.name}.parquet`;
			const path = join(staging, file);
			await writeParquet(connection, d.schema, d.rows, path);
			entries.push({
				dataset: d.schema.name,
				file,
				title: d.title ?? d.schema.title,
				as_at: d.asAt,
				rows: d.rows.length,
				bytes: readFileSync(path).byteLength,
				sha256: sha256(path),
				source: d.source,
				illustrative: d.illustrative ?? d.schema.illustrative,
				columns: d.schema.columns.map((c) => ({ name: c.name, type: c.type }))
			});
		}
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	return entries;
}
