/**
 * The whole image as one SVG document: the chart region walked and redrawn, then scaled into the
 * slide under its burnt-in title (and notice) and above its source line, on a white background.
 */
import { canvasMeasure } from './font-metrics';
import { sizeOf, type ChartImageOptions } from './options';
import { fitBox, slideLayout, type PlacedLine } from './slide-layout';
import type { Walk } from './walk-state';
import { drawHtml } from './walk-html';
import { escapeXml, num, xmlElement, type AttributeValue } from './xml';

const TEXT = '#0b0c0c';
const MUTED = '#505a5f';
const NOTICE_BAR = '#f46a25';
const ILLUSTRATIVE = 'Illustrative data: generated for the demo, not council figures.';

function slideText(
	lines: PlacedLine[],
	fontSize: number,
	attributes: Record<string, AttributeValue>
) {
	return lines
		.map((l) =>
			xmlElement(
				'text',
				{ x: l.x, y: l.y, 'font-size': fontSize, ...attributes },
				escapeXml(l.text)
			)
		)
		.join('\n');
}

/**
 * A standalone SVG document (string) of the chart region as laid out now, scaled to fit under a
 * burnt-in title and above a burnt-in source line, on a white background, exactly width × height.
 */
export function chartRegionToSvg(region: HTMLElement, options: ChartImageOptions): string {
	const { width, height } = sizeOf(options);
	const origin = region.getBoundingClientRect();
	const fontFamily = getComputedStyle(region).fontFamily;
	const walk: Walk = {
		origin,
		fontFamily,
		parts: [],
		defs: [],
		bounds: { x0: 0, y0: 0, x1: origin.width, y1: origin.height }
	};
	drawHtml(region, walk, 1);
	// The region plus whatever overflows it (an axis title below the plot, a label past the end).
	const b = walk.bounds;
	const content = { x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 };

	const source = /^source\b/i.test(options.source.trim())
		? options.source.trim()
		: `Source: ${options.source.trim()}`;
	const layout = slideLayout(
		{
			width,
			height,
			title: options.title,
			source,
			notice: options.illustrative ? ILLUSTRATIVE : ''
		},
		canvasMeasure(fontFamily)
	);
	const fit = fitBox(content, layout.chart);
	const transform = `translate(${num(fit.x)} ${num(fit.y)}) scale(${fit.scale.toFixed(4)}) translate(${num(-content.x)} ${num(-content.y)})`;
	const alt = region.getAttribute('aria-label')?.trim();
	const notice = layout.notice;

	const body = [
		xmlElement('title', {}, escapeXml(options.title)),
		alt ? xmlElement('desc', {}, escapeXml(alt)) : '',
		walk.defs.length > 0 ? `<defs>${walk.defs.join('')}</defs>` : '',
		xmlElement('rect', { width, height, fill: '#ffffff' }),
		slideText(layout.title.lines, layout.title.fontSize, { 'font-weight': 700, fill: TEXT }),
		notice
			? xmlElement('rect', { ...notice.bar, fill: NOTICE_BAR }) +
				'\n' +
				slideText(notice.lines, notice.fontSize, { fill: TEXT })
			: '',
		xmlElement('g', { transform }, '\n' + walk.parts.join('\n') + '\n'),
		slideText(layout.source.lines, layout.source.fontSize, { fill: MUTED })
	].filter(Boolean);
	const svg = xmlElement(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			role: 'img',
			'font-family': fontFamily,
			// SVG's default, said outright: ImageMagick's renderer otherwise outlines every shape.
			stroke: 'none'
		},
		'\n' + body.join('\n') + '\n'
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
