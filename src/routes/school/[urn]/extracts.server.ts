import { ident } from '$lib/data/sql/query';
import { openExtractsInNode, type NodeExtracts } from '$lib/server/extracts-node';

/**
 * One DuckDB connection for every school profile in a build. Nearly 600 profiles are
 * prerendered, each with a handful of small lookups: opening DuckDB per page would cost more than
 * the pages themselves. The connection is opened on first use and never closed: SvelteKit runs
 * prerendering in a worker it discards when done, which releases it.
 *
 * Each extract is also copied once into an in-memory TEMP table of the same name. DuckDB looks
 * up temp objects before the views over the Parquet files, so the same SQL (the builders in
 * school-profile.ts, which the browser and tests run against the views) now reads memory rather
 * than decoding a Parquet file per query: the per-page cost falls by about half.
 */
let opening: Promise<NodeExtracts> | undefined;

export function profileExtracts(): Promise<NodeExtracts> {
	opening ??= openExtractsInNode().then(async (extracts) => {
		for (const { dataset } of extracts.manifest.datasets) {
			const name = ident(dataset);
			await extracts.query({
				sql: `CREATE TEMP TABLE ${name} AS SELECT * FROM main.${name}`,
				params: []
			});
		}
		return extracts;
	});
	return opening;
}
