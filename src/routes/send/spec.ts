import type { PageSpec } from '$lib/data/page-data';
import { sldAwaitingByAreaQuery, specialistProjectsQuery } from '$lib/data/sql/send';

export const sendSpec: PageSpec = {
	kpis: [
		'valuing_send_training_pct',
		'valuing_send_readiness_pct',
		'ehcna_valuing_send_radar_pct',
		'ehcp_20_weeks_excluding_exceptions_pct',
		'ehcp_20_weeks_including_exceptions_pct',
		'ehcp_20_weeks_monthly_pct',
		'ehcp_final_plans_12_weeks_pct',
		'annual_reviews_online_pct',
		'sld_places_west',
		'sld_places_east',
		'sld_places_north',
		'rebuild_ld_places',
		'enlargement_classes',
		'ca_secondary_places',
		'ca_primary_places',
		'srp_secondary_places',
		'srp_primary_places',
		'sld_pupils_awaiting_place'
	],
	queries: {
		projects: { build: () => specialistProjectsQuery(), countyOnly: true },
		awaiting: { build: () => sldAwaitingByAreaQuery(), countyOnly: true }
	}
};
