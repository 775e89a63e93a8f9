import { gapYears, goodOutstandingHeadline, type OverviewHeadlines } from '../kpi/headlines';
import type { Manifest } from './manifest';
import { attainmentGapQuery, type AttainmentGapRow } from './sql/attainment-gap';
import { ehcpTimelinessQuery, type EhcpTimelinessRow } from './sql/ehcp-timeliness';
import { goodOutstandingQuery, type GoodOutstandingCounts } from './sql/good-outstanding';
import type { SqlQuery } from './sql/query';

/** Anything that can run a query: DuckDB in node (build, tests) or in the browser. */
export type QueryRunner = <T>(query: SqlQuery) => Promise<T[]>;

/** The years the overview shows: the two latest KS2 results, EHCP timeliness from 2019. */
export const OVERVIEW_KS2_YEARS = ['2023/24', '2024/25'];
export const OVERVIEW_EHCP_YEARS: [number, number] = [2019, 2024];

export async function loadOverviewHeadlines(
	run: QueryRunner,
	manifest: Manifest
): Promise<OverviewHeadlines> {
	const [counts] = await run<GoodOutstandingCounts>(goodOutstandingQuery());
	if (!counts) throw new Error('The schools extract returned no rows.');
	const ks2 = await run<AttainmentGapRow>(attainmentGapQuery('KS2'));
	const ehcp = await run<EhcpTimelinessRow>(ehcpTimelinessQuery(...OVERVIEW_EHCP_YEARS));
	return {
		goodOutstanding: goodOutstandingHeadline(counts),
		ks2Gap: gapYears(ks2.filter((r) => OVERVIEW_KS2_YEARS.includes(r.academic_year))),
		ehcp,
		asAt: Object.fromEntries(manifest.datasets.map((d) => [d.dataset, d.as_at]))
	};
}
