/**
 * Where the title, the "illustrative data" notice, the source line and the chart go on the slide,
 * and how the chart is scaled into its box. Pure arithmetic on sizes, so it is unit-tested in node
 * with worked numbers; region-to-svg.ts draws what it places.
 */
import type { Box, Size } from './box';
import { estimateTextWidth, wrapText, type MeasureText } from './text-wrap';

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
