import { describe, expect, it } from 'vitest';
import {
	CATEGORICAL,
	RAYG,
	RAYG_ORDER,
	TARGET_STYLE,
	contrastRatio,
	relativeLuminance,
	seriesStyle,
	textOn
} from '../../../src/lib/charts/palette';

describe('contrastRatio', () => {
	// Expectations from the WCAG definition: black on white is 21:1, a colour on itself 1:1, and
	// GOV.UK's #1d70b8 link blue is published as 5.17:1 on white.
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#1d70b8', '#ffffff', 5.17]
	])('%s on %s is %d:1', (a, b, ratio) => {
		expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
	});

	it('rejects anything but #rrggbb', () => {
		expect(() => relativeLuminance('red')).toThrow(/#rrggbb/);
	});
});

describe('categorical palette', () => {
	it('is the Analysis Function palette in its published order', () => {
		expect(CATEGORICAL).toEqual(['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1']);
	});

	it('every colour has at least 3:1 contrast with white (WCAG 1.4.11)', () => {
		for (const c of CATEGORICAL) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(3);
	});

	it('gives the first six series different colours, dashes and markers', () => {
		const styles = [0, 1, 2, 3, 4, 5].map(seriesStyle);
		for (const part of ['colour', 'dash', 'marker'] as const) {
			expect(new Set(styles.map((s) => s[part])).size).toBe(6);
		}
	});

	it('never draws a series in the target style', () => {
		for (let i = 0; i < 12; i++) expect(seriesStyle(i).dash).not.toBe(TARGET_STYLE.dash);
	});
});

describe('RAYG colours', () => {
	it.each(RAYG_ORDER)('%s: its text colour has at least 4.5:1 contrast', (rating) => {
		const { fill, text } = RAYG[rating];
		expect(contrastRatio(fill, text)).toBeGreaterThanOrEqual(4.5);
		expect(text).toBe(textOn(fill));
	});

	it('adjacent ratings differ in lightness, not only hue', () => {
		for (let i = 1; i < RAYG_ORDER.length; i++) {
			const a = RAYG[RAYG_ORDER[i - 1] as keyof typeof RAYG].fill;
			const b = RAYG[RAYG_ORDER[i] as keyof typeof RAYG].fill;
			expect(contrastRatio(a, b), `${a} next to ${b}`).toBeGreaterThanOrEqual(1.7);
		}
	});
});
