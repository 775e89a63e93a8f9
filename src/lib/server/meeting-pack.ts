import { evaluateKpis, seriesContext, todayIso } from '../data/kpi-runner';
import { commentaryQuery } from '../data/sql/commentary';
import { KPI_CATALOGUE } from '../kpi/catalogue';
import {
	academicYearLabel,
	academicYearOf,
	academicYearsBetween,
	startYearOf
} from '../meeting-pack/academic-year';
import { unknownCommentaryKpis, type CommentaryRow } from '../meeting-pack/japr-table';
import { openExtractsInNode } from './extracts-node';

/** The first academic year of the 2021–26 strategy: the JAPR year list starts here. */
export const FIRST_STRATEGY_YEAR = '2021/22';
/** The KPI whose latest year is the pack's default year. */
const DEFAULT_YEAR_KPI = 'ks2_rwm_gap_national_other';

/**
 * Build-time data for the meeting packs (/japr and /present): every KPI's county series and
 * evaluation, the commentary, and the as-at dates. Everything a pack shows is in the prerendered
 * page, so the packs work offline and never wait for DuckDB.
 */
export async function loadMeetingPack() {
	const extracts = await openExtractsInNode();
	try {
		const asOf = todayIso();
		const evaluations = await evaluateKpis(
			extracts.query,
			KPI_CATALOGUE.map((k) => k.id),
			{},
			seriesContext(extracts.manifest),
			asOf
		);
		const commentary = await extracts.query<CommentaryRow>(commentaryQuery());
		const unknown = unknownCommentaryKpis(commentary);
		if (unknown.length > 0)
			throw new Error(`kpi_commentary names KPIs not in the catalogue: ${unknown.join(', ')}`);
		const used = new Set(KPI_CATALOGUE.flatMap((k) => k.datasets));
		const datasets = extracts.manifest.datasets
			.filter((d) => used.has(d.dataset) || d.dataset === 'kpi_commentary')
			.map((d) => ({
				dataset: d.dataset,
				title: d.title,
				asAt: d.as_at,
				source: d.source,
				illustrative: d.illustrative
			}));
		const currentYear = academicYearOf(asOf);
		// The JAPR reviews the latest year with exam results (contract priority 2's headline): the
		// year just ended has few published figures until DfE's December release.
		const headline = evaluations.find((e) => e.kpiId === DEFAULT_YEAR_KPI);
		const defaultYear = headline?.latest
			? academicYearOf(headline.latest.period_end)
			: academicYearLabel(startYearOf(currentYear) - 1);
		return {
			asOf,
			evaluations,
			commentary,
			datasets,
			// The newest data behind the numbers (commentary is written later, about that data).
			dataAsAt: datasets
				.filter((d) => d.dataset !== 'kpi_commentary')
				.map((d) => d.asAt)
				.reduce((a, b) => (a > b ? a : b), ''),
			years: academicYearsBetween(FIRST_STRATEGY_YEAR, currentYear),
			currentYear,
			defaultYear
		};
	} finally {
		extracts.close();
	}
}

export type MeetingPackData = Awaited<ReturnType<typeof loadMeetingPack>>;
