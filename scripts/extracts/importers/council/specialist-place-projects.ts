import { specialistPlaceProjectsSchema } from '../../../../src/lib/data/schemas/illustrative';
import { count, STRATEGY_FROM, strategyDate } from './fields';
import type { CouncilInput } from './types';

export const PROVISION_TYPES = [
	'sld_special',
	'rebuild',
	'enlargement_class',
	'communication_autism_special',
	'secondary_srp',
	'primary_srp'
] as const;
export const PLACE_AREAS = ['west', 'east', 'north', 'countywide'] as const;
export const PROJECT_PHASES = ['primary', 'secondary', 'all-through'] as const;
/** Building projects run past the strategy; due dates may be up to four years after it. */
export const DUE_BY_TO = '2030-12-31';

const text = (name: string, description: string) => ({
	name,
	type: { kind: 'text' } as const,
	required: true,
	description
});

/** Progress of each new specialist place project (SEND improvement plan area 7). */
export const specialistPlaceProjectsInput: CouncilInput = {
	schema: specialistPlaceProjectsSchema,
	fields: [
		text('project_id', "The project's reference, e.g. SP-01; unique."),
		text('project', 'Short description.'),
		{
			name: 'provision_type',
			type: { kind: 'code', values: PROVISION_TYPES },
			required: true,
			description: 'Kind of provision.'
		},
		{
			name: 'area',
			type: { kind: 'code', values: PLACE_AREAS },
			required: true,
			description: 'Part of the county served.'
		},
		{
			name: 'phase',
			type: { kind: 'code', values: PROJECT_PHASES },
			required: true,
			description: 'Phase of the places.'
		},
		{
			name: 'places_target',
			type: count,
			required: true,
			description: 'Places the plan commits to.'
		},
		{
			name: 'places_planned',
			type: count,
			required: true,
			description: 'Places in the approved scheme.'
		},
		{
			name: 'places_delivered',
			type: count,
			required: true,
			description: 'Places open so far; at most places_planned.'
		},
		{
			name: 'children_offered',
			type: count,
			required: true,
			description:
				'Children formally offered one of the delivered places; at most places_delivered.'
		},
		{
			name: 'due_by',
			type: {
				kind: 'date',
				from: STRATEGY_FROM,
				to: DUE_BY_TO,
				range: 'the plan and its building programme'
			},
			required: true,
			description: 'Date all planned places are due to be open.'
		},
		text('status_note', 'Progress in a sentence.'),
		{
			name: 'as_at',
			type: strategyDate,
			required: true,
			description:
				'The date the progress figures describe; the same on every row. Not published as a column: it becomes the extract’s as-at date.'
		}
	],
	ignored: [],
	key: ['project_id'],
	asAtRule: 'the as_at column (the same date on every row)',
	check(record, ctx) {
		const v = record.values;
		if (Number(v.places_delivered) > Number(v.places_planned))
			ctx.problem(
				record,
				'places_delivered',
				v.places_delivered,
				`no more than places_planned (${String(v.places_planned)})`
			);
		if (Number(v.children_offered) > Number(v.places_delivered))
			ctx.problem(
				record,
				'children_offered',
				v.children_offered,
				`no more than places_delivered (${String(v.places_delivered)})`
			);
	},
	build(records, ctx) {
		const first = records[0];
		for (const record of records)
			if (first && record.values.as_at !== first.values.as_at)
				ctx.problem(
					record,
					'as_at',
					record.values.as_at,
					`the same as_at date on every row (${String(first.values.as_at)} on row ${first.line})`
				);
		const rows = records.map(({ values: v }) => ({
			project_id: v.project_id ?? null,
			project: v.project ?? null,
			provision_type: v.provision_type ?? null,
			area: v.area ?? null,
			phase: v.phase ?? null,
			places_target: v.places_target ?? null,
			places_planned: v.places_planned ?? null,
			places_delivered: v.places_delivered ?? null,
			children_offered: v.children_offered ?? null,
			due_by: v.due_by ?? null,
			status_note: v.status_note ?? null
		}));
		return { rows, asAt: String(first?.values.as_at ?? '') };
	}
};
