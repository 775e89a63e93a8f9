/**
 * SVG shapes (rects, lines, circles, paths…) redrawn with their computed styles written as
 * attributes, since Svelte's scoped classes do not exist in a standalone file.
 */
import { cssPixels, parseColour, parseDashArray } from './css-values';
import { flatGeometry, ownGeometry } from './svg-geometry';
import { matrixText, toRegion } from './svg-matrix';
import { include, paint, type Walk } from './walk-state';
import { num, xmlElement } from './xml';

/**
 * A shape with its computed styles. Under a scale and translation (every chart shape: stretched
 * geometry and uniformly scaled markers) the coordinates themselves are moved into pixels, so a
 * stroke is as wide as on screen in any reader. Anything rotated or skewed keeps its coordinates
 * under a matrix instead.
 */
export function drawShape(
	el: SVGGeometryElement,
	style: CSSStyleDeclaration,
	walk: Walk,
	opacity: number
): void {
	if (style.visibility !== 'visible') return;
	const fill = parseColour(style.fill);
	const stroke = parseColour(style.stroke);
	const strokeWidth = cssPixels(style.strokeWidth) ?? 1;
	const stroked = stroke !== null && strokeWidth > 0;
	if (!fill && !stroked) return;
	const m = toRegion(el, walk);
	if (!m) return;
	// Non-scaling strokes are in screen pixels already; others scale with their shape.
	const nonScaling = style.getPropertyValue('vector-effect') === 'non-scaling-stroke';
	const scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
	const axisAligned = Math.abs(m.b) < 1e-9 && Math.abs(m.c) < 1e-9;
	const flat = axisAligned ? flatGeometry(el, { sx: m.a, sy: m.d, tx: m.e, ty: m.f }) : null;
	const geometry = flat ?? ownGeometry(el);
	const strokeScale = flat ? (nonScaling ? 1 : scale) : nonScaling && scale > 0 ? 1 / scale : 1;
	const dashes = parseDashArray(style.strokeDasharray);
	const dashOffset = cssPixels(style.strokeDashoffset) ?? 0;
	walk.parts.push(
		xmlElement(geometry.name, {
			...geometry.attributes,
			transform: flat ? null : matrixText(m),
			...paint('fill', fill),
			'fill-rule': style.fillRule === 'evenodd' ? 'evenodd' : null,
			...(stroked
				? {
						...paint('stroke', stroke),
						'stroke-width': strokeWidth * strokeScale,
						'stroke-dasharray': dashes?.map((d) => num(d * strokeScale)).join(' '),
						'stroke-dashoffset': dashes && dashOffset ? dashOffset * strokeScale : null,
						'stroke-linecap': style.strokeLinecap === 'butt' ? null : style.strokeLinecap,
						'stroke-linejoin': style.strokeLinejoin === 'miter' ? null : style.strokeLinejoin
					}
				: {}),
			opacity: opacity < 1 ? opacity : null
		})
	);
	const box = el.getBoundingClientRect();
	const half = stroked ? (strokeWidth * (nonScaling ? 1 : scale)) / 2 : 0;
	include(
		walk,
		box.left - walk.origin.left - half,
		box.top - walk.origin.top - half,
		box.width + 2 * half,
		box.height + 2 * half
	);
}
