import { ehcpMonthlySchema } from '../../../../src/lib/data/schemas/illustrative';
import { count, latest, monthEnd, STRATEGY_FROM, STRATEGY_TO } from './fields';
import type { CouncilInput, CouncilRecord } from './types';

function nextMonth(iso: string): string {
	const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
	return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const n = (r: CouncilRecord, column: string) => Number(r.values[column]);

/** Monthly local tracking of new EHC plans and their timeliness. */
export const ehcpMonthlyInput: CouncilInput = {
	schema: ehcpMonthlySchema,
	fields: [
		{
			name: 'month',
			type: {
				kind: 'date',
				from: STRATEGY_FROM,
				to: STRATEGY_TO,
				range: 'the strategy period',
				firstOfMonth: true
			},
			required: true,
			description:
				'The month the plans were issued in, as its first day. One row per month, none missed.'
		},
		{
			name: 'plans_issued',
			type: count,
			required: true,
			description: 'New EHC plans issued in the month.'
		},
		{
			name: 'within_20_weeks_including_exceptions',
			type: count,
			required: true,
			description: 'Of those, issued within 20 weeks of the request, counting every plan.'
		},
		{
			name: 'exceptions',
			type: count,
			required: true,
			description: 'Of those, plans where an exception to the 20-week limit applied.'
		},
		{
			name: 'within_20_weeks_excluding_exceptions',
			type: count,
			required: true,
			description:
				'Plans issued within 20 weeks among plans with no exception (at most plans_issued − exceptions).'
		},
		{
			name: 'final_plans_within_12_weeks',
			type: { kind: 'percent' },
			required: false,
			optionalColumn: true,
			description:
				'% of amended final plans issued within 12 weeks of the annual review meeting; empty before tracking began.'
		},
		{
			name: 'annual_reviews_online',
			type: { kind: 'percent' },
			required: false,
			optionalColumn: true,
			description:
				'% of annual reviews completed by schools through the annual reviews online system; empty before it was used.'
		}
	],
	ignored: [],
	key: ['month'],
	asAtRule: 'the last day of the latest month in the file',
	check(record, ctx) {
		const plans = n(record, 'plans_issued');
		const exceptions = n(record, 'exceptions');
		const within = n(record, 'within_20_weeks_including_exceptions');
		const withinExcl = n(record, 'within_20_weeks_excluding_exceptions');
		if (within > plans)
			ctx.problem(
				record,
				'within_20_weeks_including_exceptions',
				within,
				`no more than plans_issued (${plans})`
			);
		if (exceptions > plans)
			ctx.problem(record, 'exceptions', exceptions, `no more than plans_issued (${plans})`);
		else if (withinExcl > plans - exceptions)
			ctx.problem(
				record,
				'within_20_weeks_excluding_exceptions',
				withinExcl,
				`no more than plans_issued − exceptions (${plans - exceptions})`
			);
		else if (withinExcl > within)
			ctx.problem(
				record,
				'within_20_weeks_excluding_exceptions',
				withinExcl,
				`no more than within_20_weeks_including_exceptions (${within})`
			);
	},
	build(records, ctx) {
		// A missing month would show as a flat line or a false dip in the monthly series.
		const sorted = [...records].sort((a, b) =>
			String(a.values.month).localeCompare(String(b.values.month))
		);
		for (let i = 1; i < sorted.length; i++) {
			const prev = sorted[i - 1] as CouncilRecord;
			const here = sorted[i] as CouncilRecord;
			const expected = nextMonth(String(prev.values.month));
			if (here.values.month !== expected)
				ctx.problem(
					here,
					'month',
					here.values.month,
					`${expected} next, after ${String(prev.values.month)} on row ${prev.line} (no month may be missed)`
				);
		}
		const rows = records.map(({ values: v }) => ({
			month: v.month ?? null,
			plans_issued: v.plans_issued ?? null,
			within_20_weeks_including_exceptions: v.within_20_weeks_including_exceptions ?? null,
			exceptions: v.exceptions ?? null,
			within_20_weeks_excluding_exceptions: v.within_20_weeks_excluding_exceptions ?? null,
			final_plans_within_12_weeks: v.final_plans_within_12_weeks ?? null,
			annual_reviews_online: v.annual_reviews_online ?? null
		}));
		return { rows, asAt: monthEnd(latest(rows.map((r) => r.month))) };
	}
};
