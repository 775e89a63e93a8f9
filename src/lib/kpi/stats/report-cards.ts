/**
 * Ofsted report cards (from 10 Nov 2025): distribution of grades per evaluation area.
 *
 * Why: report cards replaced the single overall grade with a grade per evaluation area on a
 * five-point scale. PRODUCT.md asks for the distribution per area and the number of schools with
 * every graded area at expected standard or better. It also forbids mapping report-card grades
 * onto good/outstanding: the scales measure different things, so nothing here returns a
 * "good or outstanding" figure, and good-outstanding.ts never reads report cards.
 *
 * How:
 * - Only inspections on or after REPORT_CARDS_FROM count (earlier rows are counted as excluded).
 * - One report card per school: if a school has several, its latest counts (a school's current
 *   grades, as with overall effectiveness).
 * - An area a school is not graded on (early years, sixth form, or a missing grade) is counted as
 *   "not graded" for that area and is ignored by the "every area" test.
 * - "Every graded area at expected standard or better" needs at least one graded area: a card
 *   with no grades says nothing, so it is not counted as meeting the standard.
 * Percentages are of the schools graded in that area, 1 dp, rounded half away from zero.
 */
import { percentage, roundHalfUp } from '../percent';

export const REPORT_CARDS_FROM = '2025-11-10';

/** Best first. */
export const REPORT_CARD_GRADES = [
	'exceptional',
	'strong_standard',
	'expected_standard',
	'needs_attention',
	'urgent_improvement'
] as const;
export type ReportCardGrade = (typeof REPORT_CARD_GRADES)[number];

export const EVALUATION_AREAS = [
	'inclusion',
	'curriculum_and_teaching',
	'achievement',
	'attendance_and_behaviour',
	'personal_development_and_wellbeing',
	'leadership_and_governance',
	'early_years',
	'sixth_form'
] as const;
export type EvaluationArea = (typeof EVALUATION_AREAS)[number];

/** The grades at or above expected standard. */
const AT_LEAST_EXPECTED: ReadonlySet<ReportCardGrade> = new Set([
	'exceptional',
	'strong_standard',
	'expected_standard'
]);

export interface ReportCardRow {
	urn: number | string;
	/** ISO date of the inspection. */
	inspected_on: string;
	grades: Partial<Record<EvaluationArea, ReportCardGrade | null>>;
	/** Safeguarding is judged met / not met, separately from the graded areas. */
	safeguarding?: 'met' | 'not_met' | null;
}

export interface AreaDistribution {
	area: EvaluationArea;
	counts: Record<ReportCardGrade, number>;
	/** % of `graded` per grade, 1 dp; null when no school is graded in the area. */
	pct: Record<ReportCardGrade, number | null>;
	graded: number;
	notGraded: number;
}

export interface ReportCardSummary {
	/** Schools with a report card on or after REPORT_CARDS_FROM. */
	schools: number;
	/** Rows dated before REPORT_CARDS_FROM (old-framework inspections), not counted. */
	excludedBeforeStart: number;
	areas: AreaDistribution[];
	/** Schools whose every graded area is expected standard or better (≥ 1 graded area). */
	allAreasExpectedOrBetter: number;
	safeguarding: { met: number; notMet: number; notRecorded: number };
}

function zeroCounts(): Record<ReportCardGrade, number> {
	return {
		exceptional: 0,
		strong_standard: 0,
		expected_standard: 0,
		needs_attention: 0,
		urgent_improvement: 0
	};
}

export function reportCardDistribution(rows: readonly ReportCardRow[]): ReportCardSummary {
	let excludedBeforeStart = 0;
	const latest = new Map<string, ReportCardRow>();
	for (const row of rows) {
		const day = row.inspected_on.slice(0, 10);
		if (day < REPORT_CARDS_FROM) {
			excludedBeforeStart++;
			continue;
		}
		const key = String(row.urn);
		const seen = latest.get(key);
		if (!seen || day > seen.inspected_on.slice(0, 10)) latest.set(key, row);
	}
	const cards = [...latest.values()];

	const areas = EVALUATION_AREAS.map((area): AreaDistribution => {
		const counts = zeroCounts();
		let graded = 0;
		for (const card of cards) {
			const grade = card.grades[area];
			if (grade === undefined || grade === null) continue;
			// Guard the "never map onto good/outstanding" rule at run time too: a legacy grade such
			// as 'good' arriving in a report-card row is a data error, not a sixth category.
			if (!REPORT_CARD_GRADES.includes(grade)) {
				throw new RangeError(`Not a report-card grade: '${String(grade)}' (${area})`);
			}
			counts[grade]++;
			graded++;
		}
		const pct = zeroCounts() as Record<ReportCardGrade, number | null>;
		for (const g of REPORT_CARD_GRADES) {
			const p = percentage(counts[g], graded);
			pct[g] = p === null ? null : roundHalfUp(p, 1);
		}
		return { area, counts, pct, graded, notGraded: cards.length - graded };
	});

	let allAreasExpectedOrBetter = 0;
	const safeguarding = { met: 0, notMet: 0, notRecorded: 0 };
	for (const card of cards) {
		const given = Object.values(card.grades).filter(
			(g): g is ReportCardGrade => g !== undefined && g !== null
		);
		if (given.length > 0 && given.every((g) => AT_LEAST_EXPECTED.has(g))) {
			allAreasExpectedOrBetter++;
		}
		if (card.safeguarding === 'met') safeguarding.met++;
		else if (card.safeguarding === 'not_met') safeguarding.notMet++;
		else safeguarding.notRecorded++;
	}

	return {
		schools: cards.length,
		excludedBeforeStart,
		areas,
		allAreasExpectedOrBetter,
		safeguarding
	};
}
