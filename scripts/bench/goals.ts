import type { Summary } from './stats';

/** The speed goals of issue 8, checked against medians (and the p95 where the goal says so). */
export interface GoalCheck {
	goal: string;
	scale: 'county' | 'national';
	target: string;
	measured: string;
	met: boolean;
}

export interface ScaleFigures {
	headlineColdMs: Summary;
	duckdbReadyColdMs: Summary;
	filterChangeMs: Summary;
	overviewBeforeDuckdbGzipBytes: number;
}

const ms = (v: number) => `${Math.round(v)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

/** 1 kB = 1,000 bytes throughout the report. */
export const OVERVIEW_BUDGET_BYTES = 400_000;
export const FILTER_P95_BUDGET_MS = { county: 50, national: 150 } as const;

export function checkGoals(scale: 'county' | 'national', f: ScaleFigures): GoalCheck[] {
	return [
		{
			goal: 'Headline KPI values visible after navigation, cold cache (median)',
			scale,
			target: '≤ 150 ms',
			measured: ms(f.headlineColdMs.median),
			met: f.headlineColdMs.median <= 150
		},
		{
			goal: 'DuckDB ready for interaction, cold (median)',
			scale,
			target: '≤ 1,000 ms',
			measured: ms(f.duckdbReadyColdMs.median),
			met: f.duckdbReadyColdMs.median <= 1000
		},
		{
			goal: 'Filter change → all charts updated (p95, every filter page)',
			scale,
			target: `≤ ${FILTER_P95_BUDGET_MS[scale]} ms`,
			measured: ms(f.filterChangeMs.p95),
			met: f.filterChangeMs.p95 <= FILTER_P95_BUDGET_MS[scale]
		},
		{
			goal: 'Overview first load before DuckDB is requested (gzip)',
			scale,
			target: '≤ 400 kB',
			measured: kb(f.overviewBeforeDuckdbGzipBytes),
			met: f.overviewBeforeDuckdbGzipBytes <= OVERVIEW_BUDGET_BYTES
		}
	];
}
