/**
 * Summary statistics for the benchmark. Percentiles interpolate linearly between the two nearest
 * ranks (the "type 7" rule of R and numpy), so p50 of an even count is the mean of the middle two.
 */

/** The p-th percentile (0–100) of `values`; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	if (p < 0 || p > 100) throw new Error(`percentile must be 0–100, not ${p}`);
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const lower = Math.floor(rank);
	const upper = Math.ceil(rank);
	const a = sorted[lower] as number;
	const b = sorted[upper] as number;
	return a + (b - a) * (rank - lower);
}

/** A measurement over repeated runs: the median and how widely the runs spread around it. */
export interface Summary {
	n: number;
	median: number;
	p25: number;
	p75: number;
	p95: number;
	min: number;
	max: number;
}

export function summarize(values: readonly number[]): Summary {
	return {
		n: values.length,
		median: percentile(values, 50),
		p25: percentile(values, 25),
		p75: percentile(values, 75),
		p95: percentile(values, 95),
		min: values.length ? Math.min(...values) : Number.NaN,
		max: values.length ? Math.max(...values) : Number.NaN
	};
}

/** national ÷ county, or null when either is missing or the county figure is 0. */
export function ratio(county: number | null, national: number | null): number | null {
	if (county === null || national === null || !Number.isFinite(county) || county === 0) return null;
	return national / county;
}
