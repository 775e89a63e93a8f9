import { raygRatingsSchema } from '../../../../src/lib/data/schemas/illustrative';
import { academicYear, academicYearEnd, latest, RAYG_COLOURS, urnField } from './fields';
import { SCHOOL_NAME, type CouncilInput } from './types';

const colour = { kind: 'code', values: RAYG_COLOURS, label: 'the RAYG colours' } as const;

/** HfL RAYG colour of each school per academic year (Strategy 2021–26, Appendix A). */
export const raygRatingsInput: CouncilInput = {
	schema: raygRatingsSchema,
	fields: [
		urnField,
		{
			name: 'academic_year',
			type: academicYear,
			required: true,
			description: 'The academic year the rating applies to.'
		},
		{ name: 'rating', type: colour, required: true, description: 'Whole-school colour.' },
		{
			name: 'ey_rating',
			type: colour,
			required: false,
			optionalColumn: true,
			description:
				'Early years colour. Only for schools taking children aged 3 or under (age_low 3 or less in the schools extract); empty otherwise.'
		},
		{
			name: 'post16_rating',
			type: colour,
			required: false,
			optionalColumn: true,
			description:
				'Post-16 colour. Only for schools with a sixth form (age_high 18 or more in the schools extract); empty otherwise.'
		}
	],
	ignored: [SCHOOL_NAME],
	key: ['urn', 'academic_year'],
	urn: 'exists',
	asAtRule: 'the last day (31 August) of the latest academic year in the file',
	check(record, ctx) {
		const school = ctx.schools.get(Number(record.values.urn));
		if (!school) return;
		const { ey_rating: ey, post16_rating: post16 } = record.values;
		// The schema promises these parts only where the school has them; the pages rely on it.
		if (ey !== null && !(typeof school.age_low === 'number' && school.age_low <= 3))
			ctx.problem(
				record,
				'ey_rating',
				ey,
				`an empty cell: ${String(school.name)} takes no children aged 3 or under (age_low ${String(school.age_low)})`
			);
		if (post16 !== null && !(typeof school.age_high === 'number' && school.age_high >= 18))
			ctx.problem(
				record,
				'post16_rating',
				post16,
				`an empty cell: ${String(school.name)} has no sixth form (age_high ${String(school.age_high)})`
			);
	},
	build(records) {
		const rows = records.map(({ values: v }) => ({
			urn: v.urn ?? null,
			academic_year: v.academic_year ?? null,
			rating: v.rating ?? null,
			ey_rating: v.ey_rating ?? null,
			post16_rating: v.post16_rating ?? null
		}));
		return { rows, asAt: academicYearEnd(latest(rows.map((r) => r.academic_year))) };
	}
};
