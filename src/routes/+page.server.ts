import { evaluateKpis, seriesContext, todayIso } from '$lib/data/kpi-runner';
import { loadOverviewHeadlines } from '$lib/data/overview-queries';
import { schoolSliceOptionsQuery } from '$lib/data/sql/good-outstanding';
import { openExtractsInNode } from '$lib/server/extracts-node';
import type { PageServerLoad } from './$types';
import { OVERVIEW_KPIS } from './overview-kpis';

/**
 * Runs at build time only (the page is prerendered): the headline numbers are computed from the
 * published extracts with the same SQL the browser runs, so they are in the HTML and appear
 * without waiting for DuckDB to start in the browser.
 */
export const load: PageServerLoad = async () => {
	const extracts = await openExtractsInNode();
	try {
		const headlines = await loadOverviewHeadlines(extracts.query, extracts.manifest);
		const options = await extracts.query<{ kind: string; value: string }>(
			schoolSliceOptionsQuery()
		);
		const asOf = todayIso();
		const evaluations = await evaluateKpis(
			extracts.query,
			OVERVIEW_KPIS,
			{},
			seriesContext(extracts.manifest),
			asOf
		);
		return {
			asOf,
			evaluations,
			datasetAsAt: headlines.asAt,
			headlines,
			districts: options.filter((o) => o.kind === 'district').map((o) => o.value),
			phases: options.filter((o) => o.kind === 'phase').map((o) => o.value)
		};
	} finally {
		extracts.close();
	}
};
