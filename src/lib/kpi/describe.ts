import { formatKpiValue } from '../format/kpi-values';
import { formatDate } from '../format/numbers';
import type { KpiDefinition, KpiSeriesRow } from './definition';

/**
 * A chart's alternative text: what the numbers say, in one or two plain sentences that do not
 * repeat the title (DfE Explore Education Statistics' rule for alt text).
 */
export function describeSeries(kpi: KpiDefinition, rows: readonly KpiSeriesRow[]): string {
	const known = rows.filter((r) => r.value !== null);
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last) return 'No values have been published yet.';
	const v = (r: KpiSeriesRow) => formatKpiValue(r.value, kpi.unit);
	const parts: string[] = [];
	if (first === last) parts.push(`${v(last)} (${last.period}).`);
	else {
		const verb =
			(last.value ?? 0) > (first.value ?? 0)
				? 'rose'
				: (last.value ?? 0) < (first.value ?? 0)
					? 'fell'
					: 'stayed';
		parts.push(
			`${verb === 'stayed' ? 'Stayed at' : `${verb[0]?.toUpperCase()}${verb.slice(1)} from`} ${verb === 'stayed' ? v(last) : `${v(first)} in ${first.period} to ${v(last)} in ${last.period}`}.`
		);
	}
	if (kpi.comparator && last.comparator_value !== null)
		parts.push(
			`${kpi.comparator}: ${formatKpiValue(last.comparator_value, kpi.unit)} in ${last.period}.`
		);
	for (const t of kpi.targets)
		if (t.kind === 'level')
			parts.push(`Target ${formatKpiValue(t.value, kpi.unit)} by ${formatDate(t.due)}.`);
	if (rows.some((r) => !r.comparable))
		parts.push('Years that are not comparable are shown as a break.');
	return parts.join(' ');
}
