import { ehcNeedsAssessmentsSchema } from '../../../src/lib/data/schemas/illustrative';
import { DISTRICTS } from '../importers/geography';
import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';
import type { DemoGenerator } from './context';
import { illustrativeSource } from './sampling';
import { monthsBetween, requireHertsTotals } from './ehcp-monthly';

const FIRST_MONTH = '2023-01-01';
const LAST_MONTH = '2025-08-01';

/**
 * Most completed assessments lead to a plan; the rest conclude that none is needed. Scaling the
 * real SEN2 plans issued by this gives about 1,550 completed assessments in 2023 and 2,020 in
 * 2024, in line with the 1,500–2,100 a year HCC has reported.
 */
const PLANS_PER_COMPLETED_ASSESSMENT = 0.88;
/** 2025 continues 2024's volume with this growth. */
const GROWTH_AFTER_2024 = 0.06;
const MONTH_WEIGHT = [0.95, 0.95, 1.05, 0.9, 1.0, 1.05, 1.15, 0.8, 0.95, 1.05, 1.1, 0.85];

/**
 * Share of the month's assessments with a Valuing SEND radar: about 5% when radars were new
 * (Jan 2023), 27% in April 2024 (target 25% by 30 Apr 2024), 38% by August 2025. Read as the
 * share of assessments completed in the month.
 */
const RADAR_SHARE_KNOTS: [string, number][] = [
	['2023-01-01', 0.05],
	['2024-04-01', 0.27],
	['2025-08-01', 0.38]
];

const PHASE_WEIGHTS: [string, number][] = [
	['early_years', 0.14],
	['primary', 0.44],
	['secondary', 0.32],
	['post16', 0.1]
];

function monthNumber(iso: string): number {
	return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

export function radarShare(month: string): number {
	const t = monthNumber(month);
	for (let i = 1; i < RADAR_SHARE_KNOTS.length; i++) {
		const [fromMonth, fromShare] = RADAR_SHARE_KNOTS[i - 1] ?? ['', 0];
		const [toMonth, toShare] = RADAR_SHARE_KNOTS[i] ?? ['', 0];
		if (t <= monthNumber(toMonth)) {
			const f = (t - monthNumber(fromMonth)) / (monthNumber(toMonth) - monthNumber(fromMonth));
			return fromShare + f * (toShare - fromShare);
		}
	}
	return RADAR_SHARE_KNOTS.at(-1)?.[1] ?? 0;
}

function pickWeighted(random: SeededRandom, weights: [string, number][]): string {
	const total = weights.reduce((a, [, w]) => a + w, 0);
	let r = random.next() * total;
	for (const [value, w] of weights) {
		r -= w;
		if (r < 0) return value;
	}
	return weights.at(-1)?.[0] ?? '';
}

/** Children come from each district roughly in proportion to its pupils on roll. */
function districtWeights(schools: Row[]): [string, number][] {
	const pupils = new Map<string, number>(DISTRICTS.map((d) => [d, 0]));
	for (const s of schools)
		if (typeof s.district === 'string' && typeof s.pupils === 'number' && pupils.has(s.district))
			pupils.set(s.district, (pupils.get(s.district) ?? 0) + s.pupils);
	const any = [...pupils.values()].some((n) => n > 0);
	return DISTRICTS.map((d) => [d, any ? (pupils.get(d) ?? 0) : 1]);
}

function weekdayIn(random: SeededRandom, month: string): string {
	const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
	const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
	for (;;) {
		const day = random.int(1, daysInMonth);
		const weekday = new Date(Date.UTC(y, m - 1, day)).getUTCDay();
		if (weekday !== 0 && weekday !== 6)
			return `${month.slice(0, 8)}${String(day).padStart(2, '0')}`;
	}
}

export const generateEhcNeedsAssessments: DemoGenerator = (ctx) => {
	const random = ctx.random(ehcNeedsAssessmentsSchema.name);
	const totals = requireHertsTotals(ctx, [2023, 2024]);
	const annualVolume = (year: number) => {
		const plans = totals.get(Math.min(year, 2024))?.plansIssued ?? 0;
		return (
			(plans / PLANS_PER_COMPLETED_ASSESSMENT) * (1 + GROWTH_AFTER_2024) ** Math.max(0, year - 2024)
		);
	};
	const districts = districtWeights(ctx.schools);
	const weightSum = MONTH_WEIGHT.reduce((a, b) => a + b, 0);

	const rows: Row[] = [];
	let year = 0;
	let sequence = 0;
	for (const month of monthsBetween(FIRST_MONTH, LAST_MONTH)) {
		const monthYear = Number(month.slice(0, 4));
		if (monthYear !== year) [year, sequence] = [monthYear, 0];
		const weight = MONTH_WEIGHT[Number(month.slice(5, 7)) - 1] ?? 1;
		const count = Math.round(
			((annualVolume(year) * weight) / weightSum) * (1 + 0.05 * random.normal())
		);
		// The month's radar share is a quota, so the trend shows through month-to-month noise.
		const withRadar = new Set(
			Array.from({ length: count }, (_, i) => ({ i, key: random.next() }))
				.sort((a, b) => a.key - b.key)
				.slice(0, Math.round(radarShare(month) * count))
				.map(({ i }) => i)
		);
		const assessments = Array.from({ length: count }, (_, i) => ({
			completedOn: weekdayIn(random, month),
			district: pickWeighted(random, districts),
			phase: pickWeighted(random, PHASE_WEIGHTS),
			radar: withRadar.has(i)
		})).sort((a, b) =>
			a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0
		);
		for (const a of assessments)
			rows.push({
				ehcna_id: `EHCNA-${year}-${String(++sequence).padStart(5, '0')}`,
				district: a.district,
				phase_of_education: a.phase,
				completed_on: a.completedOn,
				includes_valuing_send_radar: a.radar
			});
	}
	return {
		schema: ehcNeedsAssessmentsSchema,
		rows,
		asAt: '2025-08-31',
		source: illustrativeSource(
			ctx.seed,
			'Volumes scaled from DfE SEN2 plans issued for Hertfordshire (Open Government Licence v3.0)'
		)
	};
};
