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
import { createViewSql, type SqlQuery } from './sql/query';

export interface BrowserDatabase {
	manifest: Manifest;
	query<T = PlainRow>(query: SqlQuery): Promise<T[]>;
}

let database: Promise<BrowserDatabase> | null = null;

/** Starts DuckDB on first call and returns the same instance ever after. */
export function getBrowserDatabase(basePath: string): Promise<BrowserDatabase> {
	database ??= startDatabase(basePath).catch((error: unknown) => {
		database = null; // let a later interaction try again
		throw error;
	});
	return database;
}

async function startDatabase(basePath: string): Promise<BrowserDatabase> {
	// Imported here, not at the top, so prerendering never loads the wasm bundle.
	const [duckdb, wasm, worker] = await Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	const extractsUrl = new URL(`${basePath}/${EXTRACTS_PATH}/`, window.location.href);
	const manifestResponse = await fetch(new URL(MANIFEST_FILE, extractsUrl));
	if (!manifestResponse.ok)
		throw new Error(`Could not load the extracts manifest (HTTP ${manifestResponse.status}).`);
	const manifest = (await manifestResponse.json()) as Manifest;

	const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(worker.default));
	await db.instantiate(wasm.default);
	const connection: AsyncDuckDBConnection = await db.connect();
	// Guards: never try to fetch extensions from the internet.
	await connection.query('SET autoinstall_known_extensions=false');
	await connection.query('SET autoload_known_extensions=false');
	for (const entry of manifest.datasets) {
		const url = new URL(entry.file, extractsUrl).href;
		await db.registerFileURL(entry.file, url, duckdb.DuckDBDataProtocol.HTTP, false);
		await connection.query(createViewSql(entry.dataset, entry.file));
	}

	return {
		manifest,
		async query<T>(q: SqlQuery): Promise<T[]> {
			if (q.params.length === 0) return arrowToRows<T>(await connection.query(q.sql));
			const statement = await connection.prepare(q.sql);
			try {
				return arrowToRows<T>(await statement.query(...q.params));
			} finally {
				await statement.close();
			}
		}
	};
}
