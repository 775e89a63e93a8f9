/**
 * A chart as a presentation image (SVG or PNG, 1920 × 1080 by default) with its title and source
 * burnt in, made from the chart as the page has laid it out. Browser-only: import it lazily.
 *
 * The charts mix HTML (axes, labels, markers, legends) with a stretched SVG (geometry), so no one
 * element can be serialised. Instead the chart region's DOM is walked and redrawn as plain SVG in
 * the region's CSS pixels: HTML text becomes <text> at the positions the browser measured, HTML
 * backgrounds and borders become <rect>s, and SVG shapes are copied with their computed styles
 * (Svelte's scoped classes do not exist in a standalone file). Shapes are moved into pixel
 * coordinates rather than nested in their stretched viewBox, so that strokes need no
 * `vector-effect`, which other SVG readers (PowerPoint, Illustrator) ignore. See
 * docs/decisions/0007-chart-image-export.md.
 */
import {
	cornerRadius,
	cssPixels,
	escapeXml,
	estimateTextWidth,
	fitBox,
	num,
	parseColour,
	parseDashArray,
	slideLayout,
	transformPathData,
	xmlElement,
	type AttributeValue,
	type Box,
	type Colour,
	type MeasureText,
	type PlacedLine,
	type ScaleTranslate
} from './chart-image-layout';

export { chartImageFileName } from './chart-image-layout';

export interface ChartImageOptions {
	/** The chart's title, burnt in at the top (bold, wrapped to up to three lines). */
	title: string;
	/** Where the data comes from, burnt in at the bottom after "Source: ". */
	source: string;
	/** Image width in pixels. Default 1920. */
	width?: number;
	/** Image height in pixels. Default 1080. */
	height?: number;
	/** True when the data is generated for the demo: the image says so under the title. */
	illustrative?: boolean;
}

const DEFAULT_WIDTH = 1920;
const DEFAULT_HEIGHT = 1080;
const TEXT = '#0b0c0c';
const MUTED = '#505a5f';
const NOTICE_BAR = '#f46a25';
const ILLUSTRATIVE = 'Illustrative data: generated for the demo, not council figures.';

/** What the walk has drawn so far, in CSS pixels from the region's top-left corner. */
interface Walk {
	origin: DOMRect;
	/** The root font, set once on the document so that each <text> need not repeat it. */
	fontFamily: string;
	parts: string[];
	defs: string[];
	bounds: { x0: number; y0: number; x1: number; y1: number };
}

function include(walk: Walk, x: number, y: number, width: number, height: number): void {
	const b = walk.bounds;
	b.x0 = Math.min(b.x0, x);
	b.y0 = Math.min(b.y0, y);
	b.x1 = Math.max(b.x1, x + width);
	b.y1 = Math.max(b.y1, y + height);
}

/** Fill or stroke attributes for a colour, with its alpha as a separate opacity. */
const paint = (name: 'fill' | 'stroke', colour: Colour | null): Record<string, AttributeValue> =>
	colour
		? { [name]: colour.paint, [`${name}-opacity`]: colour.alpha < 1 ? colour.alpha : null }
		: { [name]: name === 'fill' ? 'none' : null };

// ---------------------------------------------------------------------------------------------
// Text metrics

let canvasContext: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
	if (canvasContext === undefined)
		canvasContext = document.createElement('canvas').getContext('2d');
	return canvasContext;
}

const metricsCache = new Map<string, { ascent: number; descent: number }>();

