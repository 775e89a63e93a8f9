import type { SqlQuery } from '../data/sql/query';
import type { KpiFilter } from './filter';
import type { Grain, Polarity, Target, Unit } from './types';

/** What a query needs that is not in the extracts' rows: each dataset's as-at date (manifest). */
export interface SeriesContext {
	asAt: Record<string, string>;
}

export type Theme = 'good_schools' | 'closing_the_gap' | 'send' | 'a4e';

/** Where in the strategy documents a KPI and its target come from. */
export interface SeedReference {
	document: string;
	/** Paragraph, section or bullet, as the document numbers it. */
	where: string;
}

/**
 * Every KPI's series query returns rows of this one shape, oldest first, so that cards,
 * sparklines, tables, status and exports treat all KPIs alike.
 */
export interface KpiSeriesRow {
	/** Period label: '2024/25', '2024', '2024-04'. */
	period: string;
	/** Last day of the period, YYYY-MM-DD: what targets' due dates are compared with. */
	period_end: string;
	value: number | null;
	/** What the value counts, where it is a count or a percentage of one. */
	numerator: number | null;
	/** What it is out of (schools, pupils, plans); the cohort behind the number. */
	denominator: number | null;
	/** The comparator's value for the same period (e.g. England), where there is one. */
	comparator_value: number | null;
	/** False for periods not comparable with the rest (e.g. KS4 2019/20–2020/21). */
	comparable: boolean;
}

export interface KpiDefinition {
	id: string;
	theme: Theme;
	title: string;
	/** One or two plain-English sentences a member can read without a glossary. */
	description: string;
	unit: Unit;
	polarity: Polarity;
	/** What the value is compared with, named on every figure (null when nothing is). */
	comparator: string | null;
	/** The comparator's unit when it differs from the KPI's (a gap in pp against a % ). */
	comparatorUnit?: Unit;
	source: SeedReference;
	/** Targets from the seeds; an empty list means the strategy sets none. */
	targets: Target[];
	/** How the targets were read, especially where the seeds give a direction but no number. */
	targetNote: string;
	/** How far from a target still counts as "at risk" rather than "off track", in `unit`. */
	tolerance: number;
	/** Grains the KPI can be reported at; 'county' only means filters do not apply. */
	grains: Grain[];
	/** Extracts the query reads. */
	datasets: string[];
	/** True when any dataset it reads is illustrative. */
	illustrative: boolean;
	/** Builds the series query for a filter; pure (no I/O). */
	series(filter: KpiFilter, context: SeriesContext): SqlQuery;
}

/** Filters apply only to KPIs that have a school (or district/phase) grain. */
export function acceptsFilters(kpi: KpiDefinition): boolean {
	return kpi.grains.some((g) => g !== 'county');
}
