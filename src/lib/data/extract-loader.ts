import { formatCount } from '../format/numbers';
import { checksumProblem } from './checksum';
import { DatasetUnavailableError } from './dataset-error';
import type { Manifest, ManifestEntry } from './manifest';
import type { PlainRow } from './plain-values';
import { schemaProblem, type DescribedColumn } from './schema-check';
import { datasetsIn } from './sql/datasets-in';
import { ident } from './sql/query';

/** The few things the loader needs from DuckDB, so the tests can give it duckdb-wasm in node. */
export interface ExtractEngine {
	/** Hands the bytes to DuckDB under `name` (they may be transferred, so not used after). */
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	dropFile(name: string): Promise<void>;
	run(sql: string): Promise<PlainRow[]>;
}

export interface ExtractLoaderOptions {
	manifest: Manifest;
	/** The folder the manifest came from; each entry's `file` is resolved against it. */
	baseUrl: URL;
	engine: ExtractEngine;
	fetch?: typeof fetch;
}

export interface ExtractLoader {
	/**
	 * Loads every dataset the SQL reads (each once, in parallel) and resolves when all are usable;
	 * otherwise rejects with the DatasetUnavailableError of the first that is not, in manifest
	 * order, so the same query always names the same dataset.
	 */
	requireFor(sql: string): Promise<void>;
	/** Starts loading what these queries read, for a warm-up; failures wait for requireFor. */
	prefetchFor(sqls: readonly string[]): void;
}

/**
 * Each dataset loads on its own and only when a query needs it: fetch the whole file, check its
 * length and SHA-256 against the manifest, hand the bytes to DuckDB, check the columns and row
 * count DuckDB reads against the manifest, and only then create the table queries use, named
 * after the dataset. A file that fails any step never gets a table, so nothing is ever read
 * from a missing, partial or altered file, and every other dataset carries on.
 */
export function createExtractLoader(options: ExtractLoaderOptions): ExtractLoader {
	const { manifest, baseUrl, engine } = options;
	const fetchFile = options.fetch ?? ((input, init) => fetch(input, init));
	const names = manifest.datasets.map((e) => e.dataset);
	const loads = new Map<string, Promise<void>>();

	function load(entry: ManifestEntry): Promise<void> {
		let loading = loads.get(entry.dataset);
		if (!loading) {
			loading = loadExtract(entry, baseUrl, engine, fetchFile).catch((error: unknown) => {
				// A dropped connection may come back; a file that failed its checks will not.
				if (error instanceof DatasetUnavailableError && error.transient)
					loads.delete(entry.dataset);
				throw error;
			});
			// Prefetches may never be awaited; the failure is reported to whoever needs the data.
			loading.catch(() => undefined);
			loads.set(entry.dataset, loading);
		}
		return loading;
	}

	// In manifest order, so a query that needs two broken datasets always names the same one.
	const entriesFor = (sql: string) => {
		const found = new Set(datasetsIn(sql, names));
		return manifest.datasets.filter((e) => found.has(e.dataset));
	};

	return {
		async requireFor(sql) {
			const needed = entriesFor(sql);
			const results = await Promise.allSettled(needed.map(load));
			const failed = results.find((r) => r.status === 'rejected');
			if (failed) throw failed.reason;
		},
		prefetchFor(sqls) {
			for (const sql of sqls) for (const entry of entriesFor(sql)) void load(entry);
		}
	};
}

// Published files are `<dataset>.parquet` beside the manifest, and a dataset's name is a plain
// SQL name (the rule ident() applies); a manifest entry that says otherwise is not ours.
const DATASET_NAME = /^[a-z_][a-z0-9_]*$/;

async function loadExtract(
	entry: ManifestEntry,
	baseUrl: URL,
	engine: ExtractEngine,
	fetchFile: typeof fetch
): Promise<void> {
	const fail = (reason: string, transient = false) =>
		new DatasetUnavailableError(entry.dataset, reason, transient);
	if (!DATASET_NAME.test(entry.dataset) || entry.file !== `${entry.dataset}.parquet`)
		throw fail('its entry in the manifest is not valid');

	let response: Response;
	try {
		response = await fetchFile(new URL(entry.file, baseUrl));
	} catch {
		throw fail('the file could not be downloaded (network error)', true);
	}
	if (response.status === 404) throw fail('the file is missing (HTTP 404)');
	if (!response.ok)
		throw fail(`the server did not send it (HTTP ${response.status})`, response.status >= 500);
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await response.arrayBuffer());
	} catch {
		throw fail('the download was interrupted (network error)', true);
	}

	const damaged = await checksumProblem(entry, bytes);
	if (damaged) throw fail(damaged);

	const parquet = `read_parquet('${entry.file}')`; // a plain name: checked above
	try {
		await engine.registerFile(entry.file, bytes);
		let columns: DescribedColumn[];
		let rows: number;
		try {
			columns = (await engine.run(`DESCRIBE SELECT * FROM ${parquet}`)).map((c) => ({
				column_name: String(c.column_name),
				column_type: String(c.column_type)
			}));
			const [count] = await engine.run(`SELECT count(*)::INTEGER AS n FROM ${parquet}`);
			rows = Number(count?.n);
		} catch {
			throw fail('the file is not a Parquet file DuckDB can read');
		}
		const mismatch = schemaProblem(entry.columns, columns);
		if (mismatch) throw fail(mismatch);
		if (rows !== entry.rows)
			throw fail(`it has ${formatCount(rows)} rows; the manifest says ${formatCount(entry.rows)}`);
		// One statement copies the whole file into a table, so the name queries use exists only
		// once every row is in. Queries then read DuckDB's own columns instead of decoding the
		// Parquet file each time (a filter change takes half the time or less), and the
		// downloaded bytes can go.
		await engine.run(`CREATE TABLE ${ident(entry.dataset)} AS SELECT * FROM ${parquet}`);
	} catch (error) {
		if (error instanceof DatasetUnavailableError) throw error;
		throw fail(`DuckDB could not read it (${error instanceof Error ? error.message : error})`);
	} finally {
		await engine.dropFile(entry.file).catch(() => undefined);
	}
}
