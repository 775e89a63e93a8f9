import { findKpi } from '../kpi/catalogue';

export interface DatasetInfo {
	asAt: string;
	illustrative: boolean;
	source: string;
	title: string;
}

/** A KPI's source line and as-at date, from the manifest entries of the datasets it reads. */
export function kpiSource(
	datasets: Record<string, DatasetInfo>,
	kpiId: string
): { source: string; asAt: string } {
	const kpi = findKpi(kpiId);
	const first = datasets[kpi?.datasets[0] ?? ''];
	return { source: first?.source ?? 'Unknown source', asAt: first?.asAt ?? '' };
}