/** The font's ascent and descent, to put a baseline inside the box the browser measured. */
function fontMetrics(style: CSSStyleDeclaration, fontSize: number) {
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
function canvasMeasure(fontFamily: string): MeasureText {
	const context = measuringContext();
	if (!context) return estimateTextWidth;
	return (text, fontSize, bold) => {
		context.font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
		return context.measureText(text).width;
	};
}

// ---------------------------------------------------------------------------------------------
// HTML text

/** One line of a text node as laid out: its words, and the box they cover on screen. */
interface TextLine {
	text: string;
	left: number;
	right: number;
	top: number;
	height: number;
}

const visibleRects = (range: Range) =>
	[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);

function addPiece(lines: TextLine[], text: string, rect: DOMRect, startsWord: boolean): void {
	const line = lines.at(-1);
	const sameLine =
		line !== undefined &&
		Math.abs(rect.top - line.top) < Math.max(rect.height, line.height) / 2 &&
		rect.left >= line.right - 1;
	if (!sameLine) {
		lines.push({ text, left: rect.left, right: rect.right, top: rect.top, height: rect.height });
		return;
	}
	line.text += startsWord ? ` ${text}` : text;
	line.right = rect.right;
	line.height = Math.max(line.height, rect.height);
}

/**
 * The lines a text node is drawn on. Each word is measured with a Range and words are grouped by
 * the line they sit on, so text that wraps (a long category name) keeps its line breaks. A word
 * split across lines (hyphenated or broken anywhere) is measured a character at a time.
 */
function measureLines(node: Text): TextLine[] {
	const range = document.createRange();
	const lines: TextLine[] = [];
	for (const match of node.data.matchAll(/\S+/g)) {
		const word = match[0];
		const start = match.index;
		range.setStart(node, start);
		range.setEnd(node, start + word.length);
		const rects = visibleRects(range);
		if (rects.length === 1) {
			addPiece(lines, word, rects[0] as DOMRect, true);
		} else if (rects.length > 1) {
			let offset = start;
			for (const char of word) {
				range.setStart(node, offset);
				range.setEnd(node, offset + char.length);
				const [rect] = visibleRects(range);
				if (rect) addPiece(lines, char, rect, offset === start);
				offset += char.length;
			}
		}
	}
	return lines;
}

function transformText(text: string, transform: string): string {
	if (transform === 'uppercase') return text.toUpperCase();
	if (transform === 'lowercase') return text.toLowerCase();
	if (transform === 'capitalize')
		return text.replace(/(^|\s)(\S)/g, (_, s, c) => s + c.toUpperCase());
	return text;
}

function drawText(node: Text, style: CSSStyleDeclaration, walk: Walk, opacity: number): void {
	if (style.visibility !== 'visible' || node.data.trim() === '') return;
	const colour = parseColour(style.color);
	if (!colour) return;
	const fontSize = cssPixels(style.fontSize) ?? 16;
	const { ascent, descent } = fontMetrics(style, fontSize);
	const letterSpacing = cssPixels(style.letterSpacing);
	for (const line of measureLines(node)) {
		const x = line.left - walk.origin.left;
		const top = line.top - walk.origin.top;
		const width = line.right - line.left;
		// The measured box is the font's ascent plus descent; centre that on it to find the baseline.
		const baseline = top + (line.height - (ascent + descent)) / 2 + ascent;
		const attributes: Record<string, AttributeValue> = {
			x,
			y: baseline,
			'font-family': style.fontFamily === walk.fontFamily ? null : style.fontFamily,
			'font-size': fontSize,
			'font-weight': style.fontWeight === '400' ? null : style.fontWeight,
			'font-style': style.fontStyle === 'normal' ? null : style.fontStyle,
			'letter-spacing': letterSpacing ? letterSpacing : null,
			fill: colour.paint,
			'fill-opacity': colour.alpha * opacity < 1 ? colour.alpha * opacity : null,
			// Holds each line to the width the browser laid it out at, so a reader with a different
			// font (another machine, PowerPoint) cannot push a label into its neighbour.
			textLength: width,
			lengthAdjust: 'spacingAndGlyphs'
		};
		const content = escapeXml(transformText(line.text, style.textTransform));
		walk.parts.push(xmlElement('text', attributes, content));
		include(walk, x, top, width, line.height);
	}
}

// ---------------------------------------------------------------------------------------------
// HTML boxes

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
function drawBox(el: Element, style: CSSStyleDeclaration, walk: Walk, opacity: number): void {
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

// ---------------------------------------------------------------------------------------------
// SVG

/** SVG content that is not drawn directly, or that the export does not copy (see the decision). */
const SKIPPED_SVG = new Set(
	(
		'title desc metadata defs clipPath mask marker pattern linearGradient radialGradient symbol ' +
		'style script foreignObject image use'
	).split(' ')
);

/** Geometry attributes copied when a shape keeps its own coordinates under a transform. */
const GEOMETRY = 'd x y width height x1 y1 x2 y2 cx cy r rx ry points'.split(' ');

type Geometry = { name: string; attributes: Record<string, AttributeValue> };

const length = (l: SVGAnimatedLength) => l.baseVal.value;

/** A shape's geometry moved into the region's pixels, or null when it cannot be (bad path). */
function flatGeometry(el: SVGGeometryElement, t: ScaleTranslate): Geometry | null {
	const px = (x: number) => t.sx * x + t.tx;
	const py = (y: number) => t.sy * y + t.ty;
	const sx = Math.abs(t.sx);
	const sy = Math.abs(t.sy);
	if (el instanceof SVGRectElement) {
		const [x0, x1] = [px(length(el.x)), px(length(el.x) + length(el.width))];
		const [y0, y1] = [py(length(el.y)), py(length(el.y) + length(el.height))];
		// rx and ry default to each other ('auto'), as SVG draws them.
		const rx = el.hasAttribute('rx') ? length(el.rx) : el.hasAttribute('ry') ? length(el.ry) : 0;
		const ry = el.hasAttribute('ry') ? length(el.ry) : rx;
		return {
			name: 'rect',
			attributes: {
				x: Math.min(x0, x1),
				y: Math.min(y0, y1),
				width: Math.abs(x1 - x0),
				height: Math.abs(y1 - y0),
				rx: rx > 0 ? rx * sx : null,
				ry: ry > 0 ? ry * sy : null
			}
		};
	}
	if (el instanceof SVGLineElement) {
		return {
			name: 'line',
			attributes: {
				x1: px(length(el.x1)),
				y1: py(length(el.y1)),
				x2: px(length(el.x2)),
				y2: py(length(el.y2))
			}
		};
	}
	if (el instanceof SVGCircleElement || el instanceof SVGEllipseElement) {
		const [rx, ry] =
			el instanceof SVGCircleElement
				? [length(el.r), length(el.r)]
				: [length(el.rx), length(el.ry)];
		const centre = { cx: px(length(el.cx)), cy: py(length(el.cy)) };
		// A circle in a stretched viewBox is an ellipse on screen, so it becomes one here.
		return Math.abs(rx * sx - ry * sy) < 1e-6
			? { name: 'circle', attributes: { ...centre, r: rx * sx } }
			: { name: 'ellipse', attributes: { ...centre, rx: rx * sx, ry: ry * sy } };
	}
	if (el instanceof SVGPolylineElement || el instanceof SVGPolygonElement) {
		const points = [...el.points].map((p) => `${num(px(p.x))},${num(py(p.y))}`).join(' ');
		return { name: el.localName, attributes: { points } };
	}
	if (el instanceof SVGPathElement) {
		try {
			return { name: 'path', attributes: { d: transformPathData(el.getAttribute('d') ?? '', t) } };
		} catch {
			return null;
		}
	}
	return null;
}

function ownGeometry(el: SVGGeometryElement): Geometry {
	const attributes: Record<string, AttributeValue> = {};
	for (const name of GEOMETRY) attributes[name] = el.getAttribute(name);
	return { name: el.localName, attributes };
}

/** The element's user space to region pixels, from the browser's own matrix. */
function toRegion(el: SVGGraphicsElement, walk: Walk): DOMMatrix | null {
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

const matrixText = (m: DOMMatrix) => `matrix(${[m.a, m.b, m.c, m.d, m.e, m.f].map(num).join(' ')})`;

/**
 * A shape with its computed styles. Under a scale and translation (every chart shape: stretched
 * geometry and uniformly scaled markers) the coordinates themselves are moved into pixels, so a
 * stroke is as wide as on screen in any reader. Anything rotated or skewed keeps its coordinates
 * under a matrix instead.
 */
function drawShape(
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

/** SVG <text> (the charts have none today): its content and font under its own matrix. */
function drawSvgText(
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
function drawSvg(svg: SVGSVGElement, walk: Walk, opacity: number): void {
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

// ---------------------------------------------------------------------------------------------
// The walk

function drawHtml(el: Element, walk: Walk, opacity: number): void {
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

function sizeOf(options: ChartImageOptions): { width: number; height: number } {
	const width = options.width ?? DEFAULT_WIDTH;
	const height = options.height ?? DEFAULT_HEIGHT;
	for (const n of [width, height]) {
		if (!Number.isInteger(n) || n < 1 || n > 16_384) {
			throw new RangeError(
				`Image size must be a whole number of pixels from 1 to 16384, not ${n}.`
			);
		}
	}
	return { width, height };
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

/** Rasterises that SVG to a PNG Blob of exactly width × height pixels. */
export async function chartRegionToPng(
	region: HTMLElement,
	options: ChartImageOptions
): Promise<Blob> {
	const { width, height } = sizeOf(options);
	const svg = chartRegionToSvg(region, options);
	// A same-origin blob: URL, so the canvas is not tainted and nothing goes over the network.
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw images (no canvas).');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, width, height);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) =>
					blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.')),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
