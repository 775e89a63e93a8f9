/**
 * DuckDB in the browser. Nothing else in the app touches duckdb-wasm: pages ask for
 * `getBrowserDatabase()` and run `SqlQuery` objects through it.
 *
 * Engine: duckdb-wasm 1.28 (DuckDB 0.9.1), whose wasm has the Parquet reader built in, so reading
 * the extracts needs no extension download and no request leaves the site's origin (see
 * docs/decisions/0002-duckdb-wasm-1.28.md). The wasm and worker are served from our own build.
 *
 * Extracts load one dataset at a time, when a query first reads it, and only after their bytes
 * match the manifest (extract-loader.ts; docs/decisions/0011-dataset-loading-and-csp.md), so a
 * missing or damaged file fails the queries that read it and nothing else.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { arrowToRows } from './arrow-rows';
import { createExtractLoader } from './extract-loader';
import { EXTRACTS_PATH, MANIFEST_FILE, type Manifest } from './manifest';
import type { PlainRow } from './plain-values';
import type { SqlQuery } from './sql/query';

export interface BrowserDatabase {
	manifest: Manifest;
	/** Rejects with a DatasetUnavailableError when a dataset the query reads cannot be used. */
	query<T = PlainRow>(query: SqlQuery): Promise<T[]>;
	/** Starts loading the datasets these queries read (a warm-up); never rejects. */
	prefetch(queries: readonly SqlQuery[]): void;
}

let database: Promise<BrowserDatabase> | null = null;

/** The manifest: what is published, with each file's length, checksum and columns. */
async function fetchManifest(extractsUrl: URL): Promise<Manifest> {
	const response = await fetch(new URL(MANIFEST_FILE, extractsUrl));
	if (!response.ok)
		throw new Error(`Could not load the extracts manifest (HTTP ${response.status}).`);
	return (await response.json().catch(() => {
		throw new Error('The extracts manifest is not valid JSON.');
	})) as Manifest;
}

/** Starts DuckDB on first call and returns the same instance ever after. */
export function getBrowserDatabase(basePath: string): Promise<BrowserDatabase> {
	database ??= startDatabase(basePath).catch((error: unknown) => {
		database = null; // let a later interaction try again
		throw error;
	});
	return database;
}

async function startDatabase(basePath: string): Promise<BrowserDatabase> {
	const extractsUrl = new URL(`${basePath}/${EXTRACTS_PATH}/`, window.location.href);
	// The manifest is fetched while the engine loads. Extracts are then fetched, checked and copied
	// into in-memory tables one dataset at a time, when a query first reads them (or the page's
	// idle warm-up prefetches them): reading Parquet over HTTP per query instead cost several range
	// requests and a ZSTD decode on every filter change (see bench/README.md).
	const manifestPromise = fetchManifest(extractsUrl);
	// Imported here, not at the top, so prerendering never loads the wasm bundle.
	const [duckdb, wasm, worker] = await Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(worker.default));
	await db.instantiate(wasm.default);
	const connection: AsyncDuckDBConnection = await db.connect();
	// Guards: never try to fetch extensions from the internet.
	await connection.query('SET autoinstall_known_extensions=false');
	await connection.query('SET autoload_known_extensions=false');
	const manifest = await manifestPromise;
	const extracts = createExtractLoader({
		manifest,
		baseUrl: extractsUrl,
		engine: {
			registerFile: (name, bytes) => db.registerFileBuffer(name, bytes),
			dropFile: async (name) => void (await db.dropFile(name)),
			run: async (sql) => arrowToRows(await connection.query(sql))
		}
	});

	return {
		manifest,
		prefetch: (queries) => extracts.prefetchFor(queries.map((q) => q.sql)),
		async query<T>(q: SqlQuery): Promise<T[]> {
			await extracts.requireFor(q.sql);
			if (q.params.length === 0) return arrowToRows<T>(await connection.query(q.sql));
			// Not kept for reuse: each prepared statement holds its own memory in the wasm heap,
			// and keeping one per distinct SQL text ran the explorer out of memory (3.4 GB) within
			// about 60 filter changes.
			const statement = await connection.prepare(q.sql);
			try {
				return arrowToRows<T>(await statement.query(...q.params));
			} finally {
				await statement.close();
			}
		}
	};
}
