import { seriesContext, todayIso } from '../data/kpi-runner';
import { loadPageData, type PageSpec } from '../data/page-data';
import { schoolSliceOptionsQuery } from '../data/sql/good-outstanding';
import { openExtractsInNode } from './extracts-node';

/**
 * Build-time data for a theme page: the county view of its spec, the filter options, and what
 * the manifest says about each dataset (as-at date, illustrative, source).
 */
export async function loadThemePage(spec: PageSpec) {
	const extracts = await openExtractsInNode();
	try {
		const asOf = todayIso();
		const page = await loadPageData(
			extracts.query,
			spec,
			{},
			seriesContext(extracts.manifest),
			asOf
		);
		const options = await extracts.query<{ kind: string; value: string }>(
			schoolSliceOptionsQuery()
		);
		return {
			asOf,
			page,
			districts: options.filter((o) => o.kind === 'district').map((o) => o.value),
			phases: options.filter((o) => o.kind === 'phase').map((o) => o.value),
			datasets: Object.fromEntries(
				extracts.manifest.datasets.map((d) => [
					d.dataset,
					{ asAt: d.as_at, illustrative: d.illustrative, source: d.source, title: d.title }
				])
			)
		};
	} finally {
		extracts.close();
	}
}

export type ThemePageData = Awaited<ReturnType<typeof loadThemePage>>;
