/**
 * The data table behind each chart, built from the very data the chart draws, so the chart and
 * its "Show data table" view cannot disagree. Values stay numbers (the table formats them per
 * column); what a chart cannot plot stays a symbol.
 */
import type {
	BarDatum,
	CellValue,
	Column,
	DotDatum,
	Formatter,
	LineSeries,
	ProgressDatum,
	ProgressMeasure,
	Row,
	StackKey,
	StackedDatum,
	TargetSpec
} from './types';
import { periodsOf } from './breaks';

export interface TableData {
	columns: Column[];
	rows: Row[];
}

const NOT_APPLICABLE = { symbol: 'z' } as const;

/**
 * One row per period, one column per series, then one per target (its value in the periods it
 * covers, `z` outside them; a trajectory shows its two ends). A "Note" column appears when any
 * value is not comparable, naming the series, since the table has no hollow marker to show it.
 */
export function lineTable(
	series: readonly LineSeries[],
	options: { format?: Formatter; targets?: readonly TargetSpec[]; periodLabel?: string } = {}
): TableData {
	const { format, targets = [], periodLabel = 'Period' } = options;
	const periods = periodsOf(series);
	const notes = periods.map((x) =>
		series
			.filter((s) => s.points.some((p) => p.x === x && p.comparable === false))
			.map((s) => s.label)
	);
	const anyNote = notes.some((n) => n.length > 0);
	const columns: Column[] = [
		{ key: 'period', label: periodLabel },
		...series.map((s, i) => ({ key: `s${i}`, label: s.label, numeric: true, format })),
		...targets.map((t, i) => ({ key: `t${i}`, label: t.label, numeric: true, format })),
		...(anyNote ? [{ key: 'note', label: 'Note' }] : [])
	];
	const rows = periods.map((x, r) => {
		const row: Record<string, CellValue> = { period: x };
		series.forEach((s, i) => (row[`s${i}`] = s.points.find((p) => p.x === x)?.y ?? null));
		targets.forEach((t, i) => (row[`t${i}`] = targetCell(t, x, periods)));
		if (anyNote) {
			const n = notes[r] ?? [];
			row.note = n.length > 0 ? `Not comparable with other years: ${n.join(', ')}` : '';
		}
		return row;
	});
	return { columns, rows };
}

function targetCell(t: TargetSpec, x: string, periods: readonly string[]): CellValue {
	const i = periods.indexOf(x);
	const from = t.from === undefined ? 0 : periods.indexOf(t.from);
	const to = t.to === undefined ? periods.length - 1 : periods.indexOf(t.to);
	if (t.fromValue !== undefined) {
		if (x === t.from) return t.fromValue;
		return x === t.to ? t.value : NOT_APPLICABLE;
	}
	return i >= from && i <= to ? t.value : NOT_APPLICABLE;
}

/** One row per bar. */
export function barTable(
	data: readonly BarDatum[],
	options: { format?: Formatter; categoryLabel?: string; valueLabel?: string } = {}
): TableData {
	const { format, categoryLabel = 'Category', valueLabel = 'Value' } = options;
	return {
		columns: [
			{ key: 'label', label: categoryLabel },
			{ key: 'value', label: valueLabel, numeric: true, format }
		],
		rows: data.map((d) => ({ label: d.label, value: d.value }))
	};
}

/** One row per stack, one column per key, then the total. */
export function stackedTable(
	data: readonly StackedDatum[],
	keys: readonly StackKey[],
	options: { format?: Formatter; categoryLabel?: string; totalLabel?: string | null } = {}
): TableData {
	const { format, categoryLabel = 'Category', totalLabel = 'Total' } = options;
	return {
		columns: [
			{ key: '__label', label: categoryLabel },
			...keys.map((k) => ({ key: k.key, label: k.label, numeric: true, format })),
			...(totalLabel === null ? [] : [{ key: '__total', label: totalLabel, numeric: true, format }])
		],
		rows: data.map((d) => {
			const row: Record<string, CellValue> = { __label: d.label };
			let total = 0;
			for (const k of keys) {
				const v = d.values[k.key];
				row[k.key] = v ?? null;
				if (typeof v === 'number' && Number.isFinite(v) && v > 0) total += v;
			}
			if (totalLabel !== null) row.__total = total;
			return row;
		})
	};
}

/** One row per item, one column per measure, then the target. */
export function progressTable(
	data: readonly ProgressDatum[],
	measures: readonly ProgressMeasure[],
	options: { format?: Formatter; categoryLabel?: string; targetLabel?: string } = {}
): TableData {
	const { format, categoryLabel = 'Item', targetLabel = 'Target' } = options;
	return {
		columns: [
			{ key: '__label', label: categoryLabel },
			...measures.map((m) => ({ key: m.key, label: m.label, numeric: true, format })),
			{ key: '__target', label: targetLabel, numeric: true, format }
		],
		rows: data.map((d) => {
			const row: Record<string, CellValue> = { __label: d.label };
			for (const m of measures) row[m.key] = d.values[m.key] ?? null;
			row.__target = d.target ?? NOT_APPLICABLE;
			return row;
		})
	};
}

/** One row per dot: the value and its interval bounds. */
export function dotPlotTable(
	data: readonly DotDatum[],
	options: {
		format?: Formatter;
		categoryLabel?: string;
		valueLabel?: string;
		lowerLabel?: string;
		upperLabel?: string;
	} = {}
): TableData {
	const {
		format,
		categoryLabel = 'Category',
		valueLabel = 'Value',
		lowerLabel = 'Lower bound (95%)',
		upperLabel = 'Upper bound (95%)'
	} = options;
	return {
		columns: [
			{ key: 'label', label: categoryLabel },
			{ key: 'value', label: valueLabel, numeric: true, format },
			{ key: 'lower', label: lowerLabel, numeric: true, format },
			{ key: 'upper', label: upperLabel, numeric: true, format }
		],
		rows: data.map((d) => {
			// A suppressed value's interval would reveal it, so the bounds take its symbol too.
			const hidden = typeof d.value !== 'number';
			return {
				label: d.label,
				value: d.value,
				lower: hidden ? d.value : (d.lower ?? null),
				upper: hidden ? d.value : (d.upper ?? null)
			};
		})
	};
}
