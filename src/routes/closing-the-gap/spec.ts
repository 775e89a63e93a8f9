import type { PageSpec } from '$lib/data/page-data';
import type { PlainRow } from '$lib/data/plain-values';
import { schoolAttainmentQuery, type SchoolAttainmentRow } from '$lib/data/sql/school-attainment';
import { suppressSchoolAttainment } from '$lib/kpi/school-attainment';
import { wilsonIntervalFromPercent } from '$lib/kpi/stats/wilson';

/** The year of the school-level dot plot: the latest with school cohorts published. */
export const SCHOOL_YEAR = '2024/25';

/**
 * School-level KS2 results made safe (suppressed), one row per school, with the disadvantaged
 * figure's 95% Wilson interval where it is shown.
 */
export function safeSchoolRows(rows: PlainRow[]): PlainRow[] {
	const cells = suppressSchoolAttainment(rows as unknown as SchoolAttainmentRow[]);
	const byUrn = new Map<number, PlainRow>();
	for (const c of cells) {
		const row = byUrn.get(c.urn) ?? {
			urn: c.urn,
			name: c.name,
			district: c.district,
			phase: c.phase
		};
		row[`${c.pupil_group}_value`] = c.value;
		row[`${c.pupil_group}_symbol`] = c.symbol;
		row[`${c.pupil_group}_cohort`] = c.count;
		if (c.pupil_group === 'disadvantaged') {
			const ci = wilsonIntervalFromPercent(c.value, c.count);
			row.disadvantaged_lower = ci?.lower ?? null;
			row.disadvantaged_upper = ci?.upper ?? null;
		}
		byUrn.set(c.urn, row);
	}
	return [...byUrn.values()];
}

export const closingTheGapSpec: PageSpec = {
	kpis: [
		'ks2_rwm_gap_national_other',
		'ks2_rwm_gap_in_county',
		'ks2_rwm_disadvantaged',
		'ks2_rwm_all_pupils',
		'ks4_att8_gap_national_other',
		'ks4_att8_gap_in_county',
		'ks4_att8_disadvantaged',
		'ks4_att8_all_pupils'
	],
	queries: {
		schools: {
			build: (f) => schoolAttainmentQuery('KS2', SCHOOL_YEAR, f),
			transform: safeSchoolRows
		}
	}
};
