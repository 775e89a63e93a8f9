import type { DfeSymbol } from '$lib/data/schemas/types';
import type { SchoolAttainmentProfileRow } from '$lib/data/sql/school-profile';
import {
	suppressSchoolAttainment,
	type SafeSchoolAttainmentCell
} from '$lib/kpi/school-attainment';

/** One pupil group's result in one year, safe to show: the school's figures are suppressed. */
export interface GroupResult {
	group: SchoolAttainmentProfileRow['pupil_group'];
	/** The school's figure, or null with the DfE symbol that stands instead. */
	value: number | null;
	symbol: DfeSymbol | null;
	/** Pupils in the group, or null with `c` (suppressed) or `x` (not published). */
	cohort: number | null;
	cohortSymbol: DfeSymbol | null;
	/** The same measure and group for the county and the country (never suppressed). */
	herts: number | null;
	england: number | null;
}

export interface YearResults {
	academicYear: string;
	comparable: boolean;
	groups: GroupResult[];
}

export interface KeyStageResults {
	keyStage: 'KS2' | 'KS4';
	measure: string;
	years: YearResults[];
}

/**
 * A school's raw results made safe for its profile. Each key stage and year is one disclosure
 * group (all = disadvantaged + other), so the shared rule runs once per year: one call for all
 * years would give two cells the same key. Only the suppressed cells leave this function, so the
 * raw small numbers never reach the page data or the prerendered HTML.
 */
export function safeSchoolAttainment(
	urn: number,
	rows: readonly SchoolAttainmentProfileRow[]
): KeyStageResults[] {
	const byYear = new Map<string, SchoolAttainmentProfileRow[]>();
	for (const r of rows) {
		const key = `${r.key_stage}|${r.time_period}`;
		byYear.set(key, [...(byYear.get(key) ?? []), r]);
	}
	const out: KeyStageResults[] = [];
	for (const yearRows of byYear.values()) {
		const first = yearRows[0] as SchoolAttainmentProfileRow;
		const safe = suppressSchoolAttainment(
			yearRows.map((r) => ({
				urn,
				name: r.name,
				district: null,
				phase: null,
				pupil_group: r.pupil_group,
				value: r.value,
				symbol: r.symbol,
				cohort: r.cohort
			}))
		);
		const groups = yearRows.map((r, i): GroupResult => {
			// suppressSmallNumbers returns its cells in input order.
			const cell = safe[i] as SafeSchoolAttainmentCell;
			return {
				group: r.pupil_group,
				value: cell.value,
				// A missing figure with no symbol is shown as unavailable, never as a blank.
				symbol: cell.symbol ?? (cell.value === null ? 'x' : null),
				cohort: cell.count,
				cohortSymbol: cell.symbol === 'c' ? 'c' : cell.count === null ? 'x' : null,
				herts: r.herts_value,
				england: r.england_value
			};
		});
		let stage = out.find((s) => s.keyStage === first.key_stage && s.measure === first.measure);
		if (!stage) {
			stage = { keyStage: first.key_stage, measure: first.measure, years: [] };
			out.push(stage);
		}
		stage.years.push({
			academicYear: first.academic_year,
			comparable: yearRows.every((r) => r.comparable),
			groups
		});
	}
	return out;
}
