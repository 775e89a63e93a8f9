/**
 * Stacking for horizontal stacked bars: where each segment starts and ends, and its colours.
 */
import { RAYG, categoricalFill, textOn, type Fill, type RaygRating } from './palette';
import type { StackKey, StackedDatum } from './types';

export interface Segment {
	row: string;
	key: string;
	label: string;
	value: number;
	x0: number;
	x1: number;
	fill: string;
	text: string;
}

/**
 * The colours of a stack key: its own, else the RAYG colour when the key is a RAYG rating (so
 * every RAYG chart looks the same), else the categorical palette by position.
 */
export function keyFill(key: StackKey, index: number): Fill {
	const rayg = (RAYG as Readonly<Record<string, Fill>>)[key.key as RaygRating];
	const base = key.fill
		? { fill: key.fill, text: textOn(key.fill) }
		: (rayg ?? categoricalFill(index));
	return { fill: base.fill, text: key.text ?? base.text };
}

/**
 * Segments of each row in key order, starting at 0. Missing, null and non-positive values add no
 * segment (a stack of counts cannot go below zero). The input is not changed.
 */
export function stackRows(rows: readonly StackedDatum[], keys: readonly StackKey[]): Segment[][] {
	const fills = keys.map((k, i) => keyFill(k, i));
	return rows.map((row) => {
		let x = 0;
		return keys.flatMap((key, i) => {
			const v = row.values[key.key];
			if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return [];
			const fill = fills[i] as Fill;
			const seg = { row: row.label, key: key.key, label: key.label, value: v, x0: x, x1: x + v };
			x += v;
			return [{ ...seg, ...fill }];
		});
	});
}

/** The total of each row (sum of its positive values). */
export function rowTotals(rows: readonly StackedDatum[], keys: readonly StackKey[]): number[] {
	return stackRows(rows, keys).map((segs) => segs.at(-1)?.x1 ?? 0);
}
