import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../../../src/lib/export/chart-image/text-wrap';

/** One pixel a character: makes wrapping easy to work out by hand. */
const chars = (line: string) => line.length;

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
