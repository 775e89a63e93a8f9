import { readFileSync } from 'node:fs';
import { loadExploreMatrix } from '../../src/lib/data/explore-matrix';
import { seriesContext } from '../../src/lib/data/kpi-runner';
import type { Manifest } from '../../src/lib/data/manifest';
import { loadPageData, type PageSpec } from '../../src/lib/data/page-data';
import { exploreSchoolsQuery } from '../../src/lib/data/sql/explore';
import { goodOutstandingQuery } from '../../src/lib/data/sql/good-outstanding';
import type { SqlQuery } from '../../src/lib/data/sql/query';
import { DISTRICT_VALUES, type KpiFilter } from '../../src/lib/kpi/filter';
import { a4eSpec } from '../../src/routes/aiming-for-excellence/spec';
import { closingTheGapSpec } from '../../src/routes/closing-the-gap/spec';
import { EXPLORE_KPIS } from '../../src/routes/explore/explore';
import { goodSchoolsSpec } from '../../src/routes/good-schools/spec';
import { sendSpec } from '../../src/routes/send/spec';

export const MANIFEST = JSON.parse(
	readFileSync('static/data/extracts/manifest.json', 'utf8')
) as Manifest;

export const THEME_SPECS: Record<string, PageSpec> = {
	'good-schools': goodSchoolsSpec,
	'closing-the-gap': closingTheGapSpec,
	send: sendSpec,
	'aiming-for-excellence': a4eSpec
};

/** A query the browser would run, and which page part runs it. */
export interface BrowserQuery {
	where: string;
	query: SqlQuery;
}

/**
 * Every query the browser runs for a filter, captured by running the pages' own loaders with a
 * runner that records instead of querying: each theme page's spec, the explorer (every measure,
 * and its school table) and the overview's slice. Nothing is listed by hand, so a new query on
 * any of these pages is covered without changing the tests.
 */
export async function browserQueries(filter: KpiFilter): Promise<BrowserQuery[]> {
	const context = seriesContext(MANIFEST);
	const found: BrowserQuery[] = [];
	const recorder =
		(where: string) =>
		async <T>(query: SqlQuery): Promise<T[]> => {
			found.push({ where, query });
			return [];
		};
	for (const [name, spec] of Object.entries(THEME_SPECS))
		await loadPageData(recorder(name), spec, filter, context, '2026-11-23');
	for (const kpiId of EXPLORE_KPIS)
		await loadExploreMatrix(recorder(`explore ${kpiId}`), kpiId, filter, DISTRICT_VALUES, context);
	found.push({ where: 'explore schools', query: exploreSchoolsQuery(filter) });
	found.push({ where: 'overview slice', query: goodOutstandingQuery(filter) });
	return found;
}
