import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { MANIFEST_FILE, type Manifest, type ManifestEntry } from '../../../src/lib/data/manifest';
import { writeParquet } from './parquet-writer';
import { InputError, type InputProblem } from './problems';
import type { BuiltDataset } from './rows';
import { validateRows } from './validate-rows';

export function sha256(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Reads every written file back with DuckDB: row count and columns must match what was meant. */
async function verifyStaged(dir: string, entries: ManifestEntry[]): Promise<InputProblem[]> {
	const problems: InputProblem[] = [];
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		for (const entry of entries) {
			const path = join(dir, entry.file).replace(/'/g, "''");
			const count = await connection.runAndReadAll(
				`SELECT count(*)::INTEGER AS n FROM read_parquet('${path}')`
			);
			const n = count.getRowObjects()[0]?.n;
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
 * Publishes atomically: every dataset is validated, written to a staging folder and read back;
 * only if all of that passes does the staging folder replace the published one. On any problem
 * the published extracts are left exactly as they were.
 */
export async function publishExtracts(
	datasets: BuiltDataset[],
	outDir: string,
	demoSeed: number
): Promise<Manifest> {
	const problems = datasets.flatMap((d) => validateRows(d.schema, d.rows));
	for (const d of datasets)
		if (!/^\d{4}-\d{2}-\d{2}$/.test(d.asAt))
			problems.push({ file: d.schema.name, value: d.asAt, expected: 'an as-at date YYYY-MM-DD' });
	if (problems.length) throw new InputError(problems);

	const target = resolve(outDir);
	const staging = `${target}.staging`;
	const previous = `${target}.previous`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });

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
				title: d.schema.title,
				as_at: d.asAt,
				rows: d.rows.length,
				bytes: readFileSync(path).byteLength,
				sha256: sha256(path),
				source: d.source,
				illustrative: d.schema.illustrative,
				columns: d.schema.columns.map((c) => ({ name: c.name, type: c.type }))
			});
		}
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	const verification = await verifyStaged(staging, entries);
	if (verification.length) {
		rmSync(staging, { recursive: true, force: true });
		throw new InputError(verification);
	}
	const manifest: Manifest = { manifest_version: 1, demo_seed: demoSeed, datasets: entries };
	writeFileSync(join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, '\t') + '\n');

	rmSync(previous, { recursive: true, force: true });
	if (existsSync(target)) renameSync(target, previous);
	renameSync(staging, target);
	rmSync(previous, { recursive: true, force: true });
	return manifest;
}
