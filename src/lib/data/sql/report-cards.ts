import { schoolSliceCondition, type KpiFilter } from '../../kpi/filter';
import { REPORT_CARDS_FROM } from '../../kpi/stats/report-cards';
import type { SqlQuery } from './query';

export interface ReportCardAreaCount {
	evaluation_area: string;
	grade: string;
	schools: number;
}

/**
 * Report-card grades per evaluation area since the new framework began (10 Nov 2025), counting
 * each school's latest card once, for the schools in the slice. Never mapped onto good/outstanding.
 */
export function reportCardDistributionQuery(filter: KpiFilter = {}): SqlQuery {
	const slice = schoolSliceCondition(filter, 'r.urn');
	return {
		sql: `WITH latest AS (
	SELECT urn, max(inspected_on) AS inspected_on
	FROM ofsted_report_cards
	WHERE inspected_on >= DATE '${REPORT_CARDS_FROM}'
	GROUP BY urn
)
SELECT r.evaluation_area, r.grade, count(*)::INTEGER AS schools
FROM ofsted_report_cards AS r
JOIN latest AS l ON l.urn = r.urn AND l.inspected_on = r.inspected_on
WHERE ${slice.sql}
GROUP BY r.evaluation_area, r.grade
ORDER BY r.evaluation_area, r.grade`,
		params: slice.params
	};
}
