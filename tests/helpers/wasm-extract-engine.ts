import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { arrowToRows, type ArrowTableLike } from '../../src/lib/data/arrow-rows';
import type { ExtractEngine } from '../../src/lib/data/extract-loader';
import type { PlainRow } from '../../src/lib/data/plain-values';

interface BlockingDb {
	instantiate(progress: () => void): Promise<void>;
	connect(): { query(sql: string): ArrowTableLike; close(): void };
	registerFileBuffer(name: string, bytes: Uint8Array): void;
	dropFile(name: string): void;
}

/**
 * An empty duckdb-wasm 1.28 database (DuckDB 0.9.1, the browser's engine, in its node build)
 * behind the loader's ExtractEngine interface, with nothing registered: the loader under test
 * adds what it accepts. `files()` lists what is registered, to show a refused file left nothing.
 */
export async function openBlankWasmEngine(): Promise<
	ExtractEngine & { query(sql: string): PlainRow[]; files(): string[]; close(): void }
> {
	const require = createRequire(import.meta.url);
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = resolve('node_modules/@duckdb/duckdb-wasm/dist');
	const db = (await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	)) as BlockingDb;
	await db.instantiate(() => {});
	const connection = db.connect();
	const registered = new Set<string>();
	const query = (sql: string) => arrowToRows<PlainRow>(connection.query(sql));
	return {
		async registerFile(name, bytes) {
			db.registerFileBuffer(name, bytes);
			registered.add(name);
		},
		async dropFile(name) {
			db.dropFile(name);
			registered.delete(name);
		},
		async run(sql) {
			return query(sql);
		},
		query,
		files: () => [...registered],
		close: () => connection.close()
	};
}
