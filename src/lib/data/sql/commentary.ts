import type { SqlQuery } from './query';

/** Every commentary note, by KPI and year; dates as text so they cross to the page as plain data. */
export function commentaryQuery(): SqlQuery {
	return {
		sql: `SELECT kpi_id, academic_year, author, CAST(written_on AS VARCHAR) AS written_on, commentary
FROM kpi_commentary
ORDER BY kpi_id, academic_year`,
		params: []
	};
}
