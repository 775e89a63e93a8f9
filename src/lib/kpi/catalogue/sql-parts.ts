import type { SqlQuery } from '../../data/sql/query';
import type { SqlFragment } from '../filter';

/**
 * Shared SQL pieces for the catalogue. Every series query ends in `shapeSeries`, which fixes the
 * column names and types of KpiSeriesRow so both DuckDB engines return the same shape.
 */
export function shapeSeries(inner: string, params: (string | number)[]): SqlQuery {
	return {
		sql: `SELECT
	CAST(period AS VARCHAR) AS period,
	CAST(period_end AS VARCHAR) AS period_end,
	CAST(value AS DOUBLE) AS value,
	CAST(numerator AS DOUBLE) AS numerator,
	CAST(denominator AS DOUBLE) AS denominator,
	CAST(comparator_value AS DOUBLE) AS comparator_value,
	CAST(comparable AS BOOLEAN) AS comparable
FROM (${inner}) AS series
ORDER BY period_end, period`,
		params
	};
}

/** '2024/25' → '2025-08-31', the end of the academic year, as a DATE. */
export function academicYearEndSql(column: string): string {
	return `CAST(CAST(CAST(substr(${column}, 1, 4) AS INTEGER) + 1 AS VARCHAR) || '-08-31' AS DATE)`;
}

/** The academic year a date falls in: 2024-06-19 → '2023/24'. */
export function academicYearOfSql(column: string): string {
	const start = `(year(${column}) - CASE WHEN month(${column}) < 9 THEN 1 ELSE 0 END)`;
	return `CAST(${start} AS VARCHAR) || '/' || lpad(CAST((${start} + 1) % 100 AS VARCHAR), 2, '0')`;
}

/** The strategy period's months (Sep 2021 – Aug 2026 and the autumn after), one row each. */
export const STRATEGY_MONTHS_SQL = `SELECT CAST(m AS DATE) AS month_start,
	CAST(m + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS month_end
FROM range(TIMESTAMP '2021-09-01', TIMESTAMP '2027-01-01', INTERVAL 1 MONTH) AS t(m)`;

export function percentSql(numerator: string, denominator: string): string {
	return `CASE WHEN ${denominator} > 0 THEN 100.0 * ${numerator} / ${denominator} END`;
}

/** Joins fragments with AND, concatenating their parameters in order. */
export function and(...parts: SqlFragment[]): SqlFragment {
	return {
		sql: parts.map((p) => `(${p.sql})`).join(' AND '),
		params: parts.flatMap((p) => p.params)
	};
}
