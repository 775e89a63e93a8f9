import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ArrowTableLike } from '../../src/lib/data/arrow-rows';
import { arrowToRows } from '../../src/lib/data/arrow-rows';
import { MANIFEST_FILE, type Manifest } from '../../src/lib/data/manifest';
import { createViewSql, type SqlQuery } from '../../src/lib/data/sql/query';
import { openExtractsInNode } from '../../src/lib/server/extracts-node';

/** A DuckDB engine with the published extracts registered as views, as the app sees them. */
export interface TestEngine {
	name: string;
	query<T>(q: SqlQuery): Promise<T[]>;
	close(): void;
}

export const EXTRACTS_DIR = resolve('static/data/extracts');

/** DuckDB 1.5 through @duckdb/node-api: what the build uses to prerender. */
export async function openNodeApiEngine(dir = EXTRACTS_DIR): Promise<TestEngine> {
	const extracts = await openExtractsInNode(dir);
	return { name: '@duckdb/node-api', query: extracts.query, close: extracts.close };
}

interface WasmConnection {
	query(sql: string): ArrowTableLike;
	prepare(sql: string): { query(...params: unknown[]): ArrowTableLike; close(): void };
	close(): void;
}

/**
 * DuckDB 0.9.1 through duckdb-wasm's own node build: the same engine the browser runs, so SQL
 * that only works on newer DuckDB fails here rather than in front of a user.
 */
export async function openWasmEngine(dir = EXTRACTS_DIR): Promise<TestEngine> {
	const require = createRequire(import.meta.url);
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = resolve('node_modules/@duckdb/duckdb-wasm/dist');
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate(() => {});
	const connection = db.connect() as WasmConnection;
	const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
	for (const entry of manifest.datasets) {
		db.registerFileURL(entry.file, join(dir, entry.file), duckdb.DuckDBDataProtocol.NODE_FS, false);
		connection.query(createViewSql(entry.dataset, entry.file));
	}
	return {
		name: 'duckdb-wasm 1.28 (DuckDB 0.9.1)',
		async query<T>(q: SqlQuery): Promise<T[]> {
			if (q.params.length === 0) return arrowToRows<T>(connection.query(q.sql));
			const statement = connection.prepare(q.sql);
			try {
				return arrowToRows<T>(statement.query(...q.params));
			} finally {
				statement.close();
			}
		},
		close() {
			connection.close();
		}
	};
}

export const ENGINES = [
	{ name: '@duckdb/node-api', open: openNodeApiEngine },
	{ name: 'duckdb-wasm', open: openWasmEngine }
];
