/** The headline KPIs on the overview, in the order members read them, grouped by theme. */
export const OVERVIEW_KPIS = [
	'good_outstanding_schools_pct',
	'good_outstanding_pupils_pct',
	'report_cards_all_areas_expected_or_better',
	'rayg_amber_red_schools',
	'schools_causing_concern_over_18_months',
	'ks2_rwm_gap_national_other',
	'ks2_rwm_all_pupils',
	'ks4_att8_gap_national_other',
	'ks4_att8_all_pupils',
	'valuing_send_training_pct',
	'valuing_send_readiness_pct',
	'ehcna_valuing_send_radar_pct',
	'ehcp_20_weeks_excluding_exceptions_pct',
	'ehcp_20_weeks_including_exceptions_pct',
	'sld_pupils_awaiting_place',
	'a4e_schools_with_licence_pct',
	'a4e_schools_meeting_recommendation_pct',
	'a4e_behaviour_leadership_schools'
] as const;
