import { RAYG, type RaygRating } from '$lib/charts/palette';

/** Plain-English words for the codes the extracts store, as a school profile shows them. */

const OVERALL_GRADES: Record<number, string> = {
	1: 'Outstanding',
	2: 'Good',
	3: 'Requires improvement',
	4: 'Inadequate'
};

/**
 * An overall-effectiveness grade in words. The file publishes grade 4 as "Serious Weaknesses" or
 * "Special Measures": both are Inadequate, so the category follows in brackets.
 */
export function overallGradeWords(grade: number | null, published: string | null = null): string {
	const words = grade === null ? null : (OVERALL_GRADES[grade] ?? null);
	if (words === null) return published ?? 'No grade';
	if (published !== null && grade === 4 && published.toLowerCase() !== 'inadequate') {
		return `${words} (${published.toLowerCase()})`;
	}
	return words;
}

/** The five-point report-card scale, best first; never to be read as good or outstanding. */
export const REPORT_CARD_GRADE_WORDS: Record<string, string> = {
	exceptional: 'Exceptional',
	strong_standard: 'Strong standard',
	expected_standard: 'Expected standard',
	needs_attention: 'Needs attention',
	urgent_improvement: 'Urgent improvement'
};

/** Report-card evaluation areas in Ofsted's order. */
export const EVALUATION_AREA_WORDS: Record<string, string> = {
	inclusion: 'Inclusion',
	curriculum_and_teaching: 'Curriculum and teaching',
	achievement: 'Achievement',
	attendance_and_behaviour: 'Attendance and behaviour',
	personal_development_and_wellbeing: 'Personal development and well-being',
	leadership_and_governance: 'Leadership and governance',
	early_years: 'Early years',
	sixth_form: 'Sixth form'
};

export const PROGRAMME_WORDS: Record<string, string> = {
	behaviour_leadership: 'Behaviour Leadership Programme',
	the_difference: 'The Difference',
	drawbridge: 'Drawbridge',
	pixl: 'PiXL membership',
	governor_training: 'Governor training: "Improving outcomes for Each and Every Child"'
};

export const SIZE_BAND_WORDS: Record<string, string> = {
	small: 'small (under 210 pupils)',
	medium: 'medium (210 to 629 pupils)',
	large: 'large (630 pupils or more)'
};

export const PHASE_WORDS: Record<string, string> = {
	nursery: 'Nursery',
	primary: 'Primary',
	middle: 'Middle',
	secondary: 'Secondary',
	'all-through': 'All-through',
	special: 'Special',
	'alternative provision': 'Alternative provision',
	'post-16': 'Post-16'
};

export const GOVERNANCE_WORDS: Record<string, string> = {
	maintained: 'Maintained by the local authority',
	academy: 'Academy',
	other: 'Other: not a maintained school or an academy'
};

/** A RAYG colour as its label ('light_green' → 'Light green'); unknown codes show as given. */
export function raygWords(rating: string | null): string | null {
	if (rating === null) return null;
	return rating in RAYG ? RAYG[rating as RaygRating].label : rating;
}

/** The swatch colour of a RAYG rating, for decoration beside its words. */
export function raygFill(rating: string): string | null {
	return rating in RAYG ? RAYG[rating as RaygRating].fill : null;
}

/** Words for a code, or the code itself when there are none. */
export const wordsFor = (table: Record<string, string>, code: string | null): string | null =>
	code === null ? null : (table[code] ?? code);

/**
 * How the district was assigned, as a note beside it: the lookup is approximate (by post town,
 * locality or address), which a reader should know before comparing districts.
 */
export function districtBasisWords(basis: string | null): string {
	const how = /\(([^)]+)\)/.exec(basis ?? '')?.[1];
	return how ? `approximate, from the ${how}` : 'approximate';
}

/** "derived: same name, …" → a sentence saying the link was inferred, and from what. */
export function predecessorBasisWords(basis: string): string {
	const derived = /^derived:\s*/i.test(basis);
	const why = basis.replace(/^derived:\s*/i, '');
	return derived
		? `The predecessor link is inferred, not published: ${why}.`
		: `Predecessor link: ${why}.`;
}
