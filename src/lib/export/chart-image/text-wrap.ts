/**
 * Breaking the slide's title, notice and source into lines. Measuring is passed in (the canvas in
 * the browser, an estimate in tests), so the wrapping rule itself has no DOM and is unit-tested.
 */

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
