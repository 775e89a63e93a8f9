/**
 * The Chairs Briefing deck: one message and one chart per slide, every number in the words taken
 * from the same evaluations the dashboard shows. Pure (no DOM), so the slides on screen, the
 * PowerPoint export and the tests all read the same deck.
 */
import type { BarDatum } from '../charts/types';
import { formatKpiValue } from '../format/kpi-values';
import { formatDate } from '../format/numbers';
import { findKpi } from '../kpi/catalogue';
import type { KpiEvaluation } from '../kpi/evaluate';
import type { KpiSeriesRow } from '../kpi/definition';

export type SlideChart =
	| { kind: 'kpi'; kpiId: string }
	| {
			kind: 'bars';
			title: string;
			alt: string;
			data: BarDatum[];
			unit: 'percent' | 'count';
			categoryLabel: string;
			valueLabel: string;
			/** A labelled reference line (e.g. England). */
			reference: { label: string; value: number } | null;
			datasets: string[];
	  };

export interface Slide {
	id: string;
	title: string;
	/** The one thing to take away, in a sentence with its number. */
	message: string;
	chart: SlideChart | null;
	/** Points instead of a chart (the governors' slide). */
	bullets: string[];
	/** What the presenter says: context, caveats and where the numbers come from. */
	notes: string;
	illustrative: boolean;
}

export interface DeckInput {
	evaluations: readonly KpiEvaluation[];
	/** % good or outstanding per district (the good-schools district query). */
	districts: readonly { district: string; pct: number | null; graded: number }[];
	dataAsAt: string;
	asOf: string;
}

const A4E_PROGRAMMES = [
	'a4e_pixl_schools',
	'a4e_governor_training_schools',
	'a4e_behaviour_leadership_schools',
	'a4e_the_difference_schools',
	'a4e_drawbridge_schools'
] as const;

/** From the A4E offer's "As a Governor or Trustee you can" (seed 000), in its order, shortened. */
export const GOVERNOR_ACTIONS = [
	'Commit to high-quality, affordable professional learning for all staff, so the whole school becomes trauma-aware and uses relational practice; then reflect as a board on your school’s culture.',
	'Encourage and enable staff to take part in the Learning Offer: a “When the Adults Change” licence costs £37.50, and a small primary school needs only 2.',
	'Discuss the Behaviour Policy Checklist (Kinder by Design) at a full governors’ meeting, and rethink the behaviour policy with senior leaders so it fits on one side of A4 and fits your vision.',
	'Collaborate with other local schools and settings to share what works and reset the day-to-day experience of school for children and staff.'
];

function evaluationOf(input: DeckInput, kpiId: string): KpiEvaluation {
	const found = input.evaluations.find((e) => e.kpiId === kpiId);
	if (!found) throw new Error(`The deck needs KPI "${kpiId}", which was not evaluated.`);
	return found;
}

function latestTwo(e: KpiEvaluation): [KpiSeriesRow | null, KpiSeriesRow | null] {
	const known = e.rows.filter(
		(r) => r.value !== null && e.latest && r.period_end <= e.latest.period_end
	);
	return [known.at(-2) ?? null, known.at(-1) ?? null];
}

const whole = (v: number | null | undefined) => formatKpiValue(v, 'percent', 0);
const oneDp = (v: number | null | undefined) => formatKpiValue(v, 'percent', 1);

/** "wider than" / "narrower than" / "the same as", for a gap moving from `before` to `now`. */
function gapMovement(now: number, before: number): string {
	if (Math.round(now) === Math.round(before)) return 'the same as';
	return now > before ? 'wider than' : 'narrower than';
}

function titleSlide(input: DeckInput): Slide {
	return {
		id: 'title',
		title: 'School improvement in Hertfordshire: where we are',
		message: `Chairs Briefing. The 2021–26 strategy’s commitments, with data as at ${formatDate(input.dataAsAt)}.`,
		chart: null,
		bullets: [],
		notes:
			'This briefing walks through the two contract priorities of the School Improvement Strategy 2021–26, the gap for disadvantaged pupils, the SEND improvement plan and uptake of Aiming for Excellence, and ends with what governors can do. Council-internal measures are illustrative in this demo and are marked on their slides.',
		illustrative: false
	};
}

