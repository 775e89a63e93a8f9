/**
 * Font measurements from a canvas: a font's ascent and descent (to place an HTML text baseline)
 * and the width of slide text in the page's own font (so that wrapping matches what is drawn).
 * Browser-only; one canvas context is made on first use and shared.
 */
import { estimateTextWidth, type MeasureText } from './text-wrap';

let canvasContext: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
	if (canvasContext === undefined)
		canvasContext = document.createElement('canvas').getContext('2d');
	return canvasContext;
}

const metricsCache = new Map<string, { ascent: number; descent: number }>();

/** The font's ascent and descent, to put a baseline inside the box the browser measured. */
export function fontMetrics(style: CSSStyleDeclaration, fontSize: number) {
	const font = `${style.fontStyle} ${style.fontWeight} ${fontSize}px ${style.fontFamily}`;
	let metrics = metricsCache.get(font);
	if (!metrics) {
		const context = measuringContext();
		const measured = context ? ((context.font = font), context.measureText('Hg')) : null;
		metrics = {
			ascent: measured?.fontBoundingBoxAscent ?? fontSize * 0.9,
			descent: measured?.fontBoundingBoxDescent ?? fontSize * 0.25
		};
		metricsCache.set(font, metrics);
	}
	return metrics;
}

/** Measures slide text in the page's own font, so wrapping matches what is drawn. */
export function canvasMeasure(fontFamily: string): MeasureText {
	const context = measuringContext();
	if (!context) return estimateTextWidth;
	return (text, fontSize, bold) => {
		context.font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
		return context.measureText(text).width;
	};
}
