import { findKpi } from '../kpi/catalogue';
import type { SeriesContext } from '../kpi/definition';
import type { KpiEvaluation } from '../kpi/evaluate';
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

export async function loadPageData(
	run: QueryRunner,
	spec: PageSpec,
	filter: KpiFilter,
	context: SeriesContext,
	asOf: string
): Promise<PageData> {
	const kpis: PageData['kpis'] = {};
	for (const id of spec.kpis) {
		try {
			const [evaluation] = await evaluateKpis(run, [id], filter, context, asOf);
			kpis[id] = evaluation ? { ok: true, value: evaluation } : { ok: false, error: 'No result.' };
		} catch (error) {
			kpis[id] = failedPart(error);
		}
	}
	const tables: PageData['tables'] = {};
	for (const [name, query] of Object.entries(spec.queries)) {
		try {
			const rows = await run<PlainRow>(query.build(filter, context));
			tables[name] = { ok: true, value: query.transform ? query.transform(rows) : rows };
		} catch (error) {
			tables[name] = failedPart(error);
		}
	}
	return { filter, kpis, tables };
}
