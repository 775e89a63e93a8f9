import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarize } from '../../../scripts/bench/stats';

describe('percentile (linear between ranks)', () => {
	it('interpolates between the two nearest ranks', () => {
		// Sorted 1 2 3 4; rank = p/100 × 3. p50 → 1.5 → 2.5; p25 → 0.75 → 1.75; p95 → 2.85 → 3.85.
		expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
		expect(percentile([4, 1, 3, 2], 25)).toBe(1.75);
		expect(percentile([4, 1, 3, 2], 95)).toBeCloseTo(3.85, 10);
		expect(percentile([4, 1, 3, 2], 0)).toBe(1);
		expect(percentile([4, 1, 3, 2], 100)).toBe(4);
	});

	it('p95 of 1…20 is 19.05 (rank 18.05)', () => {
		const values = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(percentile(values, 95)).toBeCloseTo(19.05, 10);
	});

	it('is the value itself for one value, NaN for none, and rejects p outside 0–100', () => {
		expect(percentile([7], 95)).toBe(7);
		expect(percentile([], 50)).toBeNaN();
		expect(() => percentile([1], 101)).toThrow();
	});
});

describe('summarize', () => {
	it('gives median, quartiles, p95 and range', () => {
		expect(summarize([10, 20, 30, 40, 50])).toEqual({
			n: 5,
			median: 30,
			p25: 20,
			p75: 40,
			p95: 48, // rank 3.8 → 40 + 0.8 × 10
			min: 10,
			max: 50
		});
	});
});

describe('ratio', () => {
	it('is national ÷ county, or null when it cannot be formed', () => {
		expect(ratio(100, 250)).toBe(2.5);
		expect(ratio(0, 5)).toBeNull();
		expect(ratio(null, 5)).toBeNull();
		expect(ratio(5, null)).toBeNull();
	});
});
