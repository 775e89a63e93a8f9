/**
 * Small helpers shared by the layers: rounding for stable markup and nice linear domains.
 */
import { scaleLinear } from 'd3';

/**
 * Rounds a coordinate to 2 decimal places. Positions are percentages of the plot, so this is
 * finer than a pixel on any screen, and it keeps the rendered markup short and the same on every
 * machine (snapshots, prerendered pages).
 */
export function round(n: number): number {
	const r = Math.round(n * 100) / 100;
	return Object.is(r, -0) ? 0 : r;
}

/**
 * A nice [min, max] covering `values`, with either end fixed by `fixed` (null = from the data).
 * Falls back to [0, 1] with no data, and widens a zero-width extent so a scale can be built.
 * `nice: false` keeps the data's own extent (sparklines, where rounding would flatten the trend).
 */
export function niceDomain(
	values: readonly number[],
	fixed: readonly [number | null, number | null] = [null, null],
	nice = true
): [number, number] {
	const finite = values.filter((v) => Number.isFinite(v));
	let lo = fixed[0] ?? (finite.length ? Math.min(...finite) : 0);
	let hi = fixed[1] ?? (finite.length ? Math.max(...finite) : 1);
	if (lo === hi) {
		if (fixed[1] === null) hi = lo === 0 ? 1 : lo + Math.abs(lo) * 0.1;
		else lo = hi === 0 ? -1 : hi - Math.abs(hi) * 0.1;
	}
	if (!nice) return [lo, hi];
	const [nlo, nhi] = scaleLinear().domain([lo, hi]).nice(5).domain() as [number, number];
	// `+ 0` turns the -0 that .nice() can return into 0, which would otherwise be shown as '-0'.
	return [(fixed[0] ?? nlo) + 0, (fixed[1] ?? nhi) + 0];
}
