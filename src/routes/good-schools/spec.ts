import type { PageSpec } from '$lib/data/page-data';
import { goodOutstandingQuery } from '$lib/data/sql/good-outstanding';
import {
	concernRegisterQuery,
	goodOutstandingByDistrictQuery,
	raygDistributionQuery,
	raygMovementQuery
} from '$lib/data/sql/good-schools';
import { reportCardDistributionQuery } from '$lib/data/sql/report-cards';

export const goodSchoolsSpec: PageSpec = {
	kpis: [
		'good_outstanding_schools_pct',
		'good_outstanding_pupils_pct',
		'good_outstanding_schools_count',
		'report_cards_all_areas_expected_or_better',
		'rayg_amber_red_schools',
		'schools_causing_concern',
		'schools_causing_concern_over_18_months'
	],
	queries: {
		counts: {
			build: (f) => goodOutstandingQuery(f)
		},
		byDistrict: { build: (f) => goodOutstandingByDistrictQuery(f) },
		reportCards: { build: (f) => reportCardDistributionQuery(f) },
		rayg: { build: (f) => raygDistributionQuery(f) },
		raygMovement: { build: (f) => raygMovementQuery(f) },
		concern: {
			build: (f, c) => concernRegisterQuery(f, c.asAt.schools_causing_concern ?? '2026-08-31')
		}
	}
};
