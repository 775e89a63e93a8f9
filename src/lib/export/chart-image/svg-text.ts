/**
 * SVG <text> redrawn with its computed font and fill. The charts draw their text in HTML today;
 * this keeps any SVG text from silently disappearing from the image.
 */
import { cssPixels, parseColour } from './css-values';
import { matrixText, toRegion } from './svg-matrix';
import { include, paint, type Walk } from './walk-state';
import { escapeXml, xmlElement } from './xml';

/** SVG <text> (the charts have none today): its content and font under its own matrix. */
export function drawSvgText(
	el: SVGTextElement,
	style: CSSStyleDeclaration,
	walk: Walk,
	opacity: number
): void {
	const fill = parseColour(style.fill);
	const m = toRegion(el, walk);
	if (style.visibility !== 'visible' || !fill || !m || !el.textContent?.trim()) return;
	walk.parts.push(
		xmlElement(
			'text',
			{
				x: el.getAttribute('x'),
				y: el.getAttribute('y'),
				dx: el.getAttribute('dx'),
				dy: el.getAttribute('dy'),
				transform: matrixText(m),
				'font-family': style.fontFamily,
				'font-size': cssPixels(style.fontSize),
				'font-weight': style.fontWeight,
				'text-anchor': style.textAnchor === 'start' ? null : style.textAnchor,
				'dominant-baseline': style.dominantBaseline === 'auto' ? null : style.dominantBaseline,
				...paint('fill', fill),
				opacity: opacity < 1 ? opacity : null
			},
			escapeXml(el.textContent.trim())
		)
	);
	const box = el.getBoundingClientRect();
	include(walk, box.left - walk.origin.left, box.top - walk.origin.top, box.width, box.height);
}
