import { describe, expect, it } from 'vitest';
import { fitBox, slideLayout } from '../../../../src/lib/export/chart-image/slide-layout';

/** Compares every number to 6 decimal places: layout arithmetic is in binary floating point. */
function expectClose(actual: unknown, expected: unknown): void {
	const round = (value: unknown): unknown =>
		typeof value === 'number'
			? Math.round(value * 1e6) / 1e6
			: Array.isArray(value)
				? value.map(round)
				: value && typeof value === 'object'
					? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]))
					: value;
	expect(round(actual)).toEqual(round(expected));
}

describe('fitBox', () => {
	it('scales a wide chart to the frame width and centres it vertically', () => {
		// 1792 / 1000 = 1.792 < 800 / 400 = 2; height 400 × 1.792 = 716.8; (800 − 716.8) / 2 = 41.6.
		expectClose(fitBox({ width: 1000, height: 400 }, { x: 64, y: 200, width: 1792, height: 800 }), {
			x: 64,
			y: 241.6,
			width: 1792,
			height: 716.8,
			scale: 1.792
		});
	});

	it('scales a tall chart to the frame height and centres it horizontally', () => {
		expectClose(fitBox({ width: 400, height: 400 }, { x: 0, y: 0, width: 1000, height: 500 }), {
			x: 250,
			y: 0,
			width: 500,
			height: 500,
			scale: 1.25
		});
	});

	it('does not scale content with no area', () => {
		expectClose(fitBox({ width: 0, height: 10 }, { x: 10, y: 20, width: 100, height: 50 }), {
			x: 60,
			y: 40,
			width: 0,
			height: 10,
			scale: 1
		});
	});
});

describe('slideLayout', () => {
	// Worked by hand with the default estimate (0.6 em bold title, 0.55 em source) on 1920 × 1080:
	// margins 64 at the sides, 48 at the top, 40 at the bottom; 32 between the parts. A line's
	// baseline sits (step − size) / 2 + 0.9 × size below its top.
	it('places a one-line title, the source at the bottom and the chart between', () => {
		const layout = slideLayout({
			width: 1920,
			height: 1080,
			title: 'Short title',
			source: 'Source: DfE'
		});
		// Title 44px in 55px lines from 48: baseline 48 + 5.5 + 39.6 = 93.1.
		expectClose(layout.title, { fontSize: 44, lines: [{ text: 'Short title', x: 64, y: 93.1 }] });
		expect(layout.notice).toBeNull();
		// Source 24px in 32.4px lines ending 40 above the bottom: top 1007.6, baseline
		// 1007.6 + 4.2 + 21.6 = 1033.4.
		expectClose(layout.source, {
			fontSize: 24,
			lines: [{ text: 'Source: DfE', x: 64, y: 1033.4 }]
		});
		// From 48 + 55 + 32 = 135 down to 1007.6 − 32 = 975.6.
		expectClose(layout.chart, { x: 64, y: 135, width: 1792, height: 840.6 });
	});

	it('wraps a long title, adds the notice under it with its bar, and shrinks the chart box', () => {
		// Eight 9-letter words: six make 59 characters × 26.4px = 1557.6 ≤ 1792, seven make 1821.6.
		const title = Array(8).fill('aaaaaaaaa').join(' ');
		const layout = slideLayout({
			width: 1920,
			height: 1080,
			title,
			source: 'Source: DfE',
			notice: 'Illustrative'
		});
		expectClose(
			layout.title.lines.map((l) => [l.text.split(' ').length, l.y]),
			[
				[6, 93.1],
				[2, 148.1]
			]
		);
		// Title ends at 48 + 2 × 55 = 158; the notice starts half a gap lower, at 174, indented 20.
		expectClose(layout.notice, {
			fontSize: 24,
			lines: [{ text: 'Illustrative', x: 84, y: 199.8 }],
			bar: { x: 64, y: 174, width: 6, height: 32.4 }
		});
		// From 174 + 32.4 + 32 = 238.4 down to 975.6.
		expectClose(layout.chart, { x: 64, y: 238.4, width: 1792, height: 737.2 });
	});

	it('scales every size with the slide', () => {
		const layout = slideLayout({ width: 960, height: 540, title: 'Short title', source: 'S' });
		expectClose(layout.title, { fontSize: 22, lines: [{ text: 'Short title', x: 32, y: 46.55 }] });
		expectClose(layout.source, { fontSize: 12, lines: [{ text: 'S', x: 32, y: 516.7 }] });
		expectClose(layout.chart, { x: 32, y: 67.5, width: 896, height: 420.3 });
	});

	it('keeps at most three title lines and four source lines', () => {
		const words = (n: number) => Array(n).fill('word').join(' ');
		const layout = slideLayout({
			width: 1920,
			height: 1080,
			title: words(200),
			source: words(600)
		});
		expect(layout.title.lines).toHaveLength(3);
		expect(layout.title.lines[2]?.text.endsWith('…')).toBe(true);
		expect(layout.source.lines).toHaveLength(4);
		expect(layout.source.lines[3]?.text.endsWith('…')).toBe(true);
	});

	it('uses the measure it is given', () => {
		const wide = () => 10_000;
		const layout = slideLayout({ width: 1920, height: 1080, title: 'a b', source: 'c' }, wide);
		expect(layout.title.lines.map((l) => l.text)).toEqual(['a', 'b']);
	});
});
