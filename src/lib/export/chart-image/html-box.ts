/**
 * HTML backgrounds and borders redrawn as SVG <rect>s, at the boxes the browser laid out.
 */
import type { Box } from './box';
import { cornerRadius, cssPixels, parseColour, type Colour } from './css-values';
import { include, paint, type Walk } from './walk-state';
import { xmlElement } from './xml';

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

interface Border {
	width: number;
	colour: Colour;
}

function borderOf(style: CSSStyleDeclaration, side: (typeof SIDES)[number]): Border | null {
	const width = cssPixels(style.getPropertyValue(`border-${side}-width`)) ?? 0;
	const kind = style.getPropertyValue(`border-${side}-style`);
	const colour = parseColour(style.getPropertyValue(`border-${side}-color`));
	return width > 0 && colour && kind !== 'none' && kind !== 'hidden' ? { width, colour } : null;
}

const sameBorder = (a: Border | null, b: Border | null) =>
	a !== null &&
	b !== null &&
	a.width === b.width &&
	a.colour.paint === b.colour.paint &&
	a.colour.alpha === b.colour.alpha;

/**
 * An element's background colour and borders as rects (swatches, grid lines drawn as borders,
 * label grounds). Every border is drawn solid; images, shadows and outlines are not drawn.
 */
export function drawBox(
	el: Element,
	style: CSSStyleDeclaration,
	walk: Walk,
	opacity: number
): void {
	const fill = parseColour(style.backgroundColor);
	const borders = SIDES.map((side) => borderOf(style, side));
	if (!fill && borders.every((b) => b === null)) return;
	const [top, right, bottom, left] = borders;
	const uniform = borders.every((b) => sameBorder(b, top ?? null));
	const alpha = opacity < 1 ? opacity : null;
	for (const rect of el.getClientRects()) {
		if (rect.width <= 0 || rect.height <= 0) continue;
		const x = rect.left - walk.origin.left;
		const y = rect.top - walk.origin.top;
		const { width, height } = rect;
		const { rx, ry } = cornerRadius(style.borderTopLeftRadius, rect);
		const corners = { rx: rx > 0 ? rx : null, ry: ry > 0 && ry !== rx ? ry : null };
		if (fill) {
			walk.parts.push(
				xmlElement('rect', {
					x,
					y,
					width,
					height,
					...corners,
					...paint('fill', fill),
					opacity: alpha
				})
			);
		}
		if (uniform && top) {
			// One stroked rect, its stroke inside the box as a CSS border is.
			const inset = top.width / 2;
			walk.parts.push(
				xmlElement('rect', {
					x: x + inset,
					y: y + inset,
					width: Math.max(0, width - top.width),
					height: Math.max(0, height - top.width),
					rx: corners.rx === null ? null : Math.max(0, rx - inset),
					ry: corners.ry === null ? null : Math.max(0, ry - inset),
					fill: 'none',
					...paint('stroke', top.colour),
					'stroke-width': top.width,
					opacity: alpha
				})
			);
		} else {
			const strips: [Border | null | undefined, Box][] = [
				[top, { x, y, width, height: top?.width ?? 0 }],
				[right, { x: x + width - (right?.width ?? 0), y, width: right?.width ?? 0, height }],
				[bottom, { x, y: y + height - (bottom?.width ?? 0), width, height: bottom?.width ?? 0 }],
				[left, { x, y, width: left?.width ?? 0, height }]
			];
			for (const [border, strip] of strips) {
				if (border) {
					walk.parts.push(
						xmlElement('rect', { ...strip, ...paint('fill', border.colour), opacity: alpha })
					);
				}
			}
		}
		include(walk, x, y, width, height);
	}
}
