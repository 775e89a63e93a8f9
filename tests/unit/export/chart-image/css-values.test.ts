import { describe, expect, it } from 'vitest';
import {
	cornerRadius,
	cssPixels,
	parseColour,
	parseDashArray
} from '../../../../src/lib/export/chart-image/css-values';

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
