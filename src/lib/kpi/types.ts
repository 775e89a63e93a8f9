/**
 * The vocabulary of KPI definitions, targets and status. Pure types: no I/O, no Svelte.
 */

/** Which direction is better for a KPI. */
export type Polarity = 'higher_is_better' | 'lower_is_better';

export type Unit = 'percent' | 'percentage_points' | 'points' | 'count' | 'gbp' | 'months';

/** The finest level a KPI can be reported at. */
export type Grain = 'county' | 'district' | 'phase' | 'school';

/**
 * A target from the strategy documents:
 * - `level`: reach a number by a date (e.g. 70% of schools trained by 31 Aug 2023);
 * - `direction`: the seeds give no number, only "increase" or "close faster"; judged as a
 *   trajectory from the trend of recent comparable years.
 */
export type Target =
	| { kind: 'level'; value: number; due: string; description: string }
	| { kind: 'direction'; description: string };

/** One value in a KPI's time series. `date` is the end of the period it describes (ISO). */
export interface Observation {
	period: string;
	date: string;
	value: number | null;
	/** False for periods that cannot be compared with others (e.g. KS4 2019/20–2020/21). */
	comparable?: boolean;
}

export type KpiStatus =
	'on_track' | 'at_risk' | 'off_track' | 'met' | 'missed' | 'no_target' | 'not_enough_data';

export type DirectionOfTravel = 'improving' | 'worsening' | 'no_change' | 'not_comparable';
