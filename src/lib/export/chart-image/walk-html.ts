/**
 * The walk through the chart region's HTML: each visible element's box, then its text and child
 * elements in document order (so later content is drawn on top), handing any <svg> to walk-svg.ts.
 */
import { drawBox } from './html-box';
import { drawText } from './html-text';
import type { Walk } from './walk-state';
import { drawSvg } from './walk-svg';

export function drawHtml(el: Element, walk: Walk, opacity: number): void {
	if (el instanceof SVGSVGElement) return drawSvg(el, walk, opacity);
	// Screen-reader-only text is not part of the picture.
	if (!(el instanceof HTMLElement) || el.classList.contains('visually-hidden')) return;
	const style = getComputedStyle(el);
	if (style.display === 'none') return;
	const alpha = opacity * Number(style.opacity);
	if (alpha <= 0) return;
	if (style.visibility === 'visible') drawBox(el, style, walk, alpha);
	for (const child of el.childNodes) {
		if (child instanceof Text) drawText(child, style, walk, alpha);
		else if (child instanceof Element) drawHtml(child, walk, alpha);
	}
}
