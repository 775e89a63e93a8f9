import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { EXTRACTS_PATH, MANIFEST_FILE, type Manifest } from '../data/manifest';
import { toPlainRow, type PlainRow } from '../data/plain-values';
import { createViewSql, type SqlQuery } from '../data/sql/query';

/** The published extracts opened in DuckDB for node: used at build time (prerender) and by tests. */
export interface NodeExtracts {
	manifest: Manifest;
	query<T = PlainRow>(query: SqlQuery): Promise<T[]>;
	close(): void;
}

/**
 * The published extracts, or (for the benchmark's national build) the ones under KPI_STATIC_DIR,
 * the same folder svelte.config.js serves as static files, so prerendered numbers and the
 * browser's always read the same extracts.
 */
export const DEFAULT_EXTRACTS_DIR = join(process.env.KPI_STATIC_DIR || 'static', EXTRACTS_PATH);

export async function openExtractsInNode(dir = DEFAULT_EXTRACTS_DIR): Promise<NodeExtracts> {
	const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	for (const entry of manifest.datasets)
		await connection.run(createViewSql(entry.dataset, join(dir, entry.file)));
	return {
		manifest,
		async query<T>(q: SqlQuery): Promise<T[]> {
			const result = await connection.runAndReadAll(q.sql, q.params);
			return result.getRowObjectsJS().map((r) => toPlainRow(r) as T);
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}
