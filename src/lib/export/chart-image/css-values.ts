/**
 * Reading the computed CSS values the DOM walk copies (lengths, dashes, colours, corner radii) into
 * numbers and SVG paints. getComputedStyle's strings are parsed here, apart from the DOM, so that
 * every form the browser may write is unit-tested.
 */
import type { Size } from './box';

/** A CSS length in pixels as getComputedStyle writes it ('3px', '0', '1.5'); null otherwise. */
export function cssPixels(value: string): number | null {
	const match = /^\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(px)?\s*$/i.exec(value);
	return match ? Number(match[1]) : null;
}

/** A computed `stroke-dasharray` ('6px, 4px' or 'none') as numbers; null for none or zero. */
export function parseDashArray(value: string): number[] | null {
	if (value.trim() === '' || value.trim() === 'none') return null;
	const parts = value
		.split(/[\s,]+/)
		.filter(Boolean)
		.map(cssPixels);
	if (parts.some((p) => p === null || p < 0)) return null;
	const dashes = parts as number[];
	return dashes.every((d) => d === 0) ? null : dashes;
}

export interface Colour {
	/** An SVG paint: '#rrggbb' for rgb()/rgba(), or the computed text when it is another form. */
	paint: string;
	/** 0 (transparent) to 1. */
	alpha: number;
}

const hex2 = (n: number) =>
	Math.round(Math.min(255, Math.max(0, n)))
		.toString(16)
		.padStart(2, '0');

/**
 * A computed colour or paint: `rgb(r, g, b)`, `rgba(r, g, b, a)` and the space-separated forms
 * become '#rrggbb' plus alpha, so that every SVG reader understands them; 'none', 'transparent',
 * fully transparent colours and paint-server references (url(…), which the export does not copy)
 * give null; other colour syntaxes are passed through as opaque.
 */
export function parseColour(value: string): Colour | null {
	const text = value.trim().toLowerCase();
	if (text === '' || text === 'none' || text === 'transparent' || text.startsWith('url(')) {
		return null;
	}
	const match =
		/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
	if (!match) return { paint: value.trim(), alpha: 1 };
	const [, r = '0', g = '0', b = '0', a, percent] = match;
	const alpha = a === undefined ? 1 : Number(a) / (percent ? 100 : 1);
	if (alpha <= 0) return null;
	return {
		paint: `#${hex2(Number(r))}${hex2(Number(g))}${hex2(Number(b))}`,
		alpha: Math.min(1, alpha)
	};
}

/**
 * The radii of a computed `border-*-radius` ('4px', '50%', '4px 8px') on a box: percentages are
 * of the box's width (x) and height (y), and neither radius exceeds half the box.
 */
export function cornerRadius(value: string, box: Size): { rx: number; ry: number } {
	const [first = '0', second = first] = value.trim().split(/\s+/);
	const resolve = (part: string, length: number) => {
		const n = part.endsWith('%') ? (Number(part.slice(0, -1)) / 100) * length : cssPixels(part);
		return Math.min(Math.max(0, n ?? 0), length / 2);
	};
	return { rx: resolve(first, box.width), ry: resolve(second, box.height) };
}
