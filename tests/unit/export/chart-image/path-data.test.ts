import { describe, expect, it } from 'vitest';
import { transformPathData } from '../../../../src/lib/export/chart-image/path-data';

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
