import { schoolsCausingConcernSchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';
import type { DemoGenerator } from './context';
import { addDays, illustrativeSource, openStateFunded } from './sampling';
import { generateRaygRatings } from './rayg-ratings';

const AS_AT = '2026-10-31';
/** Ofsted judgements from the start of the strategy onwards put a school on the register. */
const OFSTED_FROM = '2021-09-01';
/** Most spells end within the expected 18 months; about one in seven overruns. */
const OVERRUN_SHARE = 0.15;

const AMBER_REASONS = [
	'RAYG amber: outcomes well below average',
	'RAYG amber: leadership and governance not yet good',
	'RAYG amber: attendance and behaviour not yet good',
	'RAYG amber: financial management concerns'
];
const RED_REASONS = [
	'RAYG red: quality of education and outcomes a serious concern',
	'RAYG red: leadership capacity to improve a serious concern'
];
const OFSTED_REASONS: Record<number, string> = {
	3: 'Ofsted judgement: requires improvement',
	4: 'Ofsted judgement: inadequate'
};

interface Trigger {
	on: string;
	reason: string;
}

/** Register decisions are made on working days: a weekend date moves to the Monday. */
function workingDay(iso: string): string {
	const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
	return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso;
}

/** Months on the register, as days: 8–18 months mostly, 19–26 for the few that overrun. */
function spellDays(random: SeededRandom): number {
	const months = random.chance(OVERRUN_SHARE) ? random.int(19, 26) : random.int(8, 18);
	return Math.round(months * 30.4) - random.int(0, 20);
}

/**
 * The register is for maintained schools (academies are raised with their trust instead;
 * Strategy 2021–26, Appendix A). A school is added in the autumn after it is rated amber or red,
 * or a few weeks after an Ofsted judgement of 3 or 4, unless it is already on the register.
 */
export const generateSchoolsCausingConcern: DemoGenerator = (ctx) => {
	const random = ctx.random(schoolsCausingConcernSchema.name);
	const ratingsByUrn = new Map<number, Row[]>();
	for (const r of generateRaygRatings(ctx).rows) {
		const list = ratingsByUrn.get(Number(r.urn)) ?? [];
		list.push(r);
		ratingsByUrn.set(Number(r.urn), list);
	}
	const maintained = openStateFunded(ctx.schools).filter((s) => s.governance === 'maintained');

	const rows: Row[] = [];
	for (const school of maintained) {
		const urn = Number(school.urn);
		const triggers: Trigger[] = [];
		for (const r of ratingsByUrn.get(urn) ?? []) {
			if (r.rating !== 'amber' && r.rating !== 'red') continue;
			const autumn = `${String(r.academic_year).slice(0, 4)}-09-15`;
			const reasons = r.rating === 'red' ? RED_REASONS : AMBER_REASONS;
			triggers.push({
				on: workingDay(addDays(autumn, random.int(0, 75))),
				reason: random.pick(reasons)
			});
		}
		const grade = school.ofsted_grade;
		const inspected = school.ofsted_inspected_on;
		const ofstedReason = typeof grade === 'number' ? OFSTED_REASONS[grade] : undefined;
		if (ofstedReason && typeof inspected === 'string' && inspected >= OFSTED_FROM)
			triggers.push({
				on: workingDay(addDays(inspected, random.int(21, 42))),
				reason: ofstedReason
			});
		triggers.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

		let onRegisterUntil = '';
		for (const t of triggers) {
			if (t.on > AS_AT || t.on <= onRegisterUntil) continue;
			const removed = workingDay(addDays(t.on, spellDays(random)));
			const open = removed > AS_AT;
			rows.push({ urn, added_on: t.on, removed_on: open ? null : removed, reason: t.reason });
			onRegisterUntil = open ? '9999-12-31' : removed;
		}
	}
	return {
		schema: schoolsCausingConcernSchema,
		rows,
		asAt: AS_AT,
		source: illustrativeSource(ctx.seed)
	};
};
