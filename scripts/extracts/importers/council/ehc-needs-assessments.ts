import { ehcNeedsAssessmentsSchema } from '../../../../src/lib/data/schemas/illustrative';
import { DISTRICTS, latest, monthEnd, strategyDate } from './fields';
import type { CouncilInput } from './types';

export const EHCNA_PHASES = ['early_years', 'primary', 'secondary', 'post16'] as const;

/** One row per completed EHC needs assessment, with whether it included a Valuing SEND radar. */
export const ehcNeedsAssessmentsInput: CouncilInput = {
	schema: ehcNeedsAssessmentsSchema,
	fields: [
		{
			name: 'ehcna_id',
			type: { kind: 'text' },
			required: true,
			description:
				"The assessment's reference in the case management system; unique. No names or other personal details."
		},
		{
			name: 'district',
			type: { kind: 'code', values: DISTRICTS, label: 'the 10 districts' },
			required: true,
			description: "District of the child's home."
		},
		{
			name: 'phase_of_education',
			type: { kind: 'code', values: EHCNA_PHASES },
			required: true,
			description: "The child's phase of education when the assessment was completed."
		},
		{
			name: 'completed_on',
			type: strategyDate,
			required: true,
			description: 'Date the assessment was completed.'
		},
		{
			name: 'includes_valuing_send_radar',
			type: { kind: 'boolean' },
			required: true,
			description: 'Whether a Valuing SEND radar was part of the assessment.'
		}
	],
	ignored: [],
	key: ['ehcna_id'],
	asAtRule: 'the last day of the month of the latest completed_on',
	build(records) {
		const rows = records.map(({ values: v }) => ({
			ehcna_id: v.ehcna_id ?? null,
			district: v.district ?? null,
			phase_of_education: v.phase_of_education ?? null,
			completed_on: v.completed_on ?? null,
			includes_valuing_send_radar: v.includes_valuing_send_radar ?? null
		}));
		return { rows, asAt: monthEnd(latest(rows.map((r) => r.completed_on))) };
	}
};
