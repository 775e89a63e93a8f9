import { columns, URN_IN_SCHOOLS, type DatasetSchema } from './types';

/**
 * Schemas of the council-internal datasets. The real data is not public, so the demo extracts are
 * generated (seeded, deterministic) by scripts/extracts/demo; every one is flagged illustrative and
 * the UI must say so wherever it shows them.
 */

const RAYG_COLOURS = 'dark_green, light_green, yellow, amber or red';

export const raygRatingsSchema: DatasetSchema = {
	name: 'rayg_ratings',
	title: 'RAYG ratings of schools (illustrative)',
	description:
		'The HfL RAYG colour of each open state-funded school per academic year (Strategy 2021–26, Appendix A). Illustrative: generated to relate loosely to the latest Ofsted grade.',
	columns: columns([
		['urn', 'INTEGER', false, 'School URN (see schools)'],
		['academic_year', 'VARCHAR', false, "Year the rating applies to, '2021/22' … '2025/26'"],
		['rating', 'VARCHAR', false, `Whole-school colour: ${RAYG_COLOURS}`],
		['ey_rating', 'VARCHAR', true, 'Early years colour; only schools taking children aged 3 or under (age_low ≤ 3)'],
		['post16_rating', 'VARCHAR', true, 'Post-16 colour; only schools with a sixth form (age_high ≥ 18)']
	]),
	key: ['urn', 'academic_year'],
	orderBy: ['urn', 'academic_year'],
	illustrative: true,
	references: [URN_IN_SCHOOLS]
};

export const valuingSendSchoolsSchema: DatasetSchema = {
	name: 'valuing_send_schools',
	title: 'Valuing SEND training and setting readiness by school (illustrative)',
	description:
		'One row per open state-funded school: when it attended Valuing SEND training and when it completed its setting readiness score (SEND improvement plan area 5; targets 70% trained by 31 Aug 2023 and 75% by 31 Dec 2023; 50% and 60% of trained schools with readiness completed by those dates).',
	columns: columns([
		['urn', 'INTEGER', false, 'School URN (see schools)'],
		['district', 'VARCHAR', true, 'District, as in schools'],
		['phase', 'VARCHAR', false, 'Phase, as in schools'],
		['attended_training_on', 'DATE', true, 'Date the school attended Valuing SEND training; NULL if not (yet) trained'],
		['readiness_score_completed_on', 'DATE', true, "Date the 'setting readiness' score was completed; only for trained schools, always after training"]
	]),
	key: ['urn'],
	orderBy: ['urn'],
	illustrative: true,
	references: [URN_IN_SCHOOLS]
};

export const ehcNeedsAssessmentsSchema: DatasetSchema = {
	name: 'ehc_needs_assessments',
	title: 'Completed EHC needs assessments (illustrative)',
	description:
		"One row per completed education, health and care needs assessment, with whether it included a Valuing SEND 'radar' (target: 25% by 30 Apr 2024). Volumes follow Hertfordshire's published scale.",
	columns: columns([
		['ehcna_id', 'VARCHAR', false, "Assessment reference, 'EHCNA-<year completed>-<5-digit sequence>'"],
		['district', 'VARCHAR', false, "District of the child's home"],
		['phase_of_education', 'VARCHAR', false, 'early_years, primary, secondary or post16'],
		['completed_on', 'DATE', false, 'Date the assessment was completed'],
		['includes_valuing_send_radar', 'BOOLEAN', false, 'Whether a Valuing SEND radar was part of the assessment']
	]),
	key: ['ehcna_id'],
	orderBy: ['completed_on', 'ehcna_id'],
	illustrative: true
};

export const ehcpMonthlySchema: DatasetSchema = {
	name: 'ehcp_monthly',
	title: 'New EHC plans issued by month (illustrative local tracking)',
	description:
		'Monthly local tracking of new EHC plans. The months of each calendar year already published in SEN2 add up exactly to the real Hertfordshire totals (plans issued and within 20 weeks including exceptions); later months continue a plausible trend. % including exceptions = within_20_weeks_including_exceptions / plans_issued. % excluding exceptions = within_20_weeks_excluding_exceptions / (plans_issued − exceptions), as DfE does: plans where an exception to the 20-week limit applied leave both the numerator and the denominator.',
	columns: columns([
		['month', 'DATE', false, 'First day of the month the plans were issued in'],
		['plans_issued', 'INTEGER', false, 'New EHC plans issued in the month'],
		['within_20_weeks_including_exceptions', 'INTEGER', false, 'Of those, issued within 20 weeks of the request, counting every plan'],
		['exceptions', 'INTEGER', false, 'Of those, plans where an exception to the 20-week limit applied (e.g. school holidays, family circumstances)'],
		['within_20_weeks_excluding_exceptions', 'INTEGER', false, 'Plans issued within 20 weeks among plans with no exception; the denominator is plans_issued − exceptions'],
		['final_plans_within_12_weeks', 'DOUBLE', true, '% of amended final plans issued within 12 weeks of the annual review meeting (0–100); NULL before tracking began (Sep 2023)'],
		['annual_reviews_online', 'DOUBLE', true, '% of annual reviews completed by schools through the annual reviews online system (0–100); NULL before the system was used (Jan 2024)']
	]),
	key: ['month'],
	orderBy: ['month'],
	illustrative: true
};

