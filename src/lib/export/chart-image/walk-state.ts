/**
 * What the DOM walk carries from element to element: where the region is, what has been drawn and
 * how far it reaches; and the fill and stroke attributes the drawing modules share.
 */
import type { Colour } from './css-values';
import type { AttributeValue } from './xml';

/** What the walk has drawn so far, in CSS pixels from the region's top-left corner. */
export interface Walk {
	origin: DOMRect;
	/** The root font, set once on the document so that each <text> need not repeat it. */
	fontFamily: string;
	parts: string[];
	defs: string[];
	bounds: { x0: number; y0: number; x1: number; y1: number };
}

/** Grows the drawn bounds to take in a box, so that content overflowing the region is kept. */
export function include(walk: Walk, x: number, y: number, width: number, height: number): void {
	const b = walk.bounds;
	b.x0 = Math.min(b.x0, x);
	b.y0 = Math.min(b.y0, y);
	b.x1 = Math.max(b.x1, x + width);
	b.y1 = Math.max(b.y1, y + height);
}

/** Fill or stroke attributes for a colour, with its alpha as a separate opacity. */
export const paint = (
	name: 'fill' | 'stroke',
	colour: Colour | null
): Record<string, AttributeValue> =>
	colour
		? { [name]: colour.paint, [`${name}-opacity`]: colour.alpha < 1 ? colour.alpha : null }
		: { [name]: name === 'fill' ? 'none' : null };
