import { columns, type DatasetSchema } from './types';

/** Schemas of the extracts built from real public files (DfE, Open Government Licence v3.0). */

export const schoolsSchema: DatasetSchema = {
	name: 'schools',
	title: 'Schools in Hertfordshire (LA 919)',
	description:
		'One row per establishment in the DfE performance-tables school information file, joined to the January census and the district lookup.',
	columns: columns([
		['urn', 'INTEGER', false, 'Unique reference number'],
		['laestab', 'INTEGER', true, 'LA number and establishment number'],
		['name', 'VARCHAR', false, 'School name'],
		['town', 'VARCHAR', true, 'Post town'],
		['postcode', 'VARCHAR', true, 'Postcode'],
		['status', 'VARCHAR', false, 'Open, Closed or Open, but proposed to close'],
		['is_open', 'BOOLEAN', false, 'Open (including proposed to close)'],
		['open_date', 'DATE', true, 'Date opened, where given'],
		['close_date', 'DATE', true, 'Date closed, where given'],
		['minor_group', 'VARCHAR', false, 'DfE minor group (Maintained school, Academy, …)'],
		['school_type', 'VARCHAR', false, 'DfE establishment type'],
		['governance', 'VARCHAR', false, 'maintained, academy or other'],
		['is_state_funded', 'BOOLEAN', false, 'LA-maintained or academy (incl. free schools and UTCs)'],
		['phase', 'VARCHAR', false, 'nursery, primary, middle, secondary, all-through, special, post-16'],
		['age_low', 'INTEGER', true, 'Lowest age'],
		['age_high', 'INTEGER', true, 'Highest age'],
		['district', 'VARCHAR', true, 'District (one of the 10)'],
		['district_basis', 'VARCHAR', true, 'How the district was assigned (approximate lookup basis)'],
		['pupils', 'INTEGER', true, 'Number on roll, January census'],
		['pct_fsm_6yrs', 'DOUBLE', true, '% pupils eligible for FSM in the last 6 years (census)'],
		['pupils_ehcp', 'INTEGER', true, 'Pupils with an EHC plan (census)'],
		['pupils_sen_support', 'INTEGER', true, 'Pupils on SEN support (census)'],
		['ofsted_rating', 'VARCHAR', true, 'Latest overall effectiveness in words, as published'],
		['ofsted_grade', 'INTEGER', true, '1 outstanding, 2 good, 3 requires improvement, 4 inadequate'],
		['ofsted_inspected_on', 'DATE', true, 'Date of that inspection'],
		['predecessor_urn', 'INTEGER', true, 'The establishment this one replaced (e.g. before academy conversion)'],
		['predecessor_basis', 'VARCHAR', true, 'How the predecessor link was established'],
		['predecessor_grade', 'INTEGER', true, "The predecessor's latest overall-effectiveness grade"],
		['predecessor_inspected_on', 'DATE', true, "Date of the predecessor's inspection"],
		['source_file', 'VARCHAR', false, 'Input file the row came from']
	]),
	key: ['urn'],
	orderBy: ['urn'],
	illustrative: false
};

export const attainmentSchema: DatasetSchema = {
	name: 'attainment',
	title: 'KS2 and KS4 attainment by pupil group',
	description:
		'KS2 % meeting the expected standard in reading, writing and maths, and KS4 Attainment 8, for Hertfordshire, England and each school, by disadvantage.',
	columns: columns([
		['key_stage', 'VARCHAR', false, 'KS2 or KS4'],
		['measure', 'VARCHAR', false, 'rwm_expected_pct (KS2) or attainment8 (KS4)'],
		['academic_year', 'VARCHAR', false, 'e.g. 2024/25'],
		['time_period', 'INTEGER', false, 'DfE 6-digit period, e.g. 202425'],
		['geography_level', 'VARCHAR', false, 'school, local_authority or national'],
		['geography_code', 'VARCHAR', false, 'URN, E10000015 (Hertfordshire) or E92000001 (England)'],
		['geography_name', 'VARCHAR', false, 'School, LA or country name'],
		['urn', 'INTEGER', true, 'School URN for school rows'],
		['pupil_group', 'VARCHAR', false, 'all, disadvantaged or other'],
		['value', 'DOUBLE', true, 'The figure; NULL when a symbol stands instead'],
		['symbol', 'VARCHAR', true, 'DfE symbol when there is no value: c, x, z, low'],
		['cohort', 'INTEGER', true, 'Pupils in the group, where published'],
		['comparable', 'BOOLEAN', false, 'False for years that are not comparable (CAG/TAG 2020, 2021)'],
		['source_file', 'VARCHAR', false, 'Input file the value came from'],
		['source_column', 'VARCHAR', false, 'Column the value came from']
	]),
	key: ['key_stage', 'measure', 'time_period', 'geography_code', 'pupil_group'],
	orderBy: ['key_stage', 'measure', 'geography_level', 'geography_code', 'time_period', 'pupil_group'],
	illustrative: false,
	// No URN reference check: the performance tables are newer than the school information file,
	// and a few schools with results are not in it (see docs/decisions/0010-input-validation.md).
	disclosure: {
		schoolColumn: 'urn',
		cohortColumn: 'cohort',
		valueColumn: 'value',
		symbolColumn: 'symbol'
	}
};

