/**
 * The JAPR contract KPI table for one academic year: pure data in (every KPI's county series and
 * the commentary extract), rows out, so the page, the print pack and the tests read the same rows.
 */
import { findKpi, KPI_CATALOGUE } from '../kpi/catalogue';
import type { KpiDefinition, KpiSeriesRow, Theme } from '../kpi/definition';
import { evaluateKpi } from '../kpi/evaluate';
import type { StatusResult } from '../kpi/status';
import { THEME_ORDER, THEMES } from '../kpi/themes';
import { describeTarget, formatKpiValue } from '../format/kpi-values';
import { formatDate } from '../format/numbers';
import { MONTH_NAMES } from '../format/months';
import {
	academicYearBounds,
	academicYearLabel,
	academicYearOf,
	startYearOf
} from './academic-year';

/** One row of the commentary extract (kpi_commentary). */
export interface CommentaryRow {
	kpi_id: string;
	academic_year: string;
	author: string;
	written_on: string;
	commentary: string;
}

/** A KPI's county series, as evaluated at build time. */
export interface KpiSeries {
	kpiId: string;
	rows: KpiSeriesRow[];
}

export interface JaprCell {
	year: string;
	value: number | null;
	/** The value as printed, or a DfE symbol (x: not available). */
	text: string;
	/** Which period the value is for, when that is not simply the academic year (e.g. "Aug 2025"). */
	period: string | null;
}

export interface JaprRow {
	kpiId: string;
	title: string;
	illustrative: boolean;
	/** The two previous years then the chosen year. */
	cells: [JaprCell, JaprCell, JaprCell];
	/** When the chosen year has no value: the latest value there is, and when it is for. */
	latestNote: string | null;
	target: string;
	england: { text: string; note: string | null };
	/** Statistical-neighbour mean and quartile: the extracts hold no other LA's figures yet. */
	neighbourMean: string;
	quartile: string;
	status: Pick<StatusResult, 'status' | 'label' | 'icon' | 'tone' | 'explanation'>;
	commentary: { text: string; author: string; writtenOn: string } | null;
}

export interface JaprSection {
	theme: Theme;
	title: string;
	rows: JaprRow[];
}

/** DfE symbols used in the table, with their meanings, for the legend printed beside it. */
export const JAPR_SYMBOLS: readonly { symbol: string; meaning: string }[] = [
	{ symbol: 'x', meaning: 'not available (no data for that year, or not yet published)' },
	{ symbol: 'z', meaning: 'not applicable (no comparator in the same unit)' },
	{
		symbol: 'c',
		meaning: 'confidential: a cohort of 5 or fewer pupils (not used at county level)'
	},
	{ symbol: 'low', meaning: 'rounds to 0 but is not 0' }
];

const MONTHLY = /^(\d{4})-(\d{2})$/;
const CALENDAR = /^\d{4}$/;

/** What a period is, in words, when it is not the academic year itself. */
export function periodNote(row: KpiSeriesRow, year: string): string | null {
	const comparability = row.comparable ? '' : '; not comparable with other years';
	if (row.period === year) return comparability ? comparability.slice(2) : null;
	const month = MONTHLY.exec(row.period);
	if (month)
		return `${(MONTH_NAMES[Number(month[2]) - 1] ?? '').slice(0, 3)} ${month[1]}${comparability}`;
	if (CALENDAR.test(row.period)) return `Calendar year ${row.period}${comparability}`;
	// Snapshots: 'As at' reads on into its date; any other label ('Last comparable') takes a comma.
	const joiner = /^as at$/i.test(row.period) ? ' ' : ', ';
	return `${row.period}${joiner}${formatDate(row.period_end)}${comparability}`;
}

/** The latest row with a value whose period ends in the academic year; null when there is none. */
export function rowForYear(rows: readonly KpiSeriesRow[], year: string): KpiSeriesRow | null {
	const { start, end } = academicYearBounds(year);
	return (
		rows.findLast((r) => r.value !== null && r.period_end >= start && r.period_end <= end) ?? null
	);
}

