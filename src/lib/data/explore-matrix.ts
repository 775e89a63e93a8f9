import { findKpi } from '../kpi/catalogue';
import type { KpiSeriesRow, SeriesContext } from '../kpi/definition';
import type { KpiFilter } from '../kpi/filter';
import { suppressSmallNumbers, type SuppressionCell } from '../kpi/stats/suppression';
import type { QueryRunner } from './overview-queries';

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
	const raw: MatrixCell[] = [];
	const rowsFor = [...districts.map((d) => d as string | null), null];
	const colsFor = [...phases.map((p) => p as string | null), null];
	for (const district of rowsFor)
		for (const phase of colsFor) {
			const cellFilter: KpiFilter = {
				...filter,
				districts: district ? [district] : filter.districts,
				phases: phase ? [phase] : filter.phases
			};
			const row = pick(await run<KpiSeriesRow>(kpi.series(cellFilter, context)), filter.years);
			raw.push({
				key: cellKey(district, phase),
				district,
				phase,
				period: row?.period ?? null,
				value: row?.value ?? null,
				count: row?.denominator ?? (row ? null : 0),
				symbol: row && row.value !== null ? null : 'x'
			});
		}
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
