/**
 * HTML text redrawn as SVG <text>: each text node is measured line by line where the browser laid
 * it out, and each line is drawn at that position and held to that width.
 */
import { cssPixels, parseColour } from './css-values';
import { fontMetrics } from './font-metrics';
import { include, type Walk } from './walk-state';
import { escapeXml, xmlElement, type AttributeValue } from './xml';

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

export function drawText(
	node: Text,
	style: CSSStyleDeclaration,
	walk: Walk,
	opacity: number
): void {
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
