import type { AttainmentGapRow } from '../data/sql/attainment-gap';
import type { EhcpTimelinessRow } from '../data/sql/ehcp-timeliness';
import type { GoodOutstandingCounts } from '../data/sql/good-outstanding';
import { percentage, roundHalfUp } from './percent';

export interface GoodOutstandingHeadline extends GoodOutstandingCounts {
	/** % of graded schools that are good or outstanding, 1 decimal place. */
	pct_schools: number | null;
	/** % of pupils (in graded schools) who attend a good or outstanding school, 1 dp. */
	pct_pupils: number | null;
}

export function goodOutstandingHeadline(c: GoodOutstandingCounts): GoodOutstandingHeadline {
	const round = (v: number | null) => (v === null ? null : roundHalfUp(v, 1));
	return {
		...c,
		pct_schools: round(percentage(c.schools_good_outstanding, c.schools_graded)),
		pct_pupils: round(percentage(c.pupils_good_outstanding, c.pupils_graded))
	};
}

export interface GapYear {
	academic_year: string;
	comparable: boolean;
	herts_disadvantaged: number | null;
	national_other: number | null;
	/** National other minus Herts disadvantaged, in percentage points (KS2) or points (KS4). */
	gap: number | null;
	herts_other: number | null;
	/** Herts other minus Herts disadvantaged. */
	in_county_gap: number | null;
	herts_all: number | null;
	national_all: number | null;
}

const minus = (a: number | null, b: number | null, places: number) =>
	a === null || b === null ? null : roundHalfUp(a - b, places);

/** Gaps are measured from the disadvantaged figure up to the comparator, so positive = behind. */
export function gapYears(rows: AttainmentGapRow[], places = 0): GapYear[] {
	return rows.map((r) => ({
		academic_year: r.academic_year,
		comparable: r.comparable,
		herts_disadvantaged: r.herts_disadvantaged,
		national_other: r.national_other,
		gap: minus(r.national_other, r.herts_disadvantaged, places),
		herts_other: r.herts_other,
		in_county_gap: minus(r.herts_other, r.herts_disadvantaged, places),
		herts_all: r.herts_all,
		national_all: r.national_all
	}));
}

export type EhcpYear = EhcpTimelinessRow;

/** Overview headline data, computed the same way at build time and in the browser. */
export interface OverviewHeadlines {
	goodOutstanding: GoodOutstandingHeadline;
	ks2Gap: GapYear[];
	ehcp: EhcpYear[];
	asAt: Record<string, string>;
}
