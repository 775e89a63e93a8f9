import { findKpi } from '../kpi/catalogue';
import type { KpiSeriesRow, SeriesContext } from '../kpi/definition';
import type { KpiFilter } from '../kpi/filter';
import { suppressSmallNumbers, type SuppressionCell } from '../kpi/stats/suppression';
import type { QueryRunner } from './overview-queries';
import type { SqlQuery } from './sql/query';

/** The phases the matrix shows: those open state-funded schools in Hertfordshire have. */
export const MATRIX_PHASES = ['primary', 'middle', 'secondary', 'all-through', 'special'] as const;

export interface MatrixCell extends SuppressionCell {
	district: string | null;
	phase: string | null;
	period: string | null;
}

export interface ExploreMatrix {
	kpiId: string;
	districts: string[];
	phases: string[];
	/** Cells keyed `${district ?? 'all'}|${phase ?? 'all'}`; `all|all` is the whole selection. */
	cells: Record<string, MatrixCell>;
}

export const cellKey = (district: string | null, phase: string | null) =>
	`${district ?? 'all'}|${phase ?? 'all'}`;

/** Keeps `values` to those also in `limit` (when `limit` narrows at all). */
const within = (values: string[], limit: string[] | undefined) =>
	limit?.length ? values.filter((v) => limit.includes(v)) : values;

/** The period the cell shows: the year asked for, else the latest with a value. */
function pick(rows: KpiSeriesRow[], years: string[] | undefined): KpiSeriesRow | undefined {
	const known = rows.filter((r) => r.value !== null);
	if (years?.length) return known.filter((r) => years.includes(r.period)).at(-1);
	return known.at(-1);
}

/** Column that tells the batched answers apart; no KPI series has a column of this name. */
const CELL = 'matrix_cell__';
/**
 * Cells per batched query. DuckDB 0.9 in wasm fails ("memory access out of bounds") on a union
 * of all 66; one district's row of cells (6) at a time is safe and nearly as quick.
 */
const BATCH = 6;

/**
 * Runs the cells' series queries a batch at a time (UNION ALL, each answer tagged with its
 * index) and splits the rows again, each list in period order. A matrix has up to 66 cells; in
 * the browser each query costs a message to the worker and back plus planning, which dominated
 * a filter change on the explorer (see bench/README.md). Batching makes that 11 queries.
 */
async function runBatched(run: QueryRunner, queries: SqlQuery[]): Promise<KpiSeriesRow[][]> {
	if (queries.length <= BATCH) return runUnion(run, queries);
	const batches: SqlQuery[][] = [];
	for (let i = 0; i < queries.length; i += BATCH) batches.push(queries.slice(i, i + BATCH));
	return (await Promise.all(batches.map((b) => runUnion(run, b)))).flat();
}

async function runUnion(run: QueryRunner, queries: SqlQuery[]): Promise<KpiSeriesRow[][]> {
	if (queries.length === 0) return [];
	const sql = queries
		.map((q, i) => `SELECT ${i}::INTEGER AS ${CELL}, * FROM (${q.sql})`)
		.join('\nUNION ALL\n');
	const rows = await run<KpiSeriesRow & { [CELL]: number }>({
		sql,
		params: queries.flatMap((q) => q.params)
	});
	const out: KpiSeriesRow[][] = queries.map(() => []);
	for (const { [CELL]: cell, ...row } of rows) out[cell]?.push(row);
	for (const list of out) list.sort((a, b) => a.period_end.localeCompare(b.period_end));
	return out;
}

/**
 * A KPI for every district × phase of the selection, with row and column totals, its cohort (the
 * count behind each number) in every cell, and the shared small-number suppression applied with
 * rows and columns as disclosure groups, so no hidden cell can be recovered from a total.
 * Cells outside the selection are not computed (symbol z).
 */
export async function loadExploreMatrix(
	run: QueryRunner,
	kpiId: string,
	filter: KpiFilter,
	allDistricts: readonly string[],
	context: SeriesContext
): Promise<ExploreMatrix> {
	const kpi = findKpi(kpiId);
	if (!kpi) throw new Error(`Unknown KPI "${kpiId}".`);
	const districts = within([...allDistricts], filter.districts);
	const phases = within([...MATRIX_PHASES], filter.phases);
	const rowsFor = [...districts.map((d) => d as string | null), null];
	const colsFor = [...phases.map((p) => p as string | null), null];
	const cells = rowsFor.flatMap((district) => colsFor.map((phase) => ({ district, phase })));
	const series = await runBatched(
		run,
		cells.map(({ district, phase }) =>
			kpi.series(
				{
					...filter,
					districts: district ? [district] : filter.districts,
					phases: phase ? [phase] : filter.phases
				},
				context
			)
		)
	);
	const raw: MatrixCell[] = cells.map(({ district, phase }, i) => {
		const row = pick(series[i] ?? [], filter.years);
		return {
			key: cellKey(district, phase),
			district,
			phase,
			period: row?.period ?? null,
			value: row?.value ?? null,
			count: row?.denominator ?? (row ? null : 0),
			symbol: row && row.value !== null ? null : 'x'
		};
	});
	const groups = [
		...rowsFor.map((d) => ({ total: cellKey(d, null), parts: phases.map((p) => cellKey(d, p)) })),
		...colsFor.map((p) => ({ total: cellKey(null, p), parts: districts.map((d) => cellKey(d, p)) }))
	].filter((g) => g.parts.length > 0);
	const safe = suppressSmallNumbers(raw, groups).cells;
	return {
		kpiId,
		districts,
		phases,
		cells: Object.fromEntries(safe.map((c) => [c.key, c]))
	};
}
