import { describe, expect, it } from 'vitest';
import { wilsonInterval, wilsonIntervalFromPercent, Z_95 } from '../../../../src/lib/kpi/stats';

/**
 * Hand arithmetic, z = 1.959964, z² = 3.841459:
 *  5/10: p̂ = .5, 1 + z²/n = 1.384146, centre = (.5 + .192073)/1.384146 = .5,
 *        half = (1.959964/1.384146) × √(.025 + .009604) = 1.416010 × .186020 = .263407
 *        → 23.66%, 76.34%
 *  0/12: 1 + z²/n = 1.320122, centre = .160061/1.320122 = .121247,
 *        half = 1.484685 × √(3.841459/576) = 1.484685 × .081665 = .121247 → 0%, 24.25%
 * 12/12: mirror image of 0/12 → 75.75%, 100%
 * 60/100: 1 + z²/n = 1.038415, centre = (.6 + .019207)/1.038415 = .596301,
 *        half = 1.887459 × √(.0024 + .000096) = 1.887459 × .049960 = .094298 → 50.20%, 69.06%
 */
describe('wilsonInterval (95%, percent)', () => {
	it.each([
		[5, 10, 23.7, 76.3],
		[0, 12, 0, 24.2],
		[12, 12, 75.8, 100],
		[60, 100, 50.2, 69.1]
	])('%d / %d → %d%% to %d%%', (successes, n, lower, upper) => {
		const ci = wilsonInterval(successes, n);
		expect(ci?.lower).toBeCloseTo(lower, 1);
		expect(ci?.upper).toBeCloseTo(upper, 1);
	});

	it('never leaves 0–100 at the extremes', () => {
		expect(wilsonInterval(0, 12)?.lower).toBe(0);
		expect(wilsonInterval(12, 12)?.upper).toBe(100);
	});

	it.each([
		[0, 0],
		[null, 10],
		[3, null]
	])('%s / %s → null', (successes, n) => {
		expect(wilsonInterval(successes, n)).toBeNull();
	});

	it.each([
		[11, 10],
		[-1, 10],
		[1, -5]
	])('%d / %d is impossible and throws', (successes, n) => {
		expect(() => wilsonInterval(successes, n)).toThrow(RangeError);
	});

	it('uses z = 1.959963984540054', () => {
		expect(Z_95).toBe(1.959963984540054);
	});
});

describe('wilsonIntervalFromPercent', () => {
	it('50% of 10 is the same interval as 5 / 10 (23.7%, 76.3%)', () => {
		const ci = wilsonIntervalFromPercent(50, 10);
		expect(ci?.lower).toBeCloseTo(23.7, 1);
		expect(ci?.upper).toBeCloseTo(76.3, 1);
	});

	it('0% and 100% of 12 (24.2% upper; 75.8% lower)', () => {
		expect(wilsonIntervalFromPercent(0, 12)?.upper).toBeCloseTo(24.2, 1);
		expect(wilsonIntervalFromPercent(100, 12)?.lower).toBeCloseTo(75.8, 1);
	});

	it('n = 0 or missing → null; a percentage above 100 throws', () => {
		expect(wilsonIntervalFromPercent(50, 0)).toBeNull();
		expect(wilsonIntervalFromPercent(null, 10)).toBeNull();
		expect(() => wilsonIntervalFromPercent(101, 10)).toThrow(RangeError);
	});
});