function goodSchoolsSlide(input: DeckInput): Slide {
	const e = evaluationOf(input, 'good_outstanding_schools_pct');
	const latest = e.latest;
	const england = latest?.comparator_value ?? null;
	const shown = input.districts.filter((d) => d.pct !== null);
	const lowest = shown.reduce<(typeof shown)[number] | null>(
		(a, d) => (a === null || (d.pct ?? 0) < (a.pct ?? 0) ? d : a),
		null
	);
	const highest = shown.reduce<(typeof shown)[number] | null>(
		(a, d) => (a === null || (d.pct ?? 0) > (a.pct ?? 0) ? d : a),
		null
	);
	return {
		id: 'priority-1',
		title: 'Contract priority 1: more good and outstanding schools',
		message: `${oneDp(latest?.value)} of schools were good or outstanding at the last comparable count, against ${oneDp(england)} in England.`,
		chart: {
			kind: 'bars',
			title: 'Schools judged good or outstanding, by district',
			alt: `From ${oneDp(lowest?.pct)} in ${lowest?.district ?? 'x'} to ${oneDp(highest?.pct)} in ${highest?.district ?? 'x'}; England ${oneDp(england)}.`,
			data: input.districts.map((d) => ({ label: d.district, value: d.pct })),
			unit: 'percent',
			categoryLabel: 'District',
			valueLabel: '% good or outstanding',
			reference: england === null ? null : { label: `England ${oneDp(england)}`, value: england },
			datasets: ['schools']
		},
		bullets: [],
		notes: `Ofsted stopped giving overall effectiveness grades on 2 September 2024, so this is the last comparable figure (${latest ? formatDate(latest.period_end) : 'x'}): ${latest?.numerator ?? 'x'} of ${latest?.denominator ?? 'x'} graded schools. New academies without their own inspection take their predecessor’s grade. Report cards from November 2025 are on their own scale and are never mapped onto good or outstanding. Districts come from an approximate postcode lookup.`,
		illustrative: false
	};
}

function attainmentSlide(input: DeckInput): Slide {
	const e = evaluationOf(input, 'ks2_rwm_all_pupils');
	const latest = e.latest;
	return {
		id: 'priority-2',
		title: 'Contract priority 2: keeping attainment high',
		message: `${whole(latest?.value)} of Hertfordshire pupils met the expected standard in reading, writing and maths at KS2 in ${latest?.period ?? 'x'}, against ${whole(latest?.comparator_value)} in England.`,
		chart: { kind: 'kpi', kpiId: e.kpiId },
		bullets: [],
		notes: `The second contract priority is to close the gap for vulnerable groups faster while keeping attainment high, so the gap is always read beside attainment for all pupils. There were no KS2 tests in 2020 and 2021, so the line breaks there. Source: DfE KS2 performance tables (final data).`,
		illustrative: false
	};
}

function gapSlide(input: DeckInput): Slide {
	const e = evaluationOf(input, 'ks2_rwm_gap_national_other');
	const [before, now] = latestTwo(e);
	const ytc = e.pace?.yearsToClose ?? null;
	const pace =
		ytc === null
			? ''
			: ytc === 'not closing'
				? ' At the recent trend it is not closing.'
				: ytc === 'closed'
					? ' It has closed.'
					: ` At the recent trend it would close in about ${Math.round(ytc)} years.`;
	const gap = (v: number | null | undefined) => formatKpiValue(v, 'percentage_points');
	return {
		id: 'gap',
		title: 'Closing the gap for disadvantaged pupils',
		message:
			now?.value != null && before?.value != null
				? `At KS2 the gap to other pupils nationally was ${gap(now.value)} in ${now.period}, ${gapMovement(now.value, before.value)} ${gap(before.value)} in ${before.period}.${pace}`
				: `At KS2 the gap to other pupils nationally was ${gap(now?.value)}.`,
		chart: { kind: 'kpi', kpiId: e.kpiId },
		bullets: [],
		notes: `The gap is Hertfordshire disadvantaged pupils against other pupils nationally, DfE’s comparator, in percentage points of pupils meeting the expected standard in reading, writing and maths. The trend is a least-squares line over comparable years since tests returned in 2022. At KS4 the Attainment 8 gap was ${formatKpiValue(evaluationOf(input, 'ks4_att8_gap_national_other').latest?.value, 'points')} in ${evaluationOf(input, 'ks4_att8_gap_national_other').latest?.period ?? 'x'}.`,
		illustrative: false
	};
}

