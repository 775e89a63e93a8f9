/**
 * Side columns (category labels, line labels, values) are fixed widths in CSS pixels, because the
 * chart is prerendered before any width is known. Once the page runs and the chart has measured
 * itself, a column on a narrow chart gives up room so that the plot keeps a usable share.
 */
import { estimateLines } from './dodge';

/**
 * The width of a side column: `preferred`, but at most `share` of the chart's measured width and
 * never less than `min`. `chartWidth` 0 means not measured yet (on the server): `preferred`.
 */
export function sideWidth(chartWidth: number, preferred: number, share = 0.34, min = 96): number {
	if (!(chartWidth > 0)) return preferred;
	return Math.max(Math.min(min, preferred), Math.min(preferred, Math.round(chartWidth * share)));
}

/** Average glyph width of chart text (~15px system sans-serif), generous so estimates err tall. */
export const CHAR_PX = 8.2;

/** Line height of wrapped category labels, in CSS pixels (AxisY). */
export const LABEL_LINE_PX = 18;

/**
 * The lines the longest of `labels` wraps to in a column `columnPx` wide: rows must be at least
 * that tall or wrapped labels run into the next row.
 */
export function labelLines(labels: readonly string[], columnPx: number): number {
	const perLine = Math.max(1, (columnPx - 10) / CHAR_PX);
	return Math.max(1, ...labels.map((l) => estimateLines(l, perLine)));
}
