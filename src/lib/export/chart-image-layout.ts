/**
 * Pure helpers for chart image export (chart-image.ts does the DOM work): XML text, file names,
 * fitting and wrapping for the slide layout, reading computed CSS values, and moving SVG path
 * data into another coordinate system. No DOM, so all of it is unit-tested in node.
 */

export interface Size {
	width: number;
	height: number;
}

export interface Box extends Size {
	x: number;
	y: number;
}

// ---------------------------------------------------------------------------------------------
// XML

// Characters XML 1.0 forbids anywhere, even escaped (C0 controls but tab, LF, CR; U+FFFE/FFFF),
// and UTF-16 halves without their partner: a parser rejects the whole file for one of them.
const INVALID_XML =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe for XML content and for double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
	return text
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** A number for an attribute: at most 2 decimal places (0.01px is far below a device pixel). */
export function num(value: number): string {
	const rounded = Math.round(value * 100) / 100;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type AttributeValue = string | number | null | undefined;

/**
 * One element as XML. Attributes that are null or undefined are left out (so callers can pass
 * optional ones inline); numbers go through `num`; `content` is inserted as is (already XML).
 */
export function xmlElement(
	name: string,
	attributes: Readonly<Record<string, AttributeValue>>,
	content?: string
): string {
	const attrs = Object.entries(attributes)
		.filter((entry): entry is [string, string | number] => entry[1] != null)
		.map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`)
		.join('');
	return content === undefined || content === ''
		? `<${name}${attrs}/>`
		: `<${name}${attrs}>${content}</${name}>`;
}

// ---------------------------------------------------------------------------------------------
// File names

const FILE_PREFIX = 'herts-kpi';
const MAX_STEM = 80;

/**
 * `herts-kpi_<title as lower-case words joined by hyphens>.<extension>`, accents folded and cut
 * between words at 80 characters; 'chart' when the title has no letters or digits.
 */
export function chartImageFileName(title: string, extension: 'png' | 'svg'): string {
	let stem = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (stem.length > MAX_STEM) {
		const head = stem.slice(0, MAX_STEM + 1);
		const gap = head.lastIndexOf('-');
		stem = (gap > MAX_STEM / 2 ? head.slice(0, gap) : head.slice(0, MAX_STEM)).replace(/-+$/, '');
	}
	return `${FILE_PREFIX}_${stem || 'chart'}.${extension}`;
}

// ---------------------------------------------------------------------------------------------
// Fitting and wrapping

/**
 * `content` scaled uniformly to the largest size that fits in `frame`, centred in it. Content
 * with no area is not scaled (scale 1) and sits at the frame's centre.
 */
export function fitBox(content: Size, frame: Box): Box & { scale: number } {
	const scale =
		content.width > 0 && content.height > 0
			? Math.min(frame.width / content.width, frame.height / content.height)
			: 1;
	const width = content.width * scale;
	const height = content.height * scale;
	return {
		x: frame.x + (frame.width - width) / 2,
		y: frame.y + (frame.height - height) / 2,
		width,
		height,
		scale
	};
}

/** Width of a line of text in pixels, at a font size, in a weight. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

/**
 * A generous estimate of a line's width in a system sans-serif: 0.55 em a character, 0.6 em in
 * bold. Used where the browser cannot measure (tests); overestimating only wraps a little early.
 */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) =>
	[...text].length * fontSize * (bold ? 0.6 : 0.55);

/**
 * `text` broken at spaces into lines no wider than `maxWidth` (by `measure`). A word wider than
 * a whole line is broken between characters. With `maxLines`, the last line kept ends in '…' when
 * text was left out.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: (line: string) => number,
	maxLines = Infinity
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const joined = line === '' ? word : `${line} ${word}`;
		if (measure(joined) <= maxWidth) {
			line = joined;
			continue;
		}
		if (line !== '') lines.push(line);
		line = '';
		// The word alone: whole if it fits, else as many characters as fit on each line.
		for (const char of word) {
			if (line !== '' && measure(line + char) > maxWidth) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	if (line !== '') lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]}…`;
	while (last.length > 1 && measure(last) > maxWidth) last = `${last.slice(0, -2).trimEnd()}…`;
	kept[maxLines - 1] = last;
	return kept;
}

/** One line of text placed on the slide: `y` is its baseline. */
export interface PlacedLine {
	text: string;
	x: number;
	y: number;
}

export interface SlideLayout {
	title: { lines: PlacedLine[]; fontSize: number };
	/** The "illustrative data" notice under the title, when there is one. */
	notice: { lines: PlacedLine[]; fontSize: number; bar: Box } | null;
	source: { lines: PlacedLine[]; fontSize: number };
	/** Where the chart goes: it is scaled to fit inside and centred (see fitBox). */
	chart: Box;
}

export interface SlideText {
	width: number;
	height: number;
	title: string;
	/** The whole source line, "Source: " included. */
	source: string;
	/** Shown under the title, e.g. that the data is illustrative; '' or omitted for none. */
	notice?: string;
}

// Sizes for a 1920 × 1080 slide, scaled with the slide's shorter proportion at other sizes: a
// title readable from the back of a room, and a source line that is small but legible.
const TITLE_PX = 44;
const TITLE_LINE = 1.25;
const TITLE_MAX_LINES = 3;
const NOTE_PX = 24;
const NOTE_LINE = 1.35;
// Sources can be long (file names, a licence) and are cut only past four lines.
const SOURCE_MAX_LINES = 4;
const SIDE_MARGIN = 64;
const TOP_MARGIN = 48;
const BOTTOM_MARGIN = 40;
const GAP = 32;
/** Where a baseline sits in a line box of height 1 em: a little under the ascent. */
const BASELINE_EM = 0.9;

/**
 * Where the title (wrapped, bold, up to 3 lines), the notice, the source line (up to 4 lines,
 * at the bottom) and the chart box go on a slide of `width` × `height` pixels.
 */
export function slideLayout(
	text: SlideText,
	measure: MeasureText = estimateTextWidth
): SlideLayout {
	const unit = Math.min(text.width / 1920, text.height / 1080);
	const side = SIDE_MARGIN * unit;
	const textWidth = text.width - 2 * side;
	const gap = GAP * unit;

	const titlePx = TITLE_PX * unit;
	const titleStep = titlePx * TITLE_LINE;
	const titleTop = TOP_MARGIN * unit;
	const titleLines = wrapText(
		text.title,
		textWidth,
		(l) => measure(l, titlePx, true),
		TITLE_MAX_LINES
	).map((line, i) => ({
		text: line,
		x: side,
		y: titleTop + i * titleStep + (titleStep - titlePx) / 2 + BASELINE_EM * titlePx
	}));
	let top = titleTop + titleLines.length * titleStep;

	const notePx = NOTE_PX * unit;
	const noteStep = notePx * NOTE_LINE;
	let notice: SlideLayout['notice'] = null;
	if (text.notice) {
		// Indented past a bar, as the page shows the notice.
		const indent = 20 * unit;
		const lines = wrapText(text.notice, textWidth - indent, (l) => measure(l, notePx, false));
		const noteTop = top + gap / 2;
		notice = {
			fontSize: notePx,
			lines: lines.map((line, i) => ({
				text: line,
				x: side + indent,
				y: noteTop + i * noteStep + (noteStep - notePx) / 2 + BASELINE_EM * notePx
			})),
			bar: { x: side, y: noteTop, width: 6 * unit, height: lines.length * noteStep }
		};
		top = noteTop + lines.length * noteStep;
	}

	const sourceLines = wrapText(
		text.source,
		textWidth,
		(l) => measure(l, notePx, false),
		SOURCE_MAX_LINES
	);
	const sourceTop = text.height - BOTTOM_MARGIN * unit - sourceLines.length * noteStep;
	const chartTop = top + gap;
	return {
		title: { lines: titleLines, fontSize: titlePx },
		notice,
		source: {
			fontSize: notePx,
			lines: sourceLines.map((line, i) => ({
				text: line,
				x: side,
				y: sourceTop + i * noteStep + (noteStep - notePx) / 2 + BASELINE_EM * notePx
			}))
		},
		chart: {
			x: side,
			y: chartTop,
			width: textWidth,
			height: Math.max(0, sourceTop - gap - chartTop)
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Computed CSS values

/** A CSS length in pixels as getComputedStyle writes it ('3px', '0', '1.5'); null otherwise. */
export function cssPixels(value: string): number | null {
	const match = /^\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(px)?\s*$/i.exec(value);
	return match ? Number(match[1]) : null;
}

/** A computed `stroke-dasharray` ('6px, 4px' or 'none') as numbers; null for none or zero. */
export function parseDashArray(value: string): number[] | null {
	if (value.trim() === '' || value.trim() === 'none') return null;
	const parts = value
		.split(/[\s,]+/)
		.filter(Boolean)
		.map(cssPixels);
	if (parts.some((p) => p === null || p < 0)) return null;
	const dashes = parts as number[];
	return dashes.every((d) => d === 0) ? null : dashes;
}

export interface Colour {
	/** An SVG paint: '#rrggbb' for rgb()/rgba(), or the computed text when it is another form. */
	paint: string;
	/** 0 (transparent) to 1. */
	alpha: number;
}

const hex2 = (n: number) =>
	Math.round(Math.min(255, Math.max(0, n)))
		.toString(16)
		.padStart(2, '0');

/**
 * A computed colour or paint: `rgb(r, g, b)`, `rgba(r, g, b, a)` and the space-separated forms
 * become '#rrggbb' plus alpha, so that every SVG reader understands them; 'none', 'transparent',
 * fully transparent colours and paint-server references (url(…), which the export does not copy)
 * give null; other colour syntaxes are passed through as opaque.
 */
export function parseColour(value: string): Colour | null {
	const text = value.trim().toLowerCase();
	if (text === '' || text === 'none' || text === 'transparent' || text.startsWith('url(')) {
		return null;
	}
	const match =
		/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
	if (!match) return { paint: value.trim(), alpha: 1 };
	const [, r = '0', g = '0', b = '0', a, percent] = match;
	const alpha = a === undefined ? 1 : Number(a) / (percent ? 100 : 1);
	if (alpha <= 0) return null;
	return {
		paint: `#${hex2(Number(r))}${hex2(Number(g))}${hex2(Number(b))}`,
		alpha: Math.min(1, alpha)
	};
}

/**
 * The radii of a computed `border-*-radius` ('4px', '50%', '4px 8px') on a box: percentages are
 * of the box's width (x) and height (y), and neither radius exceeds half the box.
 */
export function cornerRadius(value: string, box: Size): { rx: number; ry: number } {
	const [first = '0', second = first] = value.trim().split(/\s+/);
	const resolve = (part: string, length: number) => {
		const n = part.endsWith('%') ? (Number(part.slice(0, -1)) / 100) * length : cssPixels(part);
		return Math.min(Math.max(0, n ?? 0), length / 2);
	};
	return { rx: resolve(first, box.width), ry: resolve(second, box.height) };
}

// ---------------------------------------------------------------------------------------------
// SVG path data

/** x' = sx·x + tx, y' = sy·y + ty: the only transforms the export moves path data through. */
export interface ScaleTranslate {
	sx: number;
	sy: number;
	tx: number;
	ty: number;
}

/** How many numbers each path command takes per repetition. */
const PATH_ARITY: Readonly<Record<string, number>> = {
	m: 2,
	l: 2,
	t: 2,
	h: 1,
	v: 1,
	c: 6,
	s: 4,
	q: 4,
	a: 7,
	z: 0
};

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;

/** Reads path data into commands and their numbers; throws on anything malformed. */
function parsePath(d: string): { command: string; values: number[] }[] {
	const out: { command: string; values: number[] }[] = [];
	let i = 0;
	const skip = () => {
		while (i < d.length && /[\s,]/.test(d.charAt(i))) i++;
	};
	skip();
	while (i < d.length) {
		const command = d.charAt(i);
		const arity = PATH_ARITY[command.toLowerCase()];
		if (arity === undefined) throw new Error(`Unsupported path data at "${d.slice(i, i + 8)}"`);
		i++;
		const values: number[] = [];
		skip();
		while (arity > 0 && i < d.length && !/[a-z]/i.test(d.charAt(i))) {
			// The arc flags (4th and 5th of 7) are one character each and may be run together.
			const slot = values.length % 7;
			if (command.toLowerCase() === 'a' && (slot === 3 || slot === 4)) {
				const flag = d.charAt(i);
				if (flag !== '0' && flag !== '1') throw new Error('Bad arc flag in path data');
				values.push(Number(flag));
				i++;
			} else {
				const match = NUMBER.exec(d.slice(i));
				if (!match) throw new Error(`Bad number in path data at "${d.slice(i, i + 8)}"`);
				values.push(Number(match[0]));
				i += match[0].length;
			}
			skip();
		}
		if (arity === 0 ? values.length > 0 : values.length === 0 || values.length % arity !== 0) {
			throw new Error(`Wrong number of values for "${command}" in path data`);
		}
		out.push({ command, values });
	}
	return out;
}

/**
 * Path data moved through a scale-and-translate: absolute coordinates are scaled and moved,
 * relative ones only scaled, arc radii scaled (an arc's sweep flips when the transform mirrors).
 * Arcs keep their rotation, which is exact for unrotated arcs and for uniform scales.
 */
export function transformPathData(d: string, m: ScaleTranslate): string {
	const parts: string[] = [];
	parsePath(d).forEach(({ command, values }, index) => {
		const lower = command.toLowerCase();
		const relative = command === lower;
		const out: number[] = [];
		for (let k = 0; k < values.length; k++) {
			const v = values[k] as number;
			const slot = lower === 'a' ? k % 7 : k % (PATH_ARITY[lower] as number);
			// A leading relative moveto starts from the origin, so its first point is absolute.
			const absolute = !relative || (index === 0 && lower === 'm' && k < 2);
			if (lower === 'a' && slot < 5) {
				if (slot === 0) out.push(v * Math.abs(m.sx));
				else if (slot === 1) out.push(v * Math.abs(m.sy));
				else if (slot === 4) out.push(m.sx * m.sy < 0 ? 1 - v : v);
				else out.push(v);
				continue;
			}
			const isY = lower === 'v' || (lower === 'a' ? slot === 6 : lower !== 'h' && slot % 2 === 1);
			const scale = isY ? m.sy : m.sx;
			out.push(v * scale + (absolute ? (isY ? m.ty : m.tx) : 0));
		}
		if (index === 0 && command === 'm') {
			// Written as an absolute moveto followed by the relative linetos it implied.
			parts.push(`M${out.slice(0, 2).map(num).join(' ')}`);
			if (out.length > 2) parts.push(`l${out.slice(2).map(num).join(' ')}`);
			return;
		}
		parts.push(command + out.map(num).join(' '));
	});
	return parts.join('');
}