function cell(kpi: KpiDefinition, rows: readonly KpiSeriesRow[], year: string): JaprCell {
	const row = rowForYear(rows, year);
	return {
		year,
		value: row?.value ?? null,
		text: formatKpiValue(row?.value, kpi.unit),
		period: row ? periodNote(row, year) : null
	};
}

/** England (or the named comparator) for the chosen year, when it is in the KPI's own unit. */
function englandFor(kpi: KpiDefinition, row: KpiSeriesRow | null): JaprRow['england'] {
	if (!kpi.comparator || (kpi.comparatorUnit && kpi.comparatorUnit !== kpi.unit))
		return { text: 'z', note: null };
	if (row?.comparator_value == null) return { text: 'x', note: null };
	return {
		text: formatKpiValue(row.comparator_value, kpi.unit),
		note: kpi.comparator.startsWith('England') ? null : kpi.comparator
	};
}

function latestNoteFor(kpi: KpiDefinition, rows: readonly KpiSeriesRow[], asOf: string) {
	const latest = rows.findLast((r) => r.value !== null && r.period_end <= asOf);
	if (!latest) return null;
	const when = periodNote(latest, academicYearOf(latest.period_end)) ?? latest.period;
	return `Latest: ${formatKpiValue(latest.value, kpi.unit)} (${when})`;
}

export function japrRow(
	kpi: KpiDefinition,
	rows: readonly KpiSeriesRow[],
	year: string,
	commentary: readonly CommentaryRow[],
	today: string
): JaprRow {
	const start = startYearOf(year);
	const [twoBefore, before] = [academicYearLabel(start - 2), academicYearLabel(start - 1)];
	const { end } = academicYearBounds(year);
	// A past year is judged as it stood at its end; the current year as it stands today.
	const asOf = end < today ? end : today;
	const status = evaluateKpi(kpi, [...rows], asOf).status;
	const cells: JaprRow['cells'] = [
		cell(kpi, rows, twoBefore),
		cell(kpi, rows, before),
		cell(kpi, rows, year)
	];
	const note = commentary.find((c) => c.kpi_id === kpi.id && c.academic_year === year);
	return {
		kpiId: kpi.id,
		title: kpi.title,
		illustrative: kpi.illustrative,
		cells,
		latestNote: cells[2].value === null ? latestNoteFor(kpi, rows, asOf) : null,
		target:
			kpi.targets.length === 0
				? 'No target set'
				: kpi.targets.map((t) => describeTarget(t, kpi.unit)).join('; '),
		england: englandFor(kpi, rowForYear(rows, year)),
		neighbourMean: 'x',
		quartile: 'x',
		status: {
			status: status.status,
			label: status.label,
			icon: status.icon,
			tone: status.tone,
			explanation: status.explanation
		},
		commentary: note
			? { text: note.commentary, author: note.author, writtenOn: note.written_on }
			: null
	};
}

/** The whole table: one section per contract priority, then the SEND plan and A4E. */
export function japrSections(
	series: readonly KpiSeries[],
	year: string,
	commentary: readonly CommentaryRow[],
	today: string
): JaprSection[] {
	const byId = new Map(series.map((s) => [s.kpiId, s.rows]));
	return THEME_ORDER.map((theme) => ({
		theme,
		title: THEMES[theme].title,
		rows: KPI_CATALOGUE.filter((k) => k.theme === theme).map((kpi) => {
			const rows = byId.get(kpi.id);
			if (!rows) throw new Error(`No series for KPI "${kpi.id}".`);
			return japrRow(kpi, rows, year, commentary, today);
		})
	}));
}

/** Every commentary row must name a KPI in the catalogue, or its note would silently vanish. */
export function unknownCommentaryKpis(commentary: readonly CommentaryRow[]): string[] {
	return [...new Set(commentary.map((c) => c.kpi_id))].filter((id) => !findKpi(id));
}
