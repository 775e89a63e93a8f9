import { valuingSendSchoolsSchema } from '../../../../src/lib/data/schemas/illustrative';
import type { Row } from '../../lib/rows';
import { latest, strategyDate, urnField } from './fields';
import { openStateFundedSchools } from './open-schools';
import { SCHOOL_NAME, type CouncilInput } from './types';

/** When each school attended Valuing SEND training and completed its setting readiness score. */
export const valuingSendSchoolsInput: CouncilInput = {
	schema: valuingSendSchoolsSchema,
	fields: [
		{ ...urnField, description: `${urnField.description} Open state-funded schools only.` },
		{
			name: 'attended_training_on',
			type: strategyDate,
			required: false,
			description: 'Date the school attended Valuing SEND training; empty if not (yet) trained.'
		},
		{
			name: 'readiness_score_completed_on',
			type: strategyDate,
			required: false,
			description:
				"Date the school completed its 'setting readiness' score; only for trained schools, on or after the training date."
		}
	],
	ignored: [SCHOOL_NAME, 'district', 'phase'],
	key: ['urn'],
	urn: 'open',
	asAtRule: 'the latest date in the file',
	check(record, ctx) {
		const trained = record.values.attended_training_on;
		const ready = record.values.readiness_score_completed_on;
		if (ready === null) return;
		if (trained === null)
			ctx.problem(
				record,
				'readiness_score_completed_on',
				ready,
				'an empty cell: only schools that attended training complete a readiness score (is attended_training_on missing?)'
			);
		else if (String(ready) < String(trained))
			ctx.problem(
				record,
				'readiness_score_completed_on',
				ready,
				`a date on or after attended_training_on (${String(trained)})`
			);
	},
	build(records, ctx) {
		const listed = new Map(records.map((r) => [Number(r.values.urn), r.values]));
		const rows: Row[] = openStateFundedSchools(ctx.schools).map((s) => {
			const v = listed.get(Number(s.urn));
			return {
				urn: s.urn ?? null,
				district: typeof s.district === 'string' ? s.district : null,
				phase: String(s.phase),
				attended_training_on: v?.attended_training_on ?? null,
				readiness_score_completed_on: v?.readiness_score_completed_on ?? null
			};
		});
		const dates = records.flatMap((r) => [
			r.values.attended_training_on,
			r.values.readiness_score_completed_on
		]);
		const asAt = latest(dates);
		if (asAt === '')
			ctx.problem(
				undefined,
				undefined,
				undefined,
				'at least one date in attended_training_on (the as-at date is the latest date in the file)'
			);
		return { rows, asAt };
	}
};
