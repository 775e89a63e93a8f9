import { describe, expect, it } from 'vitest';
import { quartile } from '../../../../src/lib/kpi/stats';
import type { Polarity } from '../../../../src/lib/kpi/types';

// n = 8, with a tie at 65. band = ceil(4 × rank / 8) = ceil(rank / 2).
const LAS = [60, 65, 80, 70, 55, 75, 65, 72];

describe('quartile', () => {
	it.each<[number, Polarity, number, number]>([
		// higher is better: order 80, 75, 72, 70, 65, 65, 60, 55
		[80, 'higher_is_better', 1, 1], // rank 1 → ceil(0.5) = 1
		[72, 'higher_is_better', 3, 2], // rank 3 → ceil(1.5) = 2
		[70, 'higher_is_better', 4, 2], // rank 4 → ceil(2) = 2
		[65, 'higher_is_better', 5, 3], // 4 strictly better → rank 5 (both 65s) → ceil(2.5) = 3
		[60, 'higher_is_better', 7, 4], // rank 7 (after the two 65s) → ceil(3.5) = 4
		[55, 'higher_is_better', 8, 4], // rank 8 → 4
		// lower is better (e.g. a gap): order 55, 60, 65, 65, 70, 72, 75, 80
		[55, 'lower_is_better', 1, 1],
		[65, 'lower_is_better', 3, 2], // 55, 60 better → rank 3 → ceil(1.5) = 2
		[70, 'lower_is_better', 5, 3], // 55, 60, 65, 65 better → rank 5 → 3
		[80, 'lower_is_better', 8, 4]
	])('%d (%s) → rank %d, quartile %d', (value, polarity, rank, band) => {
		expect(quartile(value, LAS, polarity)).toEqual({ band, rank, n: 8 });
	});

	it('all tied → every LA shares rank 1, quartile 1', () => {
		expect(quartile(10, [10, 10, 10, 10], 'higher_is_better')).toEqual({ band: 1, rank: 1, n: 4 });
	});

	it('drops missing values before ranking', () => {
		// values 80, 70, 60, 50 (n = 4); 70 has rank 2 → ceil(8 / 4) = 2
		expect(quartile(70, [80, null, 70, 60, 50], 'higher_is_better')).toEqual({
			band: 2,
			rank: 2,
			n: 4
		});
	});

	it('fewer than 4 values, or no value of its own → null', () => {
		expect(quartile(70, [80, 70, 60, null], 'higher_is_better')).toBeNull();
		expect(quartile(null, LAS, 'higher_is_better')).toBeNull();
	});

	it('throws when the LA value is not among the values', () => {
		expect(() => quartile(66, LAS, 'higher_is_better')).toThrow(RangeError);
	});
});
