/**
 * Shared by the progress layers and chart: where in its row a bar sits, how the nested measures
 * are coloured and sized, and the text written under each bar.
 */
import { CATEGORICAL } from './palette';
import type { Formatter, ProgressDatum, ProgressMeasure } from './types';
import { numberOf, valueText } from './values';

/** Space above each bar inside its row, in CSS pixels. */
export const BAR_TOP = 6;

export interface MeasureStyle {
	fill: string;
	/** Outline, for a light fill that would not otherwise stand out from the page (3:1). */
	stroke: string | null;
	/** Thickness as a share of the bar area. */
	thickness: number;
}

/*
 * Innermost (the measure furthest along, e.g. children offered a place) is darkest; outer ones are
 * lighter and thicker, so each nested bar stays visible around the next.
 */
const INNER_OUT: readonly Omit<MeasureStyle, 'thickness'>[] = [
	{ fill: CATEGORICAL[0], stroke: null },
	{ fill: CATEGORICAL[1], stroke: null },
	{ fill: '#D2E2F1', stroke: CATEGORICAL[0] }
];

/** Styles for `count` nested measures, outermost first. */
export function measureStyles(count: number): MeasureStyle[] {
	return Array.from({ length: count }, (_, j) => {
		const fromInside = count - 1 - j;
		const base = INNER_OUT[Math.min(fromInside, INNER_OUT.length - 1)] as MeasureStyle;
		return { ...base, thickness: 1 - (j / Math.max(count, 1)) * 0.8 };
	});
}

export interface ProgressText {
	parts: { label: string; value: string }[];
	target: string | null;
}

/** The numbers written under a progress bar: each measure's value, then the target. */
export function progressText(
	d: ProgressDatum,
	measures: readonly ProgressMeasure[],
	format: Formatter
): ProgressText {
	const target = numberOf(d.target ?? null);
	return {
		parts: measures.map((m) => ({ label: m.label, value: valueText(d.values[m.key], format) })),
		target: target === null ? null : (d.targetLabel ?? `Target ${format(target)}`)
	};
}

/** The same as one string, as it reads on screen (used to estimate how it wraps). */
export function progressLine(t: ProgressText): string {
	return [...t.parts.map((p) => `${p.label} ${p.value}`), ...(t.target ? [t.target] : [])].join(
		' · '
	);
}
