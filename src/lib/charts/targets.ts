/**
 * Where a target line runs, in plot percentages, shared by the line layer and its label layer so
 * the two cannot disagree.
 */
import type { TargetSpec } from './types';

export interface TargetGeometry {
	target: TargetSpec;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- d3 scales arrive untyped from layercake */
/**
 * Horizontal targets run from `from` to `to` (the whole plot when absent); with `fromValue` the
 * line is a trajectory. A target whose period is not on the axis is dropped and reported, since
 * drawing it somewhere else would misstate when it is due.
 */
export function targetGeometry(
	targets: readonly TargetSpec[],
	xScale: any,
	yScale: any
): TargetGeometry[] {
	const offset = typeof xScale.bandwidth === 'function' ? xScale.bandwidth() / 2 : 0;
	const domain: unknown[] = xScale.domain();
	return targets.flatMap((t) => {
		for (const p of [t.from, t.to]) {
			if (p !== undefined && !domain.includes(p)) {
				console.error(
					`Target '${t.label}': period '${p}' is not on the x axis, so the target is not drawn. Add the period to a series (a null point will do).`
				);
				return [];
			}
		}
		const [r0, r1] = xScale.range() as [number, number];
		const x1 = t.from === undefined ? Math.min(r0, r1) : xScale(t.from) + offset;
		const x2 = t.to === undefined ? Math.max(r0, r1) : xScale(t.to) + offset;
		return [{ target: t, x1, x2, y1: yScale(t.fromValue ?? t.value), y2: yScale(t.value) }];
	});
}
/* eslint-enable @typescript-eslint/no-explicit-any */
