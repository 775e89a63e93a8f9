/** n out of d as a percentage, unrounded; null when there is nothing to divide by. */
export function percentage(n: number, d: number): number | null {
	return d > 0 ? (100 * n) / d : null;
}

/** Rounds half away from zero to `places` decimals, as published statistics do. */
export function roundHalfUp(value: number, places = 1): number {
	const f = 10 ** places;
	return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}
