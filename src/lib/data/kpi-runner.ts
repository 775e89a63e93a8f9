import { findKpi } from '../kpi/catalogue';
import type { KpiSeriesRow, SeriesContext } from '../kpi/definition';
import { evaluateKpi, type KpiEvaluation } from '../kpi/evaluate';
import { acceptsFilters } from '../kpi/definition';
import type { KpiFilter } from '../kpi/filter';
import type { Manifest } from './manifest';
import type { QueryRunner } from './overview-queries';

export function seriesContext(manifest: Manifest): SeriesContext {
	return { asAt: Object.fromEntries(manifest.datasets.map((d) => [d.dataset, d.as_at])) };
}

/** Today as YYYY-MM-DD (UTC): the date statuses are judged at. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Evaluates KPIs by id with one runner (DuckDB in node at build time, or in the browser). KPIs
 * that cannot be sliced are evaluated for the county whatever the filter, and say so
 * (`sliced: false`) so a page never shows a county figure under a district label.
 */
export async function evaluateKpis(
	run: QueryRunner,
	ids: readonly string[],
	filter: KpiFilter,
	context: SeriesContext,
	asOf: string
): Promise<(KpiEvaluation & { sliced: boolean })[]> {
	const out: (KpiEvaluation & { sliced: boolean })[] = [];
	for (const id of ids) {
		const kpi = findKpi(id);
		if (!kpi) throw new Error(`Unknown KPI "${id}".`);
		const sliced = acceptsFilters(kpi);
		const rows = await run<KpiSeriesRow>(kpi.series(sliced ? filter : {}, context));
		out.push({ ...evaluateKpi(kpi, rows, asOf), sliced });
	}
	return out;
}
