import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';

/** Synthetic URNs start here, well above any real URN, so they can never be mistaken for one. */
export const SYNTHETIC_URN_BASE = 1_000_000;

const RATING_BY_GRADE: Record<number, string> = {
	1: 'Outstanding',
	2: 'Good',
	3: 'Requires improvement',
	4: 'Inadequate'
};

/** The synthetic URN of copy `copy` of template `template` (round robin over the templates). */
export const syntheticUrn = (copy: number, template: number, templates: number) =>
	SYNTHETIC_URN_BASE + copy * templates + template;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * `count` synthetic schools made from the real county list: school i is a perturbed copy of
 * template i mod T, so the mix of phases, districts, governance and grades stays Hertfordshire's
 * while the size is England's. Each copy gets its own URN and name, a roll within ±20% of its
 * template's, and one time in five an Ofsted grade one step away, so districts and phases do not
 * all give the same figures. Predecessor links point at the same copy of the predecessor.
 */
export function scaleSchools(templates: Row[], count: number, random: SeededRandom): Row[] {
	if (templates.length === 0) throw new Error('scaleSchools needs at least one template school');
	const indexOfUrn = new Map(templates.map((s, i) => [Number(s.urn), i]));
	const rows: Row[] = [];
	for (let i = 0; i < count; i++) {
		const t = i % templates.length;
		const copy = Math.floor(i / templates.length);
		const template = templates[t] as Row;
		const urn = syntheticUrn(copy, t, templates.length);
		// Drawn for every school, used or not, so one school's fields never shift the next's.
		const rollFactor = 0.8 + 0.4 * random.next();
		const gradeStep = random.chance(0.2) ? (random.chance(0.5) ? 1 : -1) : 0;
		const fsmShift = 4 * random.normal();
		const grade =
			typeof template.ofsted_grade === 'number'
				? clamp(template.ofsted_grade + gradeStep, 1, 4)
				: null;
		const predecessorIndex =
			template.predecessor_urn === null
				? undefined
				: indexOfUrn.get(Number(template.predecessor_urn));
		const predecessorUrn =
			predecessorIndex === undefined
				? null
				: syntheticUrn(copy, predecessorIndex, templates.length);
		rows.push({
			...template,
			urn,
			name: `${String(template.name)} (${copy + 1})`,
			pupils: typeof template.pupils === 'number' ? Math.round(template.pupils * rollFactor) : null,
			pct_fsm_6yrs:
				typeof template.pct_fsm_6yrs === 'number'
					? Math.round(clamp(template.pct_fsm_6yrs + fsmShift, 0, 100) * 10) / 10
					: null,
			ofsted_grade: grade,
			ofsted_rating: grade === null ? null : (RATING_BY_GRADE[grade] ?? null),
			predecessor_urn:
				predecessorUrn !== null && predecessorUrn < SYNTHETIC_URN_BASE + count
					? predecessorUrn
					: null
		});
	}
	return rows;
}
