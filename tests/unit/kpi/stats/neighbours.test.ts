import { describe, expect, it } from 'vitest';
import { neighbourMean } from '../../../../src/lib/kpi/stats';

describe('neighbourMean', () => {
	it('simple mean of the neighbours with a value, counting the missing', () => {
		// Illustrative values for the DfE May 2025 neighbours; three have none.
		// (62 + 66 + 58 + 57 + 70 + 61 + 68) = 442; 442 / 7 = 63.142857…
		const r = neighbourMean([
			{ name: 'Oxfordshire', value: 62 },
			{ name: 'Buckinghamshire', value: 66 },
			{ name: 'Cambridgeshire', value: 58 },
			{ name: 'Bracknell Forest', value: null },
			{ name: 'West Sussex', value: 57 },
			{ name: 'Bromley', value: 70 },
			{ name: 'Hampshire', value: 61 },
			{ name: 'Trafford', value: 68 },
			{ name: 'Gloucestershire', value: null },
			{ name: 'West Berkshire', value: Number.NaN }
		]);
		expect(r.mean).toBeCloseTo(63.142857, 5);
		expect(r.used).toBe(7);
		expect(r.missing).toBe(3);
		expect(r.missingNames).toEqual(['Bracknell Forest', 'Gloucestershire', 'West Berkshire']);
	});

	it.each([
		{ name: 'all ten present', input: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], mean: 5.5, used: 10 }, // 55 / 10
		{ name: 'one present', input: [null, 47.2, null], mean: 47.2, used: 1 },
		{ name: 'none present', input: [null, null], mean: null, used: 0 },
		{ name: 'no neighbours', input: [], mean: null, used: 0 }
	])('$name → mean $mean from $used', ({ input, mean, used }) => {
		const r = neighbourMean(input.map((value, i) => ({ name: `LA${i}`, value })));
		expect(r.mean).toBe(mean);
		expect(r.used).toBe(used);
		expect(r.missing).toBe(input.length - used);
	});
});
