/**
 * Pace of change for contract priority 2 ("increase the pace of closing the gap").
 *
 * Why: members ask "is the gap closing, and how fast?". One year's change is noisy, so PRODUCT.md
 * asks for three views: the latest change per year, a least-squares slope over at least three
 * comparable years, and years-to-close (gap / |slope|) when the gap is closing. Every statistic
 * here works within the latest comparable segment (see series-breaks.ts), so no trend joins
 * across the 2019/20–2020/21 break.
 *
 * How: x is the period's start year, so slopes are "per year" even if a caller passes a segment
 * with unusual spacing. Results are unrounded: round for display with `roundHalfUp`, so that
 * years-to-close is not computed from an already-rounded slope.
 */
import type { DirectionOfTravel, Observation, Polarity } from '../types';
import { latestComparableSegment, periodYear, type ComparablePoint } from './series-breaks';

/** The minimum number of comparable years for a least-squares trend (PRODUCT.md). */
export const MIN_TREND_POINTS = 3;

/** A rate of change, or null with a plain-English reason. */
export interface PaceEstimate {
	/** Change per year (units of the series: percentage points, points, …); null if unknown. */
	perYear: number | null;
	/** How many observations the estimate used (0 when it could not be made). */
	points: number;
	/** First and last period used. */
	from: string | null;
	to: string | null;
	/** Why `perYear` is null; null when it is not. */
	reason: string | null;
}

function none(reason: string, points = 0): PaceEstimate {
	return { perYear: null, points, from: null, to: null, reason };
}

/**
 * Change per year between the two latest comparable observations, which must lie in the same
 * comparable segment (so they are consecutive years).
 */
export function changePerYear(series: readonly Observation[]): PaceEstimate {
	const segment = latestComparableSegment(series);
	const last = segment[segment.length - 1];
	const previous = segment[segment.length - 2];
	if (!last || !previous) {
		return none(
			'Fewer than two comparable years since the last series break, so there is no change to show.',
			segment.length
		);
	}
	const years = periodYear(last.period) - periodYear(previous.period);
	return {
		perYear: (last.value - previous.value) / years,
		points: 2,
		from: previous.period,
		to: last.period,
		reason: null
	};
}

/**
 * Ordinary least-squares slope per year over the latest comparable segment:
 * slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², with x = start year of the period.
 * Needs at least MIN_TREND_POINTS points; two points would just repeat `changePerYear`.
 */
export function trendSlope(series: readonly Observation[]): PaceEstimate {
	const segment = latestComparableSegment(series);
	if (segment.length < MIN_TREND_POINTS) {
		return none(
			`Only ${segment.length} comparable year${segment.length === 1 ? '' : 's'} since the last ` +
				`series break; a trend needs at least ${MIN_TREND_POINTS}.`,
			segment.length
		);
	}
	return {
		perYear: leastSquaresSlope(segment),
		points: segment.length,
		from: segment[0]?.period ?? null,
		to: segment[segment.length - 1]?.period ?? null,
		reason: null
	};
}

function leastSquaresSlope(points: readonly ComparablePoint[]): number {
	const xs = points.map((p) => periodYear(p.period));
	const ys = points.map((p) => p.value);
	const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
	const mx = mean(xs);
	const my = mean(ys);
	let sxy = 0;
	let sxx = 0;
	xs.forEach((x, i) => {
		sxy += (x - mx) * ((ys[i] ?? my) - my);
		sxx += (x - mx) ** 2;
	});
	return sxy / sxx;
}

export type YearsToClose = number | 'not closing' | 'closed';

/**
 * Years until the gap reaches zero at the current pace: gap / |slope| when the gap is positive and
 * shrinking (slope < 0). A gap ≤ 0 is 'closed' (whatever the slope); a positive gap that is flat
 * or widening is 'not closing'. Null when the gap or the slope is unknown, because "not closing"
 * would be a claim the data cannot support.
 */
export function yearsToClose(gap: number | null, gapSlope: number | null): YearsToClose | null {
	if (gap === null) return null;
	if (gap <= 0) return 'closed';
	if (gapSlope === null) return null;
	if (gapSlope >= 0) return 'not closing';
	return gap / Math.abs(gapSlope);
}

/** Everything the pace panel shows for one gap series. */
export interface GapPace {
	/** The latest comparable gap (the one years-to-close starts from). */
	latest: ComparablePoint | null;
	change: PaceEstimate;
	slope: PaceEstimate;
	yearsToClose: YearsToClose | null;
}

/** Pace of a gap series (positive gap = disadvantaged behind; see gap.ts). */
export function gapPace(gapSeries: readonly Observation[]): GapPace {
	const segment = latestComparableSegment(gapSeries);
	const latest = segment[segment.length - 1] ?? null;
	const slope = trendSlope(gapSeries);
	return {
		latest,
		change: changePerYear(gapSeries),
		slope,
		yearsToClose: yearsToClose(latest?.value ?? null, slope.perYear)
	};
}

/**
 * Direction of travel of a KPI between its latest two observations.
 * - 'not_comparable' unless the latest observation in the series and the one before it are both
 *   in the same comparable segment (e.g. the latest year is teacher-assessed, has no value, or
 *   follows a gap in the years);
 * - 'no_change' when |change| ≤ tolerance (a tiny epsilon absorbs floating-point noise, so
 *   66.3 − 66.2 counts as 0.1);
 * - otherwise 'improving' or 'worsening' according to `polarity` (a gap is lower_is_better).
 */
export function directionOfTravel(
	series: readonly Observation[],
	polarity: Polarity,
	tolerance = 0
): DirectionOfTravel {
	if (series.length === 0) return 'not_comparable';
	const latestYear = Math.max(...series.map((o) => periodYear(o.period)));
	const segment = latestComparableSegment(series);
	const last = segment[segment.length - 1];
	const previous = segment[segment.length - 2];
	if (!last || !previous || periodYear(last.period) !== latestYear) return 'not_comparable';
	const change = last.value - previous.value;
	if (Math.abs(change) <= tolerance + 1e-9) return 'no_change';
	const better = polarity === 'higher_is_better' ? change > 0 : change < 0;
	return better ? 'improving' : 'worsening';
}