function sendSlide(input: DeckInput): Slide {
	const e = evaluationOf(input, 'ehcp_20_weeks_including_exceptions_pct');
	const [before, now] = latestTwo(e);
	const direction =
		now?.value != null && before?.value != null
			? now.value >= before.value
				? 'up from'
				: 'down from'
			: 'against';
	return {
		id: 'send',
		title: 'SEND: EHC plans issued within 20 weeks',
		message: `${oneDp(now?.value)} of new EHC plans were issued within 20 weeks in ${now?.period ?? 'x'}, ${direction} ${oneDp(before?.value)} in ${before?.period ?? 'x'}.`,
		chart: { kind: 'kpi', kpiId: e.kpiId },
		bullets: [],
		notes: `These are DfE SEN2 figures by calendar year, including exceptions (Hertfordshire’s published series). England’s headline figure excludes exceptions, so the two are compared only where the same definition is published. The SEND improvement plan also tracks Valuing SEND training and new specialist places; see the SEND page.`,
		illustrative: false
	};
}

function a4eSlide(input: DeckInput): Slide {
	const licence = evaluationOf(input, 'a4e_schools_with_licence_pct');
	const bars = A4E_PROGRAMMES.map((id) => {
		const e = evaluationOf(input, id);
		const kpi = findKpi(id);
		return {
			label: (kpi?.title ?? id).replace(/: schools taking part$/, ''),
			value: e.latest?.value ?? null,
			period: e.latest?.period ?? 'x'
		};
	});
	const top = bars.reduce(
		(a, b) => ((b.value ?? -1) > (a.value ?? -1) ? b : a),
		bars[0] ?? { label: 'x', value: null, period: 'x' }
	);
	return {
		id: 'a4e',
		title: 'Aiming for Excellence: who is taking part',
		message: `${oneDp(licence.latest?.value)} of schools have bought “When the Adults Change” licences; ${top.label} has the most schools taking part (${top.value ?? 'x'}).`,
		chart: {
			kind: 'bars',
			title: 'Schools taking part in each programme, latest year',
			alt: bars.map((b) => `${b.label}: ${b.value ?? 'x'} schools (${b.period})`).join('; ') + '.',
			data: bars.map((b) => ({ label: `${b.label} (${b.period})`, value: b.value })),
			unit: 'count',
			categoryLabel: 'Programme',
			valueLabel: 'Schools taking part',
			reference: null,
			datasets: ['a4e_programme_places']
		},
		bullets: [],
		notes: `Licences cost £37.50 each; the offer recommends 2 for a small, 6 for a medium and 12 for a large school. Bookings data is council-internal and illustrative in this demo. Each programme’s latest year is shown beside its name.`,
		illustrative: true
	};
}

function governorsSlide(): Slide {
	return {
		id: 'governors',
		title: 'What governors can do',
		message: 'As a governor or trustee you can:',
		chart: null,
		bullets: GOVERNOR_ACTIONS,
		notes:
			'Find out more in the Autumn Chairs bulletin and Chairs portal, the governor course “Improving outcomes for Each and Every Child” booked through HfL Governance Training, regular articles in The Hertfordshire Governor, and the “What You Need to Know” section of the Chairs Briefing. Source: Aiming for Excellence, information for school governors and trustees.',
		illustrative: false
	};
}

/** The deck in presenting order. */
export function buildDeck(input: DeckInput): Slide[] {
	return [
		titleSlide(input),
		goodSchoolsSlide(input),
		attainmentSlide(input),
		gapSlide(input),
		sendSlide(input),
		a4eSlide(input),
		governorsSlide()
	];
}
