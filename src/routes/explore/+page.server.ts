import { loadExploreMatrix } from '$lib/data/explore-matrix';
import { seriesContext } from '$lib/data/kpi-runner';
import { exploreSchoolsQuery, type ExploreSchoolRow } from '$lib/data/sql/explore';
import { DISTRICT_VALUES } from '$lib/kpi/filter';
import { openExtractsInNode } from '$lib/server/extracts-node';
import type { PageServerLoad } from './$types';
import { DEFAULT_KPI } from './explore';

/** Prerenders the default view (whole county, default measure); the rest runs in the browser. */
export const load: PageServerLoad = async () => {
	const extracts = await openExtractsInNode();
	try {
		const context = seriesContext(extracts.manifest);
		return {
			matrix: await loadExploreMatrix(extracts.query, DEFAULT_KPI, {}, DISTRICT_VALUES, context),
			schools: await extracts.query<ExploreSchoolRow>(exploreSchoolsQuery({})),
			asAt: context.asAt
		};
	} finally {
		extracts.close();
	}
};
