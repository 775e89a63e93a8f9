import { ehcpMonthlySchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';
import type { DemoContext, DemoGenerator } from './context';
import { illustrativeSource } from './sampling';

const HERTFORDSHIRE_CODE = 'E10000015';
/**
 * Calendar years whose months must add up to the published SEN2 totals. Any later full year that
 * SEN2 covers is matched too; years after the last published one are extrapolated.
 */
const REQUIRED_YEARS = [2023, 2024];
const FIRST_MONTH = '2023-01-01';
const LAST_MONTH = '2026-09-01';

/** Relative volume of plans by calendar month: fewer over the summer and Christmas holidays. */
const MONTH_WEIGHT = [0.95, 0.95, 1.05, 0.9, 1.0, 1.05, 1.15, 0.8, 0.95, 1.05, 1.1, 0.85];

/**
 * Timeliness (% within 20 weeks including exceptions) at the start and end of each year. In
 * published years only the shape matters (counts are scaled to the real totals: 41.5% in 2023,
 * 55.2% in 2024); 2025–26 continue the improvement towards HCC's 60% milestone and beyond.
 */
const RATE_PATH: Record<number, [number, number]> = {
	2023: [0.34, 0.48],
	2024: [0.48, 0.62],
	2025: [0.58, 0.66],
	2026: [0.64, 0.7]
};
/**
 * Volume drift across each year (first month, last month), so that months run on smoothly into
 * the next year: 2023 was a low year (1,363 plans) between 2022 (1,585) and 2024 (1,781).
 */
const VOLUME_TREND: Record<number, [number, number]> = { 2023: [0.85, 1.15], 2024: [0.95, 1.05] };
/** Plans a year after the last published year grow by this much a year. */
const VOLUME_GROWTH = 0.06;
/** About 6% of plans have an exception; about a third of those still arrive within 20 weeks. */
const EXCEPTION_SHARE = 0.06;
const EXCEPTIONS_ON_TIME = 0.33;

export interface AnnualEhcpTotals {
	plansIssued: number;
	within20Weeks: number;
}

/** The real Hertfordshire SEN2 totals (including exceptions) by calendar year. */
export function hertsEhcpTotals(ehcpTimeliness: Row[]): Map<number, AnnualEhcpTotals> {
	const totals = new Map<number, AnnualEhcpTotals>();
	for (const r of ehcpTimeliness) {
		if (r.geography_code !== HERTFORDSHIRE_CODE || r.basis !== 'including_exceptions') continue;
		if (typeof r.plans_issued !== 'number' || typeof r.within_20_weeks !== 'number') continue;
		totals.set(Number(r.calendar_year), {
			plansIssued: r.plans_issued,
			within20Weeks: r.within_20_weeks
		});
	}
	return totals;
}

export function requireHertsTotals(
	ctx: DemoContext,
	years: number[]
): Map<number, AnnualEhcpTotals> {
	const totals = hertsEhcpTotals(ctx.ehcpTimeliness);
	const missing = years.filter((y) => !totals.has(y));
	if (missing.length > 0)
		throw new Error(
			`The illustrative EHCP datasets are scaled to Hertfordshire's SEN2 totals, but ehcp_timeliness has no ${HERTFORDSHIRE_CODE} including_exceptions row with plans_issued and within_20_weeks for ${missing.join(', ')}. Add those years to the SEN2 input under data/raw/dfe.`
		);
	return totals;
}

/** Splits `total` into integers proportional to `weights` that add up to it exactly. */
export function apportion(total: number, weights: number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	const exact = weights.map((w) => (total * w) / sum);
	const counts = exact.map(Math.floor);
	let left = total - counts.reduce((a, b) => a + b, 0);
	const byRemainder = exact
		.map((x, i) => ({ i, r: x - Math.floor(x) }))
		.sort((a, b) => b.r - a.r || a.i - b.i);
	for (const { i } of byRemainder) {
		if (left-- <= 0) break;
		counts[i] = (counts[i] ?? 0) + 1;
	}
	return counts;
}

export function monthsBetween(first: string, last: string): string[] {
	const months: string[] = [];
	let y = Number(first.slice(0, 4));
	let m = Number(first.slice(5, 7));
	for (let iso = first; iso <= last;) {
		months.push(iso);
		m = m === 12 ? 1 : m + 1;
		if (m === 1) y++;
		iso = `${y}-${String(m).padStart(2, '0')}-01`;
	}
	return months;
}

function rateIn(year: number, monthIndex: number): number {
	const [start, end] = RATE_PATH[year] ?? [0.7, 0.7];
	return start + ((end - start) * monthIndex) / 11;
}

function jitter(random: SeededRandom, sd: number): number {
	return Math.max(0.5, 1 + sd * random.normal());
}

export const generateEhcpMonthly: DemoGenerator = (ctx) => {
	const random = ctx.random(ehcpMonthlySchema.name);
	const totals = requireHertsTotals(ctx, REQUIRED_YEARS);
	const months = monthsBetween(FIRST_MONTH, LAST_MONTH);
	const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
	const lastPublished = Math.max(...years.filter((y) => totals.has(y)));
	const lastTotal = totals.get(lastPublished)?.plansIssued ?? 0;

	const rows: Row[] = [];
	for (const year of years) {
		const yearMonths = months.filter((m) => m.startsWith(`${year}-`));
		const monthIndex = yearMonths.map((m) => Number(m.slice(5, 7)) - 1);
		const [trendFrom, trendTo] = VOLUME_TREND[year] ?? [1, 1];
		const volumeWeights = monthIndex.map(
			(i) =>
				(MONTH_WEIGHT[i] ?? 1) *
				(trendFrom + ((trendTo - trendFrom) * i) / 11) *
				jitter(random, 0.06)
		);
		const published = totals.get(year);
		let issued: number[];
		let within: number[];
		if (published && yearMonths.length === 12) {
			issued = apportion(published.plansIssued, volumeWeights);
			const onTimeWeights = issued.map(
				(n, k) => n * rateIn(year, monthIndex[k] ?? 0) * jitter(random, 0.04)
			);
			within = apportion(published.within20Weeks, onTimeWeights);
			if (within.some((w, k) => w > (issued[k] ?? 0)))
				throw new Error(
					`ehcp_monthly: ${published.within20Weeks} of ${published.plansIssued} plans on time in ${year} cannot be spread over its months; adjust RATE_PATH for ${year} in scripts/extracts/demo/ehcp-monthly.ts.`
				);
		} else {
			const annual = lastTotal * (1 + VOLUME_GROWTH) ** (year - lastPublished);
			const weightSum = MONTH_WEIGHT.reduce((a, b) => a + b, 0);
			issued = volumeWeights.map((w) => Math.round((annual * w) / weightSum));
			within = issued.map((n, k) =>
				Math.min(n, Math.round(n * rateIn(year, monthIndex[k] ?? 0) * jitter(random, 0.04)))
			);
		}
		yearMonths.forEach((month, k) => {
			const plans = issued[k] ?? 0;
			const onTime = within[k] ?? 0;
			const late = plans - onTime;
			const exceptions = Math.round(plans * EXCEPTION_SHARE * jitter(random, 0.25));
			// Exceptions split between on-time and late plans without exceeding either.
			const exceptionsOnTime = Math.min(
				onTime,
				Math.max(exceptions - late, Math.round(exceptions * EXCEPTIONS_ON_TIME))
			);
			rows.push({
				month,
				plans_issued: plans,
				within_20_weeks_including_exceptions: onTime,
				exceptions,
				within_20_weeks_excluding_exceptions: onTime - exceptionsOnTime,
				final_plans_within_12_weeks: month >= '2023-09-01' ? finalPlansPct(month, random) : null,
				annual_reviews_online: month >= '2024-01-01' ? annualReviewsOnlinePct(month, random) : null
			});
		});
	}
	return {
		schema: ehcpMonthlySchema,
		rows,
		asAt: '2026-09-30',
		source: illustrativeSource(
			ctx.seed,
			'Months of 2023 and 2024 add up to DfE SEN2 totals for Hertfordshire (Open Government Licence v3.0)'
		)
	};
};

function monthsSince(from: string, month: string): number {
	return (
		(Number(month.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
		Number(month.slice(5, 7)) -
		Number(from.slice(5, 7))
	);
}

/** From about 45% when tracking began to about 75% three years on, rounded to 0.1. */
function finalPlansPct(month: string, random: SeededRandom): number {
	const pct = 45 + 0.85 * monthsSince('2023-09-01', month) + 3 * random.normal();
	return Math.round(Math.min(100, Math.max(0, pct)) * 10) / 10;
}

/** Schools moved to the online system over 2024: from about 20% to about 85%, then level. */
function annualReviewsOnlinePct(month: string, random: SeededRandom): number {
	const t = monthsSince('2024-01-01', month);
	const pct = 20 + 65 * Math.min(1, t / 18) + 2.5 * random.normal();
	return Math.round(Math.min(100, Math.max(0, pct)) * 10) / 10;
}
