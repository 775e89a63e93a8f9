import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetsIn } from '../../../src/lib/data/sql/datasets-in';
import { createViewSql, type SqlQuery } from '../../../src/lib/data/sql/query';
import type { KpiFilter } from '../../../src/lib/kpi/filter';
import { browserQueries, MANIFEST } from '../../helpers/browser-queries';

const NAMES = MANIFEST.datasets.map((d) => d.dataset);

describe('datasetsIn', () => {
	it.each([
		['a plain FROM and JOIN', 'SELECT * FROM schools s JOIN rayg_ratings r ON r.urn = s.urn', ['schools', 'rayg_ratings']],
		['a qualified column is not a dataset', 'SELECT r.schools FROM attainment r', ['attainment']],
		['an alias is not a dataset', 'SELECT count(*) AS schools FROM rayg_ratings', ['rayg_ratings']],
		['names in strings and comments are not read', "SELECT 'schools' -- schools\n/* attainment */ FROM ehcp_monthly", ['ehcp_monthly']],
		['an escaped quote does not end the string', "SELECT 'it''s schools' FROM kpi_commentary", ['kpi_commentary']],
		['quoted identifiers and any case', 'SELECT * FROM "Schools", ATTAINMENT', ['schools', 'attainment']],
		['a longer name that contains one is not it', 'SELECT * FROM schools_causing_concern', ['schools_causing_concern']],
		['a subquery in a filter', 'SELECT * FROM a4e_licences WHERE urn IN (SELECT urn FROM schools)', ['a4e_licences', 'schools']]
	])('%s', (_name, sql, expected) => {
		expect(datasetsIn(sql, NAMES).sort()).toEqual([...expected].sort());
	});
});

/**
 * The browser loads only what datasetsIn finds, so it must find everything a query reads: each
 * query the pages run (captured from the pages' own loaders) is run in DuckDB with views for
 * only those datasets. It must also not find more than the query reads, or a broken extract
 * would fail parts that do not use it: dropping any one of them must break the query.
 */
describe('every query the browser runs reads exactly the datasets datasetsIn finds', () => {
	let instance: DuckDBInstance;
	let connection: DuckDBConnection;
	beforeAll(async () => {
		instance = await DuckDBInstance.create(':memory:');
		connection = await instance.connect();
	});
	afterAll(() => {
		connection.closeSync();
		instance.closeSync();
	});

	async function runsWith(datasets: readonly string[], query: SqlQuery): Promise<boolean> {
		for (const name of NAMES) await connection.run(`DROP VIEW IF EXISTS ${name}`);
		for (const entry of MANIFEST.datasets.filter((d) => datasets.includes(d.dataset)))
			await connection.run(
				createViewSql(entry.dataset, join('static/data/extracts', entry.file))
			);
		try {
			await connection.run(query.sql, query.params);
			return true;
		} catch (error) {
			if (/Catalog Error/.test(String(error))) return false;
			throw error;
		}
	}

	const FILTERS: KpiFilter[] = [
		{},
		{ districts: ['Watford'], phases: ['primary'], years: ['2024/25'] },
		{ governance: ['academy'], rayg: ['red', 'amber'], sizeBands: ['large'] }
	];

	it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('filter %s', async (_f, filter) => {
		const unique = new Map<string, { where: string; query: SqlQuery }>();
		for (const q of await browserQueries(filter)) unique.set(q.query.sql, q);
		const missing: string[] = [];
		const extra: string[] = [];
		for (const { where, query } of unique.values()) {
			const found = datasetsIn(query.sql, NAMES);
			if (!(await runsWith(found, query))) missing.push(`${where}: found only ${found}`);
			for (const name of found)
				if (await runsWith(found.filter((d) => d !== name), query))
					extra.push(`${where}: does not read ${name}`);
		}
		expect(missing).toEqual([]);
		expect(extra).toEqual([]);
		expect(unique.size).toBeGreaterThan(40);
	});
});
