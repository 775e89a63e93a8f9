import type { PageSpec } from '$lib/data/page-data';
import { licenceUptakeQuery, programmeParticipationQuery } from '$lib/data/sql/a4e';

export const a4eSpec: PageSpec = {
	kpis: [
		'a4e_schools_with_licence_pct',
		'a4e_schools_meeting_recommendation_pct',
		'a4e_licences',
		'a4e_licence_spend_gbp',
		'a4e_behaviour_leadership_schools',
		'a4e_the_difference_schools',
		'a4e_drawbridge_schools',
		'a4e_pixl_schools',
		'a4e_governor_training_schools'
	],
	queries: {
		bySize: { build: (f) => licenceUptakeQuery(f, 'size_band') },
		byDistrict: { build: (f) => licenceUptakeQuery(f, 'district') },
		byPhase: { build: (f) => licenceUptakeQuery(f, 'phase') },
		programmes: { build: (f) => programmeParticipationQuery(f) }
	}
};
