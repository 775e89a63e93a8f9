/**
 * The plain data the charts take. Charts never reshape or mutate what they are given: pages pass
 * rows straight from a query and the same rows feed the chart and its data table.
 */
import type { DfeSymbol } from '$lib/data/schemas/types';
import type { LineStyle } from './palette';

export type { DfeSymbol };

/** A DfE symbol standing in place of a number (`c` confidential, `x` unavailable, …). */
export interface SymbolValue {
	symbol: DfeSymbol;
}

/** A value a chart can plot: a number, a symbol, or null (no data; shown as `x`). */
export type ChartValue = number | SymbolValue | null;

/** Formats a number for display, unit included: 55 → '55%'. */
export type Formatter = (value: number) => string;

/** One observation of a line series. */
export interface LinePoint {
	/** Period label on the x axis, e.g. '2023/24'. Points of all series share these labels. */
	x: string;
	/** The value; null when there is none (the line breaks here). */
	y: number | null;
	/** False when the value may not be compared with its neighbours (the line breaks here too). */
	comparable?: boolean;
}

export interface LineSeries {
	/** Name shown beside the line's end and in the data table. */
	label: string;
	/** Observations in period order. */
	points: readonly LinePoint[];
	/** Overrides the series' default colour, dash and marker. */
	style?: Partial<LineStyle>;
}

/**
 * A target: a horizontal line at `value` between periods `from` and `to` (default: the whole
 * axis), or, when `fromValue` is given, a trajectory from (`from`, `fromValue`) to (`to`, `value`).
 */
export interface TargetSpec {
	/** Label drawn beside the line, e.g. 'Target 75% by Dec 2023'. */
	label: string;
	value: number;
	from?: string;
	to?: string;
	fromValue?: number;
}

/** A vertical reference line on a horizontal chart, e.g. the England average. */
export interface ReferenceLine {
	label: string;
	value: number;
}

/** One bar of a horizontal bar chart. */
export interface BarDatum {
	label: string;
	value: ChartValue;
	/** Emphasise this bar (bold label, darker bar), e.g. Hertfordshire among its neighbours. */
	highlight?: boolean;
}

/** One part of a stack: its key in each row's `values`, its legend label and optional colours. */
export interface StackKey {
	key: string;
	label: string;
	fill?: string;
	/** Text colour on `fill`; chosen for contrast when omitted. */
	text?: string;
}

/** One stacked bar: a category and its value for each stack key. */
export interface StackedDatum {
	label: string;
	values: Readonly<Record<string, number | null>>;
}

/** A measure drawn as one of the nested bars of a progress chart, outermost first. */
export interface ProgressMeasure {
	key: string;
	label: string;
}

/** One row of a progress chart. */
export interface ProgressDatum {
	label: string;
	/** Values by measure key. */
	values: Readonly<Record<string, ChartValue>>;
	/** The target the measures are judged against; null or absent when there is none. */
	target?: number | null;
	/** Text for the target marker; defaults to 'Target ' + the formatted value. */
	targetLabel?: string;
}

/** One row of a dot plot: an estimate with an optional interval (e.g. a 95% Wilson interval). */
export interface DotDatum {
	label: string;
	value: ChartValue;
	lower?: number | null;
	upper?: number | null;
}

/** A cell of a data table. */
export type CellValue = number | string | null | SymbolValue;

export interface Column {
	/** Key of the value in each row. */
	key: string;
	/** Column heading. */
	label: string;
	/** Right-align and format as a number. */
	numeric?: boolean;
	/** Formats numbers in this column; defaults to en-GB grouping. */
	format?: Formatter;
	/**
	 * The address this row's cell links to (e.g. a school's profile), built by the caller with
	 * `resolve()`; null for no link in that row. Default: no links.
	 */
	link?: (row: Row) => string | null;
}

export type Row = Readonly<Record<string, CellValue>>;
