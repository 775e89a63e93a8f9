/**
 * Quartile band of an LA among all LAs.
 *
 * Why: JAPR tables show "quartile among LAs" (1 = best quarter), and Herefordshire's strategy
 * (seed 003) frames ambition as "top quartile". Which end is best depends on the KPI's polarity:
 * a high KS2 % is good, a large gap is bad.
 *
 * How (the DfE LAIT style of banding):
 * 1. Drop missing values; n = how many LAs have a value (the LA's own value must be among them).
 * 2. rank = 1 + the number of LAs strictly better than this one (1 = best). Tied LAs therefore
 *    share the best rank of their group ("competition" ranking 1, 2, 2, 4): a tie never pushes an
 *    LA into a worse band than an identical neighbour.
 * 3. band = ceil(4 × rank / n), so ranks 1…n/4 are band 1, and the worst LA is always band 4.
 * With fewer than 4 values there are not four quarters to speak of, so the result is null.
 */
import type { Polarity } from '../types';

export type QuartileBand = 1 | 2 | 3 | 4;

export interface Quartile {
	band: QuartileBand;
	/** 1 = best; tied values share the best rank among them. */
	rank: number;
	/** How many LAs had a value. */
	n: number;
}

/** The minimum number of LA values for a quartile to mean anything. */
export const MIN_QUARTILE_VALUES = 4;

/**
 * `value` is the LA's own figure; `allValues` is every LA's figure including it. Null when the
 * LA's value is missing or fewer than 4 LAs have values. Throws if `value` is not among the values
 * (the band would be meaningless).
 */
export function quartile(
	value: number | null,
	allValues: readonly (number | null)[],
	polarity: Polarity
): Quartile | null {
	if (value === null || !Number.isFinite(value)) return null;
	const values = allValues.filter((v): v is number => v !== null && Number.isFinite(v));
	if (values.length < MIN_QUARTILE_VALUES) return null;
	if (!values.includes(value)) {
		throw new RangeError(`quartile: ${value} is not among the LA values it is ranked against`);
	}
	const better = (v: number) => (polarity === 'higher_is_better' ? v > value : v < value);
	const rank = 1 + values.filter(better).length;
	const band = Math.ceil((4 * rank) / values.length) as QuartileBand;
	return { band, rank, n: values.length };
}
