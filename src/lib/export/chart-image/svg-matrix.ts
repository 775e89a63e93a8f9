/**
 * Where an SVG element's own coordinates land in the region: the browser's screen matrix made
 * relative to the region's corner, and that matrix written as a transform when it is kept.
 */
import type { Walk } from './walk-state';
import { num } from './xml';

/** The element's user space to region pixels, from the browser's own matrix. */
export function toRegion(el: SVGGraphicsElement, walk: Walk): DOMMatrix | null {
	const ctm = el.getScreenCTM();
	if (!ctm) return null;
	return new DOMMatrix([
		ctm.a,
		ctm.b,
		ctm.c,
		ctm.d,
		ctm.e - walk.origin.left,
		ctm.f - walk.origin.top
	]);
}

export const matrixText = (m: DOMMatrix) =>
	`matrix(${[m.a, m.b, m.c, m.d, m.e, m.f].map(num).join(' ')})`;
