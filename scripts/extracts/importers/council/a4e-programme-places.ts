import { a4eProgrammePlacesSchema } from '../../../../src/lib/data/schemas/illustrative';
import { academicYear, academicYearEnd, latest, urnField } from './fields';
import { SCHOOL_NAME, type CouncilInput } from './types';

export const A4E_PROGRAMMES = [
	'behaviour_leadership',
	'the_difference',
	'drawbridge',
	'pixl',
	'governor_training'
] as const;
/** The Behaviour Leadership Programme began with its first seminars in January 2024. */
const BEHAVIOUR_LEADERSHIP_FROM = '2023/24';

/** Places each school took on the Aiming for Excellence learning offer. */
export const a4eProgrammePlacesInput: CouncilInput = {
	schema: a4eProgrammePlacesSchema,
	fields: [
		urnField,
		{
			name: 'programme',
			type: { kind: 'code', values: A4E_PROGRAMMES },
			required: true,
			description: 'The programme.'
		},
		{
			name: 'academic_year',
			type: academicYear,
			required: true,
			description: 'The academic year of the places (behaviour_leadership from 2023/24).'
		},
		{
			name: 'places',
			type: { kind: 'integer', min: 1 },
			required: true,
			description:
				'Delegates, or 1 for a school enrolment; leave schools with no places out of the file.'
		}
	],
	ignored: [SCHOOL_NAME],
	key: ['urn', 'programme', 'academic_year'],
	urn: 'exists',
	asAtRule: 'the last day (31 August) of the latest academic year in the file',
	check(record, ctx) {
		const { programme, academic_year: year } = record.values;
		if (programme === 'behaviour_leadership' && String(year) < BEHAVIOUR_LEADERSHIP_FROM)
			ctx.problem(
				record,
				'academic_year',
				year,
				`${BEHAVIOUR_LEADERSHIP_FROM} or later for behaviour_leadership (the programme began in January 2024)`
			);
	},
	build(records) {
		const rows = records.map(({ values: v }) => ({
			urn: v.urn ?? null,
			programme: v.programme ?? null,
			academic_year: v.academic_year ?? null,
			places: v.places ?? null
		}));
		return { rows, asAt: academicYearEnd(latest(rows.map((r) => r.academic_year))) };
	}
};
