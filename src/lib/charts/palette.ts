/**
 * Colours and line styles for every chart.
 *
 * Why these: the categorical colours are the UK Government Analysis Function accessible palette,
 * in its published order (so two-series charts get the most distinct pair). Each has at least 3:1
 * contrast with white (WCAG 1.4.11, graphical objects), but only dark blue, dark pink and dark grey
 * reach the 4.5:1 that text needs, so series colours are used for marks, never for text: labels
 * are in the page's text colour beside a key drawn in the series style.
 *
 * Colour is never the only signal: each series also gets its own dash pattern and marker shape,
 * and charts label lines directly and stacked segments with text.
 */

/** UK Government Analysis Function accessible categorical palette, in its recommended order. */
export const CATEGORICAL = [
	'#12436D', // dark blue
	'#28A197', // turquoise
	'#801650', // dark pink
	'#F46A25', // orange
	'#3D3D3D', // dark grey
	'#A285D1' // light purple
] as const;

/** Text and axis colours, matching src/app.css so charts and prose agree. */
export const TEXT = '#0b0c0c';
export const MUTED = '#505a5f';
export const GRID = '#b1b4b6';
export const WHITE = '#ffffff';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

/** How one line series is drawn. */
export interface LineStyle {
	/** Stroke colour of the line and its markers. */
	colour: string;
	/** SVG stroke-dasharray in CSS pixels; '' for a solid line. */
	dash: string;
	/** Marker drawn at each point. */
	marker: MarkerShape;
}

/*
 * Dash patterns are in screen pixels (the chart SVG uses non-scaling strokes). The first series
 * is solid; the target style below uses a pattern no series uses, so a target is never mistaken
 * for data even before its label is read.
 */
const DASHES = ['', '10 4', '2 4', '12 4 2 4', '6 2', '2 2 8 2'] as const;
const MARKERS: readonly MarkerShape[] = [
	'circle',
	'square',
	'triangle',
	'diamond',
	'cross',
	'star'
];

/** The default style of the i-th series: colour, dash and marker all change together. */
export function seriesStyle(index: number): LineStyle {
	const i = ((index % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length;
	return {
		colour: CATEGORICAL[i] as string,
		dash: DASHES[i % DASHES.length] as string,
		marker: MARKERS[i % MARKERS.length] as MarkerShape
	};
}

/** The style of the i-th series with any of its parts overridden. */
export function resolveStyle(index: number, override?: Partial<LineStyle>): LineStyle {
	return { ...seriesStyle(index), ...override };
}

/** Targets and trajectories: black, thinner than data lines, long-dash-short-gap. */
export const TARGET_STYLE = {
	colour: TEXT,
	dash: '7 3 1 3',
	width: 2
} as const;

/** The five RAYG ratings of the School Improvement Strategy (001, Appendix A), best first. */
export type RaygRating = 'dark_green' | 'light_green' | 'yellow' | 'amber' | 'red';
export const RAYG_ORDER: readonly RaygRating[] = [
	'dark_green',
	'light_green',
	'yellow',
	'amber',
	'red'
];

export interface Fill {
	/** Background colour of the shape. */
	fill: string;
	/** Colour for any text drawn on that shape (≥ 4.5:1 against `fill`). */
	text: string;
}

/*
 * GOV.UK Design System colours, except red, darkened so that amber and red differ in lightness
 * as well as hue (2.4:1 between them) for readers who cannot tell the hues apart. Every adjacent
 * pair differs by at least 1.9:1 in luminance, and stacked segments are also separated by a white
 * gap and labelled with text.
 */
export const RAYG: Readonly<Record<RaygRating, Fill & { label: string }>> = {
	dark_green: { label: 'Dark green', fill: '#00703C', text: WHITE },
	light_green: { label: 'Light green', fill: '#85994B', text: TEXT },
	yellow: { label: 'Yellow', fill: '#FFDD00', text: TEXT },
	amber: { label: 'Amber', fill: '#F47738', text: TEXT },
	red: { label: 'Red', fill: '#B21F1F', text: WHITE }
};

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
	const m = /^#?([0-9a-f]{6})$/i.exec(hex);
	if (!m || m[1] === undefined) throw new RangeError(`'${hex}' is not a #rrggbb colour`);
	const digits = m[1];
	const [r, g, b] = [0, 2, 4].map((i) => {
		const s = parseInt(digits.slice(i, i + 2), 16) / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
		number,
		number
	];
	return (hi + 0.05) / (lo + 0.05);
}

/** Whichever of white and near-black text reads better on `fill`. */
export function textOn(fill: string): string {
	return contrastRatio(fill, WHITE) >= contrastRatio(fill, TEXT) ? WHITE : TEXT;
}

/** The fills of the i-th category in stacked and grouped charts (text colour chosen for contrast). */
export function categoricalFill(index: number): Fill {
	const fill = seriesStyle(index).colour;
	return { fill, text: textOn(fill) };
}
