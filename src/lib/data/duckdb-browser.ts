/**
 * DuckDB in the browser. Nothing else in the app touches duckdb-wasm: pages ask for
 * `getBrowserDatabase()` and run `SqlQuery` objects through it.
 *
 * Engine: duckdb-wasm 1.28 (DuckDB 0.9.1), whose wasm has the Parquet reader built in, so reading
 * the extracts needs no extension download and no request leaves the site's origin (see
 * docs/decisions/0002-duckdb-wasm-1.28.md). The wasm and worker are served from our own build.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { arrowToRows } from './arrow-rows';
import { EXTRACTS_PATH, MANIFEST_FILE, type Manifest } from './manifest';
import type { PlainRow } from './plain-values';
import { createTableSql, type SqlQuery } from './sql/query';

export interface BrowserDatabase {
	manifest: Manifest;
	query<T = PlainRow>(query: SqlQuery): Promise<T[]>;
}

let database: Promise<BrowserDatabase> | null = null;

/** The manifest, then every extract it lists, fetched in parallel. */
async function fetchExtracts(extractsUrl: URL): Promise<{ manifest: Manifest; files: Uint8Array[] }> {
	const response = await fetch(new URL(MANIFEST_FILE, extractsUrl));
	if (!response.ok)
		throw new Error(`Could not load the extracts manifest (HTTP ${response.status}).`);
	const manifest = (await response.json()) as Manifest;
	const files = await Promise.all(
		manifest.datasets.map(async (entry) => {
			const file = await fetch(new URL(entry.file, extractsUrl));
			if (!file.ok) throw new Error(`Could not load ${entry.file} (HTTP ${file.status}).`);
			return new Uint8Array(await file.arrayBuffer());
		})
	);
	return { manifest, files };
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
	// The extracts are small next to the engine (160 kB at county scale, 2 MB at national), so
	// they are fetched whole, in parallel, while the wasm compiles, and copied into in-memory
	// tables once. Reading Parquet over HTTP per query instead cost several range requests and
	// a ZSTD decode on every filter change (see bench/README.md).
	const manifestAndFiles = fetchExtracts(extractsUrl);
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
	const { manifest, files } = await manifestAndFiles;
	for (const [i, entry] of manifest.datasets.entries())
		await db.registerFileBuffer(entry.file, files[i] as Uint8Array);
	await connection.query(manifest.datasets.map((e) => createTableSql(e.dataset, e.file)).join(';\n'));
	for (const entry of manifest.datasets) await db.dropFile(entry.file);

	return {
		manifest,
		async query<T>(q: SqlQuery): Promise<T[]> {
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