export const specialistPlaceProjectsSchema: DatasetSchema = {
	name: 'specialist_place_projects',
	title: 'New specialist place projects (illustrative progress)',
	description:
		'One row per project in SEND improvement plan area 7. Targets are from the plan; progress is illustrative. places_delivered ≤ places_planned; children_offered counts children formally offered one of the places delivered, so it never exceeds places_delivered (offers made ahead of an opening are counted when the place opens).',
	columns: columns([
		['project_id', 'VARCHAR', false, "Reference, 'SP-01' …"],
		['project', 'VARCHAR', false, 'Short description'],
		['provision_type', 'VARCHAR', false, 'sld_special, rebuild, enlargement_class, communication_autism_special, secondary_srp or primary_srp'],
		['area', 'VARCHAR', false, 'Part of the county served: west, east, north or countywide'],
		['phase', 'VARCHAR', false, 'primary, secondary or all-through'],
		['places_target', 'INTEGER', false, 'Places the improvement plan commits to'],
		['places_planned', 'INTEGER', false, 'Places in the approved scheme'],
		['places_delivered', 'INTEGER', false, 'Places open so far'],
		['children_offered', 'INTEGER', false, 'Children formally offered one of the delivered places'],
		['due_by', 'DATE', false, 'Date all planned places are due to be open'],
		['status_note', 'VARCHAR', false, 'Progress in a sentence']
	]),
	key: ['project_id'],
	orderBy: ['project_id'],
	illustrative: true
};

export const sldPlacesAwaitingSchema: DatasetSchema = {
	name: 'sld_places_awaiting',
	title: 'Pupils awaiting a severe learning difficulty place (illustrative)',
	description:
		'Month-end count of pupils assessed as needing a severe learning difficulty (SLD) special school place who do not yet have one, by area. Falls as the new SLD places in specialist_place_projects open.',
	columns: columns([
		['month', 'DATE', false, 'First day of the month counted'],
		['area', 'VARCHAR', false, 'west, east or north'],
		['pupils_awaiting', 'INTEGER', false, 'Pupils awaiting an SLD place at month end']
	]),
	key: ['month', 'area'],
	orderBy: ['month', 'area'],
	illustrative: true
};

export const a4eLicencesSchema: DatasetSchema = {
	name: 'a4e_licences',
	title: "Aiming for Excellence: 'When the Adults Change' licences (illustrative)",
	description:
		"Licences for the 'When the Adults Change' online behaviour course bought by each open state-funded school (£37.50 each). Size band on pupils on roll: small under 210 (up to one form of entry in a primary), medium 210–629, large 630 or more; schools with no census count are small (new schools open a year group at a time). Recommended: 2 licences for a small, 6 for a medium, 12 for a large school.",
	columns: columns([
		['urn', 'INTEGER', false, 'School URN (see schools)'],
		['district', 'VARCHAR', true, 'District, as in schools'],
		['phase', 'VARCHAR', false, 'Phase, as in schools'],
		['size_band', 'VARCHAR', false, 'small (< 210 pupils), medium (210–629) or large (≥ 630)'],
		['recommended_licences', 'INTEGER', false, 'Recommended for the size band: 2, 6 or 12'],
		['licences', 'INTEGER', false, 'Licences bought (0 if none)'],
		['spend_gbp', 'DOUBLE', false, 'licences × £37.50'],
		['ordered_on', 'DATE', true, 'Date of the (first) order; NULL if none']
	]),
	key: ['urn'],
	orderBy: ['urn'],
	illustrative: true,
	references: [URN_IN_SCHOOLS]
};

