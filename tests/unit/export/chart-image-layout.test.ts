import { describe, expect, it } from 'vitest';
import {
	chartImageFileName,
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
	wrapText,
	xmlElement
} from '../../../src/lib/export/chart-image-layout';

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

/** One pixel a character: makes wrapping easy to work out by hand. */
const chars = (line: string) => line.length;

describe('escapeXml', () => {
	it('escapes the five XML special characters', () => {
		expect(escapeXml(`A & B < C > "D" 'E'`)).toBe(
			'A &amp; B &lt; C &gt; &quot;D&quot; &apos;E&apos;'
		);
	});

	it('escapes an entity again rather than trusting it', () => {
		expect(escapeXml('&amp;')).toBe('&amp;amp;');
	});

	it('drops characters XML 1.0 forbids but keeps tab, line breaks and astral characters', () => {
		expect(escapeXml('a\u0000b\u0007c\td\ne\rf\uffff')).toBe('abc\td\ne\rf');
		expect(escapeXml('x\ud800y\udc00z')).toBe('xyz');
		expect(escapeXml('ok \ud83d\ude00')).toBe('ok \ud83d\ude00');
	});
});

describe('num and xmlElement', () => {
	it('writes at most two decimal places and never -0', () => {
		expect(num(3.14159)).toBe('3.14');
		expect(num(2.5)).toBe('2.5');
		expect(num(-1.236)).toBe('-1.24');
		expect(num(-0.001)).toBe('0');
		expect(num(1920)).toBe('1920');
	});

	it('leaves out null and undefined attributes and escapes values', () => {
		expect(xmlElement('rect', { x: 1.234, y: null, width: undefined, fill: 'a"b' })).toBe(
			'<rect x="1.23" fill="a&quot;b"/>'
		);
	});

	it('wraps content, and closes an element with none itself', () => {
		expect(xmlElement('text', { x: 0 }, 'Hi')).toBe('<text x="0">Hi</text>');
		expect(xmlElement('g', {}, '')).toBe('<g/>');
	});
});

describe('chartImageFileName', () => {
	it('is the title as lower-case words joined by hyphens', () => {
		expect(chartImageFileName('Schools judged good or outstanding, by district', 'png')).toBe(
			'herts-kpi_schools-judged-good-or-outstanding-by-district.png'
		);
	});

	it('folds accents and keeps digits', () => {
		expect(chartImageFileName('Élèves: 100% réussite', 'svg')).toBe(
			'herts-kpi_eleves-100-reussite.svg'
		);
	});

	it('falls back to "chart" for a title with no letters or digits', () => {
		expect(chartImageFileName('***', 'png')).toBe('herts-kpi_chart.png');
	});

	it('cuts a long title between words at 80 characters', () => {
		// Ten 9-letter words make 99 characters; the 9th word would end at 89, so 8 are kept (79).
		const title = Array(10).fill('abcdefghi').join(' ');
		expect(chartImageFileName(title, 'png')).toBe(
			`herts-kpi_${Array(8).fill('abcdefghi').join('-')}.png`
		);
	});

	it('cuts a single long word at exactly 80 characters', () => {
		expect(chartImageFileName('a'.repeat(100), 'png')).toBe(`herts-kpi_${'a'.repeat(80)}.png`);
	});
});

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

describe('estimateTextWidth', () => {
	it('allows 0.55 em a character, 0.6 em in bold, counting characters not UTF-16 units', () => {
		expect(estimateTextWidth('abcd', 10, false)).toBeCloseTo(22);
		expect(estimateTextWidth('abcd', 10, true)).toBeCloseTo(24);
		expect(estimateTextWidth('\ud83d\ude00', 10, false)).toBeCloseTo(5.5);
	});
});

