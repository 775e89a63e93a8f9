import { ofstedReportCardsSchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { DemoGenerator } from './context';
import { addDays, illustrativeSource, openStateFunded, weightedOrder } from './sampling';
import { generateRaygRatings, RAYG_COLOURS, RAYG_YEARS } from './rayg-ratings';

/** Report-card inspections began on 10 November 2025; the demo runs to October half-term 2026. */
const FIRST_DAY = '2025-11-10';
const LAST_DAY = '2026-10-23';
/** Approximate Hertfordshire school holidays, when there are no inspections. */
const HOLIDAYS: [string, string][] = [
	['2025-12-22', '2026-01-02'],
	['2026-02-16', '2026-02-20'],
	['2026-03-30', '2026-04-10'],
	['2026-05-25', '2026-05-29'],
	['2026-07-22', '2026-09-02']
];
/** Share of open state-funded schools inspected in the window. */
const SHARE_INSPECTED = 0.17;

const CORE_AREAS = [
	'inclusion',
	'curriculum_and_teaching',
	'achievement',
	'attendance_and_behaviour',
	'personal_development_and_wellbeing',
	'leadership_and_governance'
];
/** Small differences between areas: achievement and attendance are graded a little harder. */
const AREA_SHIFT: Record<string, number> = {
	achievement: -0.15,
	attendance_and_behaviour: -0.1,
	curriculum_and_teaching: -0.05,
	personal_development_and_wellbeing: 0.15,
	early_years: 0.1
};

/**
 * A school's underlying quality relates only loosely to its current RAYG colour (and so, further
 * removed, to its old Ofsted grade): most of the spread is its own. Cut-points give roughly 2%
 * exceptional, 23% strong, 60% expected, 12% needs attention and 1–2% urgent improvement.
 */
const RAYG_LOADING = 0.45;
const OWN_SD = 0.85;
const AREA_SD = 0.6;
function gradeOf(z: number): string {
	if (z >= 2.3) return 'exceptional';
	if (z >= 0.75) return 'strong_standard';
	if (z >= -1.3) return 'expected_standard';
	if (z >= -2.5) return 'needs_attention';
	return 'urgent_improvement';
}
/** Safeguarding is nearly always met; less often where quality is weak. When it is not, the demo
 * also marks leadership and governance down (an assumption, not a published rule). */
const NOT_MET_CHANCE = { usual: 0.02, weak: 0.12 };
const LEADERSHIP_PENALTY = 1.5;

/** Days an inspection can start: Monday to Thursday in term time. */
function inspectionDays(): string[] {
	const days: string[] = [];
	for (let d = FIRST_DAY; d <= LAST_DAY; d = addDays(d, 1)) {
		const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
		const inHoliday = HOLIDAYS.some(([from, to]) => d >= from && d <= to);
		if (weekday >= 1 && weekday <= 4 && !inHoliday) days.push(d);
	}
	return days;
}

/** Ofsted goes first to schools whose last inspection is longest ago (or that have none). */
function inspectionPriority(school: Row): number {
	const last = school.ofsted_inspected_on;
	if (typeof last !== 'string') return 5;
	return 1 + Math.max(0, (Date.parse(FIRST_DAY) - Date.parse(last)) / (365 * 86_400_000));
}

export const generateOfstedReportCards: DemoGenerator = (ctx) => {
	const random = ctx.random(ofstedReportCardsSchema.name);
	const latestYear = RAYG_YEARS.at(-1);
	const raygIndex = new Map<number, number>();
	for (const r of generateRaygRatings(ctx).rows)
		if (r.academic_year === latestYear)
			raygIndex.set(Number(r.urn), RAYG_COLOURS.indexOf(r.rating as (typeof RAYG_COLOURS)[number]));

	const schools = openStateFunded(ctx.schools);
	const inspected = weightedOrder(schools, inspectionPriority, random)
		.slice(0, Math.round(SHARE_INSPECTED * schools.length))
		.sort((a, b) => Number(a.urn) - Number(b.urn));
	const days = inspectionDays();

	const rows: Row[] = [];
	for (const school of inspected) {
		const urn = Number(school.urn);
		const inspectedOn = random.pick(days);
		// RAYG index 0 (dark green) … 4 (red); 1.2 is about the county average.
		const quality = RAYG_LOADING * (1.2 - (raygIndex.get(urn) ?? 2)) + OWN_SD * random.normal();
		const safeguardingMet = !random.chance(
			quality < -1 ? NOT_MET_CHANCE.weak : NOT_MET_CHANCE.usual
		);
		const areas = [...CORE_AREAS];
		if (typeof school.age_low === 'number' && school.age_low <= 4) areas.push('early_years');
		if (typeof school.age_high === 'number' && school.age_high >= 18) areas.push('sixth_form');
		for (const area of areas) {
			let z = quality + (AREA_SHIFT[area] ?? 0) + AREA_SD * random.normal();
			if (area === 'leadership_and_governance' && !safeguardingMet) z -= LEADERSHIP_PENALTY;
			rows.push({
				urn,
				inspected_on: inspectedOn,
				evaluation_area: area,
				grade: gradeOf(z),
				safeguarding_met: safeguardingMet
			});
		}
	}
	rows.sort(
		(a, b) =>
			Number(a.urn) - Number(b.urn) ||
			String(a.evaluation_area).localeCompare(String(b.evaluation_area))
	);
	return {
		schema: ofstedReportCardsSchema,
		rows,
		asAt: LAST_DAY,
		source: illustrativeSource(ctx.seed)
	};
};
