import type { SeriesContext } from '../kpi/definition';
import type { KpiEvaluation } from '../kpi/evaluate';
import { findKpi } from '../kpi/catalogue';
import { acceptsFilters } from '../kpi/definition';
import type { KpiFilter } from '../kpi/filter';
import { failedDataset } from './dataset-error';
import { evaluateKpis } from './kpi-runner';
import type { QueryRunner } from './overview-queries';
import type { PlainRow } from './plain-values';
import type { SqlQuery } from './sql/query';

/**
 * What a theme page shows, declared once and run in two places: at build time for the whole
 * county (prerendered) and in the browser for a filtered slice. Each part succeeds or fails on
 * its own, so one broken dataset shows its message in place while the rest of the page works.
 */
export interface PageQuery {
	build(filter: KpiFilter, context: SeriesContext): SqlQuery;
	/** Applied to the rows before anyone sees them (e.g. small-number suppression). */
	transform?(rows: PlainRow[]): PlainRow[];
	/** True when `build` ignores the filter: the county answer is reused, never recomputed. */
	countyOnly?: boolean;
}

export interface PageSpec {
	kpis: readonly string[];
	queries: Record<string, PageQuery>;
}

/** A failed part names the dataset behind the failure when one could not be loaded. */
export type Part<T> = { ok: true; value: T } | { ok: false; error: string; dataset?: string };

export type Evaluation = KpiEvaluation & { sliced: boolean };

export interface PageData {
	filter: KpiFilter;
	kpis: Record<string, Part<Evaluation>>;
	tables: Record<string, Part<PlainRow[]>>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A part that failed, naming the dataset when that is why. */
export function failedPart(error: unknown): { ok: false; error: string; dataset?: string } {
	const dataset = failedDataset(error);
	return { ok: false, error: message(error), ...(dataset ? { dataset } : {}) };
}

/** Every query a spec runs for a filter: what a page can warm up before anyone picks one. */
export function specQueries(spec: PageSpec, filter: KpiFilter, context: SeriesContext): SqlQuery[] {
	const kpis = spec.kpis.flatMap((id) => findKpi(id)?.series(filter, context) ?? []);
	return [...kpis, ...Object.values(spec.queries).map((q) => q.build(filter, context))];
}

/**
 * Runs a page spec for a filter. `county`, when given, is the same spec already run without a
 * filter (the prerendered data): parts that cannot depend on the filter (county-only KPIs and
 * queries marked `countyOnly`) are taken from it rather than recomputed on every change. The
 * rest run together, so the browser's main thread turns one answer into rows while DuckDB's
 * worker computes the next.
 */
export async function loadPageData(
	run: QueryRunner,
	spec: PageSpec,
	filter: KpiFilter,
	context: SeriesContext,
	asOf: string,
	county?: PageData
): Promise<PageData> {
	const kpiParts = spec.kpis.map(async (id): Promise<Part<Evaluation>> => {
		const known = county?.kpis[id];
		const kpi = findKpi(id);
		if (known && kpi && !acceptsFilters(kpi)) return known;
		try {
			const [evaluation] = await evaluateKpis(run, [id], filter, context, asOf);
			return evaluation ? { ok: true, value: evaluation } : { ok: false, error: 'No result.' };
		} catch (error) {
			return failedPart(error);
		}
	});
	const tableParts = Object.entries(spec.queries).map(
		async ([name, query]): Promise<Part<PlainRow[]>> => {
			const known = county?.tables[name];
			if (known && query.countyOnly) return known;
			try {
				const rows = await run<PlainRow>(query.build(filter, context));
				return { ok: true, value: query.transform ? query.transform(rows) : rows };
			} catch (error) {
				return failedPart(error);
			}
		}
	);
	const [kpiValues, tableValues] = await Promise.all([
		Promise.all(kpiParts),
		Promise.all(tableParts)
	]);
	return {
		filter,
		kpis: Object.fromEntries(spec.kpis.map((id, i) => [id, kpiValues[i] as Part<Evaluation>])),
		tables: Object.fromEntries(
			Object.keys(spec.queries).map((name, i) => [name, tableValues[i] as Part<PlainRow[]>])
		)
	};
}
