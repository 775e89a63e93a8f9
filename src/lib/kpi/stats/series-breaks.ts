/**
 * Series breaks: where a trend line must not be drawn or fitted across.
 *
 * Why: KS2 tests were cancelled in 2019/20 and 2020/21, so there are no KS2 results for those
 * years; KS4 grades in 2019/20 and 2020/21 were centre- or teacher-assessed and DfE says they are
 * not comparable with exam years. A slope, a year-on-year change or a direction of travel that
 * joins 2018/19 to 2021/22 would compare unlike things, so every trend statistic in the engine
 * works within one comparable segment only.
 *
 * How: sort by period, then start a new segment wherever
 * - a period is missing from the consecutive sequence (2018/19 followed by 2021/22),
 * - an observation is marked `comparable: false`, or
 * - an observation has no value (null).
 * Observations of the last two kinds are themselves excluded from every segment: they are the
 * break. Periods are academic years ('2023/24') or calendar years ('2023'); anything else is a
 * programming error and throws, because guessing an order would silently join a trend.
 */
import type { Observation } from '../types';

/** An observation inside a comparable segment: always has a value. */
export type ComparablePoint = Observation & { value: number };

/** Known non-comparable academic years by key stage (see module comment). */
export const NON_COMPARABLE_YEARS: Readonly<Record<'ks2' | 'ks4', readonly string[]>> = {
	ks2: ['2019/20', '2020/21'],
	ks4: ['2019/20', '2020/21']
};

const ACADEMIC_YEAR = /^(\d{4})\/(\d{2})$/;
const CALENDAR_YEAR = /^(\d{4})$/;

/**
 * The year a period starts in: '2023/24' → 2023, '2023' → 2023. Throws on anything else, and on an
 * academic year whose two halves are not consecutive ('2023/25').
 */
export function periodYear(period: string): number {
	const a = ACADEMIC_YEAR.exec(period);
	if (a) {
		const start = Number(a[1]);
		if ((start + 1) % 100 !== Number(a[2])) {
			throw new RangeError(`'${period}' is not a valid academic year (expected e.g. '2023/24')`);
		}
		return start;
	}
	const c = CALENDAR_YEAR.exec(period);
	if (c) return Number(c[1]);
	throw new RangeError(`'${period}' is not an academic year ('2023/24') or calendar year ('2023')`);
}

/**
 * Marks the known non-comparable years of a key stage as `comparable: false` (a copy; the input
 * is not changed), so a series read without the flag still breaks where DfE says it does.
 */
export function applyKnownBreaks(
	series: readonly Observation[],
	keyStage: 'ks2' | 'ks4'
): Observation[] {
	const breaks = NON_COMPARABLE_YEARS[keyStage];
	return series.map((o) => (breaks.includes(o.period) ? { ...o, comparable: false } : { ...o }));
}

function isComparablePoint(o: Observation): o is ComparablePoint {
	return o.comparable !== false && o.value !== null && Number.isFinite(o.value);
}

/**
 * Splits a series into comparable segments, oldest first, each a run of consecutive years with
 * values. The input may be in any order and is not changed.
 */
export function comparableSegments(series: readonly Observation[]): ComparablePoint[][] {
	const sorted = [...series].sort((a, b) => periodYear(a.period) - periodYear(b.period));
	const segments: ComparablePoint[][] = [];
	let current: ComparablePoint[] = [];
	let previousYear: number | null = null;
	for (const o of sorted) {
		const year = periodYear(o.period);
		// A gap in the years (or a duplicate year) ends the run even if both sides have values.
		const consecutive = previousYear !== null && year === previousYear + 1;
		if (!isComparablePoint(o) || !consecutive) {
			if (current.length > 0) segments.push(current);
			current = [];
		}
		if (isComparablePoint(o)) current.push(o);
		previousYear = year;
	}
	if (current.length > 0) segments.push(current);
	return segments;
}

/** The most recent comparable segment (oldest point first), or [] when there is none. */
export function latestComparableSegment(series: readonly Observation[]): ComparablePoint[] {
	const segments = comparableSegments(series);
	return segments[segments.length - 1] ?? [];
}
