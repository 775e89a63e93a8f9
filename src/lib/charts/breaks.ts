/**
 * Where a line must break. A trend drawn across a missing year or a non-comparable value (KS2 had
 * no tests in 2019/20 and 2020/21; KS4 grades in those years were teacher-assessed) would join
 * unlike things, so the chart draws each comparable run as its own path, the same rule the KPI
 * engine uses for slopes (src/lib/kpi/stats/series-breaks.ts).
 */
import type { LinePoint } from './types';

export type DrawablePoint = LinePoint & { y: number };

const YEAR = /^(\d{4})(?:\/\d{2})?$/;

/** The start year of '2023/24' or '2023'; null for any other label (months, terms…). */
function yearOf(label: string): number | null {
	const m = YEAR.exec(label);
	return m ? Number(m[1]) : null;
}

export function isDrawable(p: LinePoint): p is DrawablePoint {
	return p.comparable !== false && typeof p.y === 'number' && Number.isFinite(p.y);
}

/**
 * Splits a series into runs that may be joined by a line. A run ends at a null or
 * `comparable: false` point (which belongs to no run), where the next point is not the next
 * period on the axis (`domain`), and where both labels are years that are not consecutive, so
 * that 2018/19 is never joined to 2021/22 even if the axis leaves out the years between. Points
 * whose label is not on the axis are dropped. The input is not changed.
 */
export function splitAtBreaks(
	points: readonly LinePoint[],
	domain: readonly string[]
): DrawablePoint[][] {
	const index = new Map(domain.map((x, i) => [x, i]));
	const runs: DrawablePoint[][] = [];
	let run: DrawablePoint[] = [];
	let previous: DrawablePoint | null = null;
	for (const p of points) {
		const i = index.get(p.x);
		if (i === undefined) continue;
		const next = previous !== null && i === (index.get(previous.x) ?? NaN) + 1;
		const yearsA = previous === null ? null : yearOf(previous.x);
		const yearsB = yearOf(p.x);
		const yearGap = yearsA !== null && yearsB !== null && yearsB !== yearsA + 1;
		if (!isDrawable(p) || !next || yearGap) {
			if (run.length > 0) runs.push(run);
			run = [];
		}
		if (isDrawable(p)) {
			run.push(p);
			previous = p;
		} else {
			previous = null;
		}
	}
	if (run.length > 0) runs.push(run);
	return runs;
}

/**
 * The periods of all series for the x axis: in year order when every label is a year ('2023/24'
 * or '2023'), otherwise in the order first met (months, terms), so two series that start in
 * different years still share one axis in time order.
 */
export function periodsOf(series: readonly { points: readonly LinePoint[] }[]): string[] {
	const all = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))];
	const years = all.map(yearOf);
	if (years.some((y) => y === null)) return all;
	return all
		.map((x, i) => ({ x, y: years[i] as number, i }))
		.sort((a, b) => a.y - b.y || a.i - b.i)
		.map((p) => p.x);
}