describe('wrapText', () => {
	it('breaks at spaces so no line is wider than the limit', () => {
		expect(wrapText('the quick brown fox', 10, chars)).toEqual(['the quick', 'brown fox']);
	});

	it('collapses runs of spaces and ignores leading and trailing ones', () => {
		expect(wrapText('  a   b  ', 10, chars)).toEqual(['a b']);
		expect(wrapText('   ', 10, chars)).toEqual([]);
	});

	it('breaks a word longer than a line between characters', () => {
		expect(wrapText('a abcdefghijkl', 5, chars)).toEqual(['a', 'abcde', 'fghij', 'kl']);
	});

	it('ends the last kept line with an ellipsis when lines are left out', () => {
		expect(wrapText('one two three four', 9, chars, 2)).toEqual(['one two', 'three…']);
	});

	it('shortens the last kept line to make room for the ellipsis', () => {
		expect(wrapText('abcdefghi jk', 9, chars, 1)).toEqual(['abcdefgh…']);
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

describe('computed CSS values', () => {
	it('reads pixel lengths', () => {
		expect(cssPixels('3px')).toBe(3);
		expect(cssPixels('0')).toBe(0);
		expect(cssPixels('1.5')).toBe(1.5);
		expect(cssPixels('-2px')).toBe(-2);
		expect(cssPixels('1e1px')).toBe(10);
		expect(cssPixels('normal')).toBeNull();
		expect(cssPixels('50%')).toBeNull();
	});

	it('reads dash arrays, with none and all-zero as no dashes', () => {
		expect(parseDashArray('6px, 4px')).toEqual([6, 4]);
		expect(parseDashArray('10 4')).toEqual([10, 4]);
		expect(parseDashArray('none')).toBeNull();
		expect(parseDashArray('0px')).toBeNull();
		expect(parseDashArray('')).toBeNull();
		expect(parseDashArray('bad')).toBeNull();
	});

	it('turns rgb() and rgba() into hex and alpha', () => {
		expect(parseColour('rgb(18, 67, 109)')).toEqual({ paint: '#12436d', alpha: 1 });
		expect(parseColour('rgba(255, 255, 255, 0.9)')).toEqual({ paint: '#ffffff', alpha: 0.9 });
		expect(parseColour('rgb(255 255 255 / 85%)')).toEqual({ paint: '#ffffff', alpha: 0.85 });
	});

	it('has no colour for none, transparent and paint servers, and passes other syntaxes', () => {
		expect(parseColour('rgba(0, 0, 0, 0)')).toBeNull();
		expect(parseColour('transparent')).toBeNull();
		expect(parseColour('none')).toBeNull();
		expect(parseColour('url("#gradient") none')).toBeNull();
		expect(parseColour('color(srgb 1 0 0)')).toEqual({ paint: 'color(srgb 1 0 0)', alpha: 1 });
	});

	it('resolves corner radii, percentages against the box, at most half the box', () => {
		expect(cornerRadius('50%', { width: 16, height: 10 })).toEqual({ rx: 8, ry: 5 });
		expect(cornerRadius('4px', { width: 20, height: 20 })).toEqual({ rx: 4, ry: 4 });
		expect(cornerRadius('4px 8px', { width: 20, height: 20 })).toEqual({ rx: 4, ry: 8 });
		expect(cornerRadius('0px', { width: 20, height: 20 })).toEqual({ rx: 0, ry: 0 });
		expect(cornerRadius('30px', { width: 20, height: 10 })).toEqual({ rx: 10, ry: 5 });
	});
});

describe('transformPathData', () => {
	const m = (sx: number, sy: number, tx: number, ty: number) => ({ sx, sy, tx, ty });

	it('scales and moves absolute coordinates', () => {
		// (100, 100) → (10 × 100 + 5, 2 × 100 + 1).
		expect(transformPathData('M0,0L100,100', m(10, 2, 5, 1))).toBe('M5 1L1005 201');
	});

	it('only scales relative coordinates', () => {
		expect(transformPathData('M10 10l5 5h2v3z', m(10, 2, 5, 1))).toBe('M105 21l50 10h20v6z');
	});

	it('treats the first point of a leading relative moveto as absolute', () => {
		// (1, 2) → (2 + 10, 6 + 20); the implied lineto (3, 4) → (6, 12), relative.
		expect(transformPathData('m1 2 3 4', m(2, 3, 10, 20))).toBe('M12 26l6 12');
	});

	it('scales arc radii and keeps flags, as in a marker circle', () => {
		expect(transformPathData('M1,6a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z', m(2, 2, 0, 0))).toBe(
			'M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0Z'
		);
	});

	it('flips the sweep of an arc when the transform mirrors it', () => {
		expect(transformPathData('M0 0A5 5 0 0 1 10 0', m(-1, 1, 0, 0))).toBe('M0 0A5 5 0 0 0 -10 0');
	});

	it('reads arc flags written together and numbers written without separators', () => {
		expect(transformPathData('M0 0a5 5 0 1110 0', m(1, 1, 0, 0))).toBe('M0 0a5 5 0 1 1 10 0');
		expect(transformPathData('M.5.5L1e1-2', m(1, 1, 0, 0))).toBe('M0.5 0.5L10 -2');
	});

	it('moves every point of a curve', () => {
		expect(transformPathData('M0 0C1 2 3 4 5 6', m(2, 10, 1, 0))).toBe('M1 0C3 20 7 40 11 60');
	});

	it('throws on path data it cannot read', () => {
		expect(() => transformPathData('M0 0 X 5', m(1, 1, 0, 0))).toThrow(/Unsupported/);
		expect(() => transformPathData('M0', m(1, 1, 0, 0))).toThrow(/Wrong number/);
		expect(() => transformPathData('M0 0a5 5 0 2 0 1 1', m(1, 1, 0, 0))).toThrow(/arc flag/);
	});
});
