import { raygRatingsSchema } from '../../../src/lib/data/schemas/illustrative';
import { academicYearEnding } from '../lib/academic-year';
import type { Row } from '../lib/rows';
import type { DemoGenerator } from './context';
import { illustrativeSource, openStateFunded } from './sampling';

export const RAYG_COLOURS = ['dark_green', 'light_green', 'yellow', 'amber', 'red'] as const;
export type RaygColour = (typeof RAYG_COLOURS)[number];

/** Academic years of the 2021–26 strategy, ending 2022 … 2026. */
export const RAYG_YEARS = [2022, 2023, 2024, 2025, 2026].map(
	(end) => academicYearEnding(end).label
);

/**
 * Each school has a latent "strength" z: a centre set by its latest Ofsted grade, a persistent
 * school effect and an AR(1) (Markov) yearly wobble, so ratings mostly hold year to year and move
 * one colour now and then. Colours are bands of z one unit wide. With Hertfordshire's mix of
 * grades this gives about 7–8% amber+red; grade 1 schools are nearly all green, grade 3–4 mostly
 * amber or red and ungraded schools mostly yellow.
 */
const CENTRE_BY_GRADE: Record<number, number> = { 1: 1.2, 2: 0.3, 3: -1.35, 4: -2 };
const CENTRE_UNGRADED = -0.45;
const SCHOOL_SD = 0.5;
const YEARLY_SD = 0.5;
const PERSISTENCE = 0.8;
/** A gentle county-wide improvement over the strategy, per year. */
const DRIFT_PER_YEAR = 0.03;
/** EY and post-16 ratings differ from the whole-school one by their own persistent offset. */
const PART_SD = 0.45;

export function colourOf(z: number): RaygColour {
	if (z >= 1) return 'dark_green';
	if (z >= 0) return 'light_green';
	if (z >= -1) return 'yellow';
	if (z >= -2) return 'amber';
	return 'red';
}

export const generateRaygRatings: DemoGenerator = (ctx) => {
	const random = ctx.random(raygRatingsSchema.name);
	const rows: Row[] = [];
	for (const school of openStateFunded(ctx.schools)) {
		const grade = typeof school.ofsted_grade === 'number' ? school.ofsted_grade : null;
		const centre = (grade !== null ? CENTRE_BY_GRADE[grade] : undefined) ?? CENTRE_UNGRADED;
		const schoolEffect = SCHOOL_SD * random.normal();
		const eyOffset = PART_SD * random.normal();
		const post16Offset = PART_SD * random.normal();
		const hasEarlyYears = typeof school.age_low === 'number' && school.age_low <= 3;
		const hasSixthForm = typeof school.age_high === 'number' && school.age_high >= 18;
		let wobble = YEARLY_SD * random.normal();
		RAYG_YEARS.forEach((academicYear, i) => {
			if (i > 0)
				wobble =
					PERSISTENCE * wobble + YEARLY_SD * Math.sqrt(1 - PERSISTENCE ** 2) * random.normal();
			const z = centre + schoolEffect + wobble + DRIFT_PER_YEAR * i;
			// Drawn every year whether used or not, so one school's age range cannot shift the rest.
			const eyNoise = 0.2 * random.normal();
			const post16Noise = 0.2 * random.normal();
			rows.push({
				urn: Number(school.urn),
				academic_year: academicYear,
				rating: colourOf(z),
				ey_rating: hasEarlyYears ? colourOf(z + eyOffset + eyNoise) : null,
				post16_rating: hasSixthForm ? colourOf(z + post16Offset + post16Noise) : null
			});
		});
	}
	return {
		schema: raygRatingsSchema,
		rows,
		asAt: '2026-08-31',
		source: illustrativeSource(ctx.seed)
	};
};
