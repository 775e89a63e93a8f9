import type { SqlQuery } from './query';

/** Every specialist-place project with its commitment and progress. */
export function specialistProjectsQuery(): SqlQuery {
	return {
		sql: `SELECT project_id, project, provision_type, area, phase, places_target, places_planned,
	places_delivered, children_offered, CAST(due_by AS VARCHAR) AS due_by, status_note
FROM specialist_place_projects
ORDER BY project_id`,
		params: []
	};
}

/** Pupils awaiting an SLD place, by month and area. */
export function sldAwaitingByAreaQuery(): SqlQuery {
	return {
		sql: `SELECT strftime(month, '%Y-%m') AS period, area, pupils_awaiting
FROM sld_places_awaiting
ORDER BY month, area`,
		params: []
	};
}