export const a4eProgrammePlacesSchema: DatasetSchema = {
	name: 'a4e_programme_places',
	title: 'Aiming for Excellence: programme places taken by schools (illustrative)',
	description:
		'Places each school took on the A4E learning offer, one row per school, programme and year with at least one place. Behaviour Leadership Programme runs from 2023/24 (4 seminars from January 2024).',
	columns: columns([
		['urn', 'INTEGER', false, 'School URN (see schools)'],
		['programme', 'VARCHAR', false, 'behaviour_leadership, the_difference, drawbridge, pixl or governor_training'],
		['academic_year', 'VARCHAR', false, "e.g. '2023/24'"],
		['places', 'INTEGER', false, 'Delegates (behaviour_leadership: headteacher and a senior leader; governor_training: governors), or 1 for a school enrolment (the_difference leader, drawbridge, pixl membership)']
	]),
	key: ['urn', 'programme', 'academic_year'],
	orderBy: ['programme', 'academic_year', 'urn'],
	illustrative: true,
	references: [URN_IN_SCHOOLS]
};

export const schoolsCausingConcernSchema: DatasetSchema = {
	name: 'schools_causing_concern',
	title: 'Register of schools causing concern (illustrative)',
	description:
		"Spells of maintained schools on HCC's schools causing concern register. Schools are expected to stay no longer than 18 months (Strategy 2021–26, Appendix A ¶27); a spell with no removed_on is open.",
	columns: columns([
		['urn', 'INTEGER', false, 'School URN (see schools)'],
		['added_on', 'DATE', false, 'Date added to the register'],
		['removed_on', 'DATE', true, 'Date removed after sufficient improvement; NULL while still on the register'],
		['reason', 'VARCHAR', false, 'Main reason for concern']
	]),
	key: ['urn', 'added_on'],
	orderBy: ['urn', 'added_on'],
	illustrative: true,
	references: [URN_IN_SCHOOLS]
};

export const ofstedReportCardsSchema: DatasetSchema = {
	name: 'ofsted_report_cards',
	title: 'Ofsted report cards since 10 November 2025 (illustrative)',
	description:
		'One row per evaluation area of each report-card inspection. Grades are on the 5-point report-card scale and must never be mapped onto good/outstanding. early_years only for schools taking children aged 4 or under; sixth_form only for schools with age_high ≥ 18.',
	columns: columns([
		['urn', 'INTEGER', false, 'School URN (see schools)'],
		['inspected_on', 'DATE', false, 'First day of the inspection (on or after 2025-11-10)'],
		['evaluation_area', 'VARCHAR', false, 'inclusion, curriculum_and_teaching, achievement, attendance_and_behaviour, personal_development_and_wellbeing, leadership_and_governance, early_years or sixth_form'],
		['grade', 'VARCHAR', false, 'exceptional, strong_standard, expected_standard, needs_attention or urgent_improvement'],
		['safeguarding_met', 'BOOLEAN', false, 'Whether safeguarding was met (the same on every row of an inspection)']
	]),
	key: ['urn', 'inspected_on', 'evaluation_area'],
	orderBy: ['urn', 'inspected_on', 'evaluation_area'],
	illustrative: true,
	references: [URN_IN_SCHOOLS]
};

export const kpiCommentarySchema: DatasetSchema = {
	name: 'kpi_commentary',
	title: 'Commentary on each KPI by year (illustrative)',
	description:
		'Short plain-English commentary shown beside each contract KPI in the JAPR pack. Illustrative text written for the demo, not a council view; authors are role titles, never names.',
	columns: columns([
		['kpi_id', 'VARCHAR', false, 'KPI identifier, e.g. ehcp_20_weeks'],
		['academic_year', 'VARCHAR', false, "Year commented on, e.g. '2024/25'"],
		['author', 'VARCHAR', false, 'Role of the author (illustrative)'],
		['written_on', 'DATE', false, 'Date written'],
		['commentary', 'VARCHAR', false, 'One to three sentences']
	]),
	key: ['kpi_id', 'academic_year'],
	orderBy: ['kpi_id', 'academic_year'],
	illustrative: true
};

export const illustrativeSchemas: DatasetSchema[] = [
	raygRatingsSchema,
	valuingSendSchoolsSchema,
	ehcNeedsAssessmentsSchema,
	ehcpMonthlySchema,
	specialistPlaceProjectsSchema,
	sldPlacesAwaitingSchema,
	a4eLicencesSchema,
	a4eProgrammePlacesSchema,
	schoolsCausingConcernSchema,
	ofstedReportCardsSchema,
	kpiCommentarySchema
];
