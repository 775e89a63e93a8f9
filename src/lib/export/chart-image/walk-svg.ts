/**
 * The walk through an <svg>: which elements are drawn, opacity carried down groups, and a clip
 * path where the <svg> clips what overflows it. What is skipped, and why, is listed in
 * docs/decisions/0007-chart-image-export.md.
 */
import { drawShape } from './svg-shape';
import { drawSvgText } from './svg-text';
import type { Walk } from './walk-state';
import { xmlElement } from './xml';

/** SVG content that is not drawn directly, or that the export does not copy (see the decision's limits). */
const SKIPPED_SVG = new Set(
	(
		'title desc metadata defs clipPath mask marker pattern linearGradient radialGradient symbol ' +
		'style script foreignObject image use'
	).split(' ')
);

function drawSvgNode(el: Element, walk: Walk, opacity: number): void {
	if (!(el instanceof SVGElement) || SKIPPED_SVG.has(el.localName)) return;
	if (el instanceof SVGSVGElement) return drawSvg(el, walk, opacity);
	const style = getComputedStyle(el);
	if (style.display === 'none') return;
	const alpha = opacity * Number(style.opacity);
	if (alpha <= 0) return;
	if (el instanceof SVGGeometryElement) drawShape(el, style, walk, alpha);
	else if (el instanceof SVGTextElement) drawSvgText(el, style, walk, alpha);
	else for (const child of el.children) drawSvgNode(child, walk, alpha);
}

/** An <svg> (the stretched chart, or a marker or key): its shapes, clipped if it clips. */
export function drawSvg(svg: SVGSVGElement, walk: Walk, opacity: number): void {
	const style = getComputedStyle(svg);
	if (style.display === 'none') return;
	const alpha = opacity * Number(style.opacity);
	if (alpha <= 0) return;
	const start = walk.parts.length;
	for (const child of svg.children) drawSvgNode(child, walk, alpha);
	if (style.overflow === 'visible' || walk.parts.length === start) return;
	const box = svg.getBoundingClientRect();
	const id = `clip-${walk.defs.length + 1}`;
	walk.defs.push(
		xmlElement(
			'clipPath',
			{ id },
			xmlElement('rect', {
				x: box.left - walk.origin.left,
				y: box.top - walk.origin.top,
				width: box.width,
				height: box.height
			})
		)
	);
	const clipped = walk.parts.splice(start).join('');
	walk.parts.push(xmlElement('g', { 'clip-path': `url(#${id})` }, clipped));
}