export const ehcpTimelinessSchema: DatasetSchema = {
	name: 'ehcp_timeliness',
	title: 'New EHC plans issued within 20 weeks, by calendar year',
	description:
		'Hertfordshire from the DfE SEN2 timeliness file (including exceptions); England from published DfE figures.',
	columns: columns([
		['calendar_year', 'INTEGER', false, 'Calendar year the plans were issued'],
		['geography_level', 'VARCHAR', false, 'local_authority or national'],
		['geography_code', 'VARCHAR', false, 'E10000015 or E92000001'],
		['geography_name', 'VARCHAR', false, 'Hertfordshire or England'],
		['basis', 'VARCHAR', false, 'including_exceptions or excluding_exceptions'],
		['plans_issued', 'INTEGER', true, 'New plans issued (denominator), where published'],
		['within_20_weeks', 'INTEGER', true, 'Of those, issued within 20 weeks'],
		['pct_within_20_weeks', 'DOUBLE', false, '% issued within 20 weeks, as published'],
		['requests', 'INTEGER', true, 'Requests for an EHC needs assessment'],
		['refusals', 'INTEGER', true, 'Requests refused'],
		['source', 'VARCHAR', false, 'Where the figure comes from']
	]),
	key: ['calendar_year', 'geography_code', 'basis'],
	orderBy: ['geography_code', 'basis', 'calendar_year'],
	illustrative: false
};

export const statisticalNeighboursSchema: DatasetSchema = {
	name: 'statistical_neighbours',
	title: "Hertfordshire's statistical neighbours",
	description: 'DfE statistical neighbours list (May 2025), closest first.',
	columns: columns([
		['la_name', 'VARCHAR', false, 'Local authority'],
		['rank', 'INTEGER', false, '1 = closest'],
		['list_version', 'VARCHAR', false, 'Which DfE list'],
		['source', 'VARCHAR', false, 'Where the list comes from']
	]),
	key: ['la_name'],
	orderBy: ['rank'],
	illustrative: false
};

export const publishedComparatorsSchema: DatasetSchema = {
	name: 'published_comparators',
	title: 'Published comparator figures',
	description:
		'National (or other) figures published outside the DfE data files, each with its source, used as comparators for a KPI.',
	columns: columns([
		['kpi_id', 'VARCHAR', false, 'The KPI the figure is a comparator for'],
		['geography_code', 'VARCHAR', false, 'e.g. E92000001 (England)'],
		['geography_name', 'VARCHAR', false, 'e.g. England'],
		['period', 'VARCHAR', false, 'The period as published'],
		['period_end', 'DATE', false, 'Last day of that period'],
		['value', 'DOUBLE', false, 'The published figure'],
		['source', 'VARCHAR', false, 'Where it was published']
	]),
	key: ['kpi_id', 'geography_code', 'period_end'],
	orderBy: ['kpi_id', 'geography_code', 'period_end'],
	illustrative: false
};

export const publicSchemas: DatasetSchema[] = [
	schoolsSchema,
	attainmentSchema,
	ehcpTimelinessSchema,
	statisticalNeighboursSchema,
	publishedComparatorsSchema
];
