/**
 * Attainment gaps for contract priority 2 (closing the gap for vulnerable groups).
 *
 * Why: PRODUCT.md defines a gap as the distance from the disadvantaged figure up to a named
 * comparator, in percentage points (KS2 % meeting the expected standard) or points (KS4
 * Attainment 8). Subtracting the group from the comparator makes a positive gap mean
 * "disadvantaged pupils are behind", and a falling gap mean "closing".
 *
 * How: plain subtraction, rounded half away from zero with the same `roundHalfUp` the rest of the
 * KPI engine uses, so a gap printed here matches one computed from published rounded figures.
 * Any missing input gives a missing gap (null), never 0: a year without data must not look like a
 * year with no gap.
 */
import { roundHalfUp } from '../percent';
import type { Observation } from '../types';

/**
 * `comparator − group`, rounded to `places` decimals; null when either is missing.
 * DfE's comparator for the disadvantaged gap is national "other" (non-disadvantaged) pupils.
 */
export function gap(comparator: number | null, group: number | null, places = 1): number | null {
	if (comparator === null || group === null) return null;
	if (!Number.isFinite(comparator) || !Number.isFinite(group)) return null;
	return roundHalfUp(comparator - group, places);
}

/**
 * The in-county gap: Herts other pupils − Herts disadvantaged pupils. Same arithmetic as `gap`,
 * named separately so the comparator is explicit at every call site (PRODUCT.md: "comparator named
 * on every figure").
 */
export function inCountyGap(
	countyOther: number | null,
	countyDisadvantaged: number | null,
	places = 1
): number | null {
	return gap(countyOther, countyDisadvantaged, places);
}

/**
 * A gap as a time series, ready for `pace` and `series-breaks`: one Observation per period present
 * in `group`, value = comparator − group for that period. A period is comparable only if both
 * inputs are (a teacher-assessed year on either side breaks the gap series too). A period missing
 * from `comparator` gives a null gap for that period.
 */
export function gapSeries(
	comparator: readonly Observation[],
	group: readonly Observation[],
	places = 1
): Observation[] {
	const byPeriod = new Map(comparator.map((o) => [o.period, o]));
	return group.map((g) => {
		const c = byPeriod.get(g.period);
		const comparable = g.comparable !== false && c?.comparable !== false;
		return {
			period: g.period,
			date: g.date,
			value: gap(c?.value ?? null, g.value, places),
			comparable
		};
	});
}
