import type { Theme } from '$lib/kpi/definition';

/**
 * The one trend chart each pack section leads with: the measure with the longest comparable
 * series that speaks for the section's commitment (priority 1's good/outstanding figure is a
 * single frozen value since Ofsted stopped grading, so its trend is told by RAYG ratings).
 */
export const SECTION_CHART: Record<Theme, string> = {
	good_schools: 'rayg_amber_red_schools',
	closing_the_gap: 'ks2_rwm_gap_national_other',
	send: 'ehcp_20_weeks_including_exceptions_pct',
	a4e: 'a4e_behaviour_leadership_schools'
};
