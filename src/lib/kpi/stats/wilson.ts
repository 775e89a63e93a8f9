/**
 * 95% Wilson score interval for a proportion.
 *
 * Why: PRODUCT.md asks for an interval beside every small-cohort percentage, so that 3 of 4 pupils
 * (75%) is not read as precisely as 750 of 1,000. The Wilson interval behaves well exactly where
 * the simple "p ± 1.96·SE" interval fails: small n and proportions near 0% or 100% (it never goes
 * below 0 or above 100, and is not zero-width at 0/n or n/n).
 *
 * How: with p̂ = successes / n and z the 97.5th percentile of the standard normal,
 *   centre    = (p̂ + z²/2n) / (1 + z²/n)
 *   halfWidth = z / (1 + z²/n) · √( p̂(1 − p̂)/n + z²/4n² )
 * and the interval is centre ± halfWidth, returned in percent and unrounded (round for display).
 */

/** The 97.5th percentile of the standard normal distribution (two-sided 95%). */
export const Z_95 = 1.959963984540054;

export interface WilsonInterval {
	/** Lower and upper bounds, in percent (0–100). */
	lower: number;
	upper: number;
}

/**
 * Interval for `successes` out of `n`. Null when n is 0 or either input is missing. Throws on
 * impossible input (negative counts, successes > n): that is a bug upstream, not a data gap.
 */
export function wilsonInterval(
	successes: number | null,
	n: number | null,
	z = Z_95
): WilsonInterval | null {
	if (successes === null || n === null || n === 0) return null;
	if (!(n > 0) || !(successes >= 0) || successes > n) {
		throw new RangeError(`wilsonInterval: need 0 ≤ successes ≤ n, got ${successes} of ${n}`);
	}
	return fromProportion(successes / n, n, z);
}

/**
 * Interval for a published percentage of `n` pupils. Published data gives percentages, not
 * counts; the proportion is used as given (not rounded back to a whole number of pupils), since
 * Wilson's formula only needs p̂ and n.
 */
export function wilsonIntervalFromPercent(
	percent: number | null,
	n: number | null,
	z = Z_95
): WilsonInterval | null {
	if (percent === null || n === null || n === 0) return null;
	if (!(n > 0) || !(percent >= 0) || percent > 100) {
		throw new RangeError(`wilsonIntervalFromPercent: need 0 ≤ percent ≤ 100, n > 0`);
	}
	return fromProportion(percent / 100, n, z);
}

function fromProportion(p: number, n: number, z: number): WilsonInterval {
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	// At p̂ = 0 the lower bound is exactly 0 (and at p̂ = 1 the upper is exactly 100): the two terms
	// cancel algebraically, but floating point leaves a residue like 2.8e-15. Pin those, and clamp
	// the rest so rounding noise can never leave 0–100.
	const clamp = (v: number) => Math.min(100, Math.max(0, 100 * v));
	return {
		lower: p === 0 ? 0 : clamp(centre - halfWidth),
		upper: p === 1 ? 100 : clamp(centre + halfWidth)
	};
}
