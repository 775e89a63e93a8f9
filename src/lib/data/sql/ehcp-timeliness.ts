import { ENGLAND_CODE, HERTFORDSHIRE_CODE } from './attainment-gap';
import type { SqlQuery } from './query';

export interface EhcpTimelinessRow {
	calendar_year: number;
	herts_including_exceptions: number | null;
	herts_plans_issued: number | null;
	herts_within_20_weeks: number | null;
	england_including_exceptions: number | null;
	england_excluding_exceptions: number | null;
}

/** % of new EHC plans issued within 20 weeks by calendar year: Herts against England. */
export function ehcpTimelinessQuery(fromYear: number, toYear: number): SqlQuery {
	const pick = (code: string, basis: string, column = 'pct_within_20_weeks') =>
		`max(${column}) FILTER (WHERE geography_code = '${code}' AND basis = '${basis}')`;
	const sql = `SELECT
	calendar_year,
	${pick(HERTFORDSHIRE_CODE, 'including_exceptions')} AS herts_including_exceptions,
	${pick(HERTFORDSHIRE_CODE, 'including_exceptions', 'plans_issued')}::INTEGER AS herts_plans_issued,
	${pick(HERTFORDSHIRE_CODE, 'including_exceptions', 'within_20_weeks')}::INTEGER AS herts_within_20_weeks,
	${pick(ENGLAND_CODE, 'including_exceptions')} AS england_including_exceptions,
	${pick(ENGLAND_CODE, 'excluding_exceptions')} AS england_excluding_exceptions
FROM ehcp_timeliness
WHERE calendar_year BETWEEN ? AND ?
GROUP BY calendar_year
ORDER BY calendar_year`;
	return { sql, params: [fromYear, toYear] };
}
