import { a4eLicencesSchema } from '../../../../src/lib/data/schemas/illustrative';
import { RECOMMENDED_LICENCES, sizeBandOf } from '../../../../src/lib/kpi/size-bands';
import { LICENCE_PRICE_GBP } from '../../demo/a4e-licences';
import type { Row } from '../../lib/rows';
import { count, latest, strategyDate, urnField } from './fields';
import { openStateFundedSchools } from './open-schools';
import { SCHOOL_NAME, type CouncilInput } from './types';

/**
 * 'When the Adults Change' licences bought by each school. The size band, recommended number and
 * spend are worked out here from the schools extract and the £37.50 price, so the council's file
 * holds only what it records: how many licences and when they were ordered.
 */
export const a4eLicencesInput: CouncilInput = {
	schema: a4eLicencesSchema,
	fields: [
		{ ...urnField, description: `${urnField.description} Open state-funded schools only.` },
		{
			name: 'licences',
			type: count,
			required: true,
			description: 'Licences bought (0 if none). Schools not in the file count as 0.'
		},
		{
			name: 'ordered_on',
			type: strategyDate,
			required: false,
			description: 'Date of the (first) order; required when licences is more than 0, empty when 0.'
		}
	],
	ignored: [SCHOOL_NAME, 'district', 'phase', 'size_band', 'recommended_licences', 'spend_gbp'],
	key: ['urn'],
	urn: 'open',
	asAtRule: 'the latest ordered_on in the file',
	check(record, ctx) {
		const { licences, ordered_on: orderedOn } = record.values;
		if (Number(licences) > 0 && orderedOn === null)
			ctx.problem(
				record,
				'ordered_on',
				undefined,
				`the date of the order, as licences is ${String(licences)}`
			);
		if (licences === 0 && orderedOn !== null)
			ctx.problem(record, 'ordered_on', orderedOn, 'an empty cell, as licences is 0');
	},
	build(records, ctx) {
		const listed = new Map(records.map((r) => [Number(r.values.urn), r.values]));
		const rows: Row[] = openStateFundedSchools(ctx.schools).map((s) => {
			const band = sizeBandOf(typeof s.pupils === 'number' ? s.pupils : null);
			const v = listed.get(Number(s.urn));
			const licences = Number(v?.licences ?? 0);
			return {
				urn: s.urn ?? null,
				district: typeof s.district === 'string' ? s.district : null,
				phase: String(s.phase),
				size_band: band,
				recommended_licences: RECOMMENDED_LICENCES[band],
				licences,
				spend_gbp: licences * LICENCE_PRICE_GBP,
				ordered_on: v?.ordered_on ?? null
			};
		});
		const asAt = latest(records.map((r) => r.values.ordered_on));
		if (asAt === '')
			ctx.problem(
				undefined,
				undefined,
				undefined,
				'at least one ordered_on date (the as-at date is the latest order)'
			);
		return { rows, asAt };
	}
};
