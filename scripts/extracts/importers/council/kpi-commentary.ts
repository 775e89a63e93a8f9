import { kpiCommentarySchema } from '../../../../src/lib/data/schemas/illustrative';
import { KPI_CATALOGUE } from '../../../../src/lib/kpi/catalogue/index';
import { academicYear, latest, STRATEGY_FROM } from './fields';
import type { CouncilInput } from './types';

/** Commentary is written for the JAPR in the autumn after a year ends, so it may run past 2026. */
export const WRITTEN_ON_TO = '2027-03-31';

/** Commentary shown beside each contract KPI in the JAPR pack. */
export const kpiCommentaryInput: CouncilInput = {
	schema: kpiCommentarySchema,
	fields: [
		{
			name: 'kpi_id',
			type: {
				kind: 'code',
				values: KPI_CATALOGUE.map((k) => k.id),
				label: 'the KPI ids in the catalogue',
				listedIn: 'docs/data/kpi-commentary.md'
			},
			required: true,
			description: 'The KPI commented on, by its catalogue id (src/lib/kpi/catalogue).'
		},
		{
			name: 'academic_year',
			type: academicYear,
			required: true,
			description: 'The academic year commented on.'
		},
		{
			name: 'author',
			type: { kind: 'text' },
			required: true,
			description: 'Role of the author (a role title, never a name).'
		},
		{
			name: 'written_on',
			type: {
				kind: 'date',
				from: STRATEGY_FROM,
				to: WRITTEN_ON_TO,
				range: 'the strategy and its final JAPR'
			},
			required: true,
			description: 'Date written.'
		},
		{
			name: 'commentary',
			type: { kind: 'text' },
			required: true,
			description: 'One to three sentences of plain English.'
		}
	],
	ignored: [],
	key: ['kpi_id', 'academic_year'],
	asAtRule: 'the latest written_on in the file',
	build(records) {
		const rows = records.map(({ values: v }) => ({
			kpi_id: v.kpi_id ?? null,
			academic_year: v.academic_year ?? null,
			author: v.author ?? null,
			written_on: v.written_on ?? null,
			commentary: v.commentary ?? null
		}));
		return { rows, asAt: latest(rows.map((r) => r.written_on)) };
	}
};
