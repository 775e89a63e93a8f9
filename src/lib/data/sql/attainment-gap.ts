import type { SqlQuery } from './query';

export const HERTFORDSHIRE_CODE = 'E10000015';
export const ENGLAND_CODE = 'E92000001';

export interface AttainmentGapRow {
	academic_year: string;
	time_period: number;
	comparable: boolean;
	herts_disadvantaged: number | null;
	herts_other: number | null;
	herts_all: number | null;
	national_disadvantaged: number | null;
	national_other: number | null;
	national_all: number | null;
	herts_disadvantaged_cohort: number | null;
}

/**
 * County and national figures by year, one row a year, for a key stage's headline measure:
 * Herts disadvantaged against DfE's comparator (national other pupils), the in-county gap
 * (Herts other) and all pupils against England.
 */
export function attainmentGapQuery(keyStage: 'KS2' | 'KS4'): SqlQuery {
	const pick = (code: string, group: string) =>
		`max(value) FILTER (WHERE geography_code = '${code}' AND pupil_group = '${group}')`;
	const sql = `SELECT
	academic_year,
	time_period,
	bool_and(comparable) AS comparable,
	${pick(HERTFORDSHIRE_CODE, 'disadvantaged')} AS herts_disadvantaged,
	${pick(HERTFORDSHIRE_CODE, 'other')} AS herts_other,
	${pick(HERTFORDSHIRE_CODE, 'all')} AS herts_all,
	${pick(ENGLAND_CODE, 'disadvantaged')} AS national_disadvantaged,
	${pick(ENGLAND_CODE, 'other')} AS national_other,
	${pick(ENGLAND_CODE, 'all')} AS national_all,
	max(cohort) FILTER (WHERE geography_code = '${HERTFORDSHIRE_CODE}' AND pupil_group = 'disadvantaged')::INTEGER AS herts_disadvantaged_cohort
FROM attainment
WHERE key_stage = ? AND geography_level IN ('local_authority', 'national')
GROUP BY academic_year, time_period
ORDER BY time_period`;
	return { sql, params: [keyStage] };
}
