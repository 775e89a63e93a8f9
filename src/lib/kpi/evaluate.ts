import type { KpiDefinition, KpiSeriesRow } from './definition';
import { gapPace, type GapPace } from './stats/pace';
import { assessStatus, type StatusResult } from './status';
import type { Observation } from './types';

/** The 2021–26 strategy began in 2021: its baseline is the first comparable value from then on. */
export const STRATEGY_BASELINE_FROM = '2021-01-01';

/**
 * Everything a card, a table row or a slide needs to say about one KPI. Plain data (it crosses
 * from the build to the page), so it names its KPI by id; `findKpi` gives the definition.
 */
export interface KpiEvaluation {
	kpiId: string;
	rows: KpiSeriesRow[];
	latest: KpiSeriesRow | null;
	/** The strategy baseline: first comparable value dated 2021 or later, else the first value. */
	baseline: KpiSeriesRow | null;
	/** Latest minus baseline, in the KPI's unit; null when they are the same row or missing. */
	changeSinceBaseline: number | null;
	status: StatusResult;
	/** For gap KPIs: change per year, trend slope and years to close. */
	pace: GapPace | null;
}

export function toObservations(rows: readonly KpiSeriesRow[]): Observation[] {
	return rows.map((r) => ({
		period: r.period,
		date: r.period_end,
		value: r.value,
		comparable: r.comparable
	}));
}

export function baselineOf(rows: readonly KpiSeriesRow[]): KpiSeriesRow | null {
	const withValue = rows.filter((r) => r.value !== null);
	return (
		withValue.find((r) => r.comparable && r.period_end >= STRATEGY_BASELINE_FROM) ??
		withValue[0] ??
		null
	);
}

const isGap = (kpi: KpiDefinition) => kpi.id.includes('_gap_');

/** Pure: the series rows (from `kpi.series`) and the date of judgement in, the evaluation out. */
export function evaluateKpi(kpi: KpiDefinition, rows: KpiSeriesRow[], asOf: string): KpiEvaluation {
	const known = rows.filter((r) => r.value !== null && r.period_end <= asOf);
	const latest = known.at(-1) ?? null;
	const baseline = baselineOf(known);
	const observations = toObservations(rows);
	return {
		kpiId: kpi.id,
		rows,
		latest,
		baseline,
		changeSinceBaseline:
			latest && baseline && latest !== baseline && latest.value !== null && baseline.value !== null
				? latest.value - baseline.value
				: null,
		status: assessStatus({
			polarity: kpi.polarity,
			tolerance: kpi.tolerance,
			targets: kpi.targets,
			series: observations,
			asOf,
			unit: kpi.unit
		}),
		pace: isGap(kpi) ? gapPace(observations.filter((o) => o.date <= asOf)) : null
	};
}
