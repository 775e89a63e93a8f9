/**
 * Checks a chart's text alternative. A chart is an image of data: without alt text a screen
 * reader user gets nothing, and alt text that repeats the title tells them nothing new (the title
 * is already read out as the figure's caption).
 */

const normalise = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** What is wrong with `alt` for a chart titled `title`, or null when it will do. */
export function altProblem(title: string, alt: string | null | undefined): string | null {
	const a = normalise(alt ?? '');
	if (a === '') {
		return `Chart '${title}' has no alt text. Pass ChartFigure an \`alt\` that says in plain English what the chart shows (the trend, the latest value and how it compares with its target or England), without repeating the title.`;
	}
	if (a === normalise(title)) {
		return `Chart '${title}': alt text repeats the title. Say what the chart shows instead (the trend, the latest value and how it compares).`;
	}
	return null;
}
