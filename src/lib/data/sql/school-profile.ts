import { REPORT_CARDS_FROM } from '../../kpi/stats/report-cards';
import { ENGLAND_CODE, HERTFORDSHIRE_CODE } from './attainment-gap';
import { gradedSchoolsSql } from './good-outstanding';
import type { SqlQuery } from './query';

/**
 * The queries behind one school's profile page (/school/[urn]/). Every builder takes the URN as a
 * bound parameter, never spliced into the SQL, and reads one school's rows only, so a page costs
 * a handful of small lookups however many schools are prerendered. Dates come back as ISO text.
 */

export interface SchoolFactsRow {
	urn: number;
	name: string;
	/** False for a school with results but no row in the school information file (opened since). */
	in_schools: boolean;
	status: string | null;
	is_open: boolean | null;
	is_state_funded: boolean | null;
	open_date: string | null;
	close_date: string | null;
	town: string | null;
	postcode: string | null;
	school_type: string | null;
	governance: string | null;
	phase: string | null;
	age_low: number | null;
	age_high: number | null;
	district: string | null;
	district_basis: string | null;
	pupils: number | null;
	pct_fsm_6yrs: number | null;
	pupils_ehcp: number | null;
	ofsted_rating: string | null;
	ofsted_grade: number | null;
	ofsted_inspected_on: string | null;
	/** The grade the county counts (own, else predecessor's; only grades given by 1 Sep 2024). */
	effective_grade: number | null;
	lacks_own_grade: boolean | null;
	predecessor_urn: number | null;
	predecessor_name: string | null;
	/** Whether the predecessor has a profile of its own (a row in schools). */
	predecessor_listed: boolean | null;
	predecessor_basis: string | null;
	predecessor_grade: number | null;
	predecessor_inspected_on: string | null;
}

/**
 * One row for any URN the extracts know: from schools (with the predecessor rule of
 * `gradedSchoolsSql`, so the page and the county count agree), or, for a school that opened after
 * the school information file, just its URN and the name its results were published under.
 */
export function schoolFactsQuery(urn: number): SqlQuery {
	return {
		sql: `WITH g AS (${gradedSchoolsSql('urn = ?')}),
results AS (
	SELECT urn, max(geography_name) AS name
	FROM attainment
	WHERE geography_level = 'school' AND urn = ?
	GROUP BY urn
)
SELECT coalesce(g.urn, r.urn)::INTEGER AS urn, coalesce(g.name, r.name) AS name,
	g.urn IS NOT NULL AS in_schools,
	g.status, g.is_open, g.is_state_funded,
	CAST(g.open_date AS VARCHAR) AS open_date, CAST(g.close_date AS VARCHAR) AS close_date,
	g.town, g.postcode, g.school_type, g.governance, g.phase, g.age_low, g.age_high,
	g.district, g.district_basis, g.pupils, g.pct_fsm_6yrs, g.pupils_ehcp,
	g.ofsted_rating, g.ofsted_grade, CAST(g.ofsted_inspected_on AS VARCHAR) AS ofsted_inspected_on,
	g.effective_grade, g.lacks_own_grade,
	g.predecessor_urn, p.name AS predecessor_name,
	CASE WHEN g.predecessor_urn IS NOT NULL THEN p.urn IS NOT NULL END AS predecessor_listed,
	g.predecessor_basis, g.predecessor_grade,
	CAST(g.predecessor_inspected_on AS VARCHAR) AS predecessor_inspected_on
FROM g
FULL OUTER JOIN results AS r ON r.urn = g.urn
LEFT JOIN schools AS p ON p.urn = g.predecessor_urn`,
		params: [urn, urn]
	};
}

export interface SchoolSuccessorRow {
	urn: number;
	name: string;
	open_date: string | null;
}

/** Schools that replaced this one (e.g. the academy that took over a closed maintained school). */
export function schoolSuccessorsQuery(urn: number): SqlQuery {
	return {
		sql: `SELECT urn, name, CAST(open_date AS VARCHAR) AS open_date
FROM schools
WHERE predecessor_urn = ?
ORDER BY urn`,
		params: [urn]
	};
}

export interface SchoolReportCardRow {
	inspected_on: string;
	evaluation_area: string;
	grade: string;
	safeguarding_met: boolean;
}

/** Every report-card grade since the new framework began (10 Nov 2025), latest inspection first. */
export function schoolReportCardsQuery(urn: number): SqlQuery {
	return {
		sql: `SELECT CAST(inspected_on AS VARCHAR) AS inspected_on, evaluation_area, grade, safeguarding_met
FROM ofsted_report_cards
WHERE urn = ? AND inspected_on >= DATE '${REPORT_CARDS_FROM}'
ORDER BY inspected_on DESC, evaluation_area`,
		params: [urn]
	};
}

export interface SchoolRaygRow {
	academic_year: string;
	rating: string;
	ey_rating: string | null;
	post16_rating: string | null;
}

/** The school's RAYG colour each year (illustrative). */
export function schoolRaygQuery(urn: number): SqlQuery {
	return {
		sql: `SELECT academic_year, rating, ey_rating, post16_rating
FROM rayg_ratings
WHERE urn = ?
ORDER BY academic_year`,
		params: [urn]
	};
}

export interface SchoolAttainmentProfileRow {
	key_stage: 'KS2' | 'KS4';
	measure: string;
	academic_year: string;
	time_period: number;
	comparable: boolean;
	/** The school's name as published with its results. */
	name: string;
	pupil_group: 'all' | 'disadvantaged' | 'other';
	value: number | null;
	symbol: string | null;
	cohort: number | null;
	/** The same measure, group and year for Hertfordshire and England. */
	herts_value: number | null;
	england_value: number | null;
}

/**
 * The school's results by key stage, year and pupil group, beside Hertfordshire and England for
 * the same measure, group and year. Raw: the school's own figures must go through
 * `suppressSchoolAttainment` (one key stage and year at a time) before anyone sees them.
 */
export function schoolAttainmentProfileQuery(urn: number): SqlQuery {
	// The extract's key makes each join match at most one row.
	const area = (alias: string, code: string) =>
		`LEFT JOIN attainment AS ${alias} ON ${alias}.geography_code = '${code}'
	AND ${alias}.key_stage = a.key_stage AND ${alias}.measure = a.measure
	AND ${alias}.time_period = a.time_period AND ${alias}.pupil_group = a.pupil_group`;
	return {
		sql: `SELECT a.key_stage, a.measure, a.academic_year, a.time_period, a.comparable,
	a.geography_name AS name, a.pupil_group, a.value, a.symbol, a.cohort,
	h.value AS herts_value, e.value AS england_value
FROM attainment AS a
${area('h', HERTFORDSHIRE_CODE)}
${area('e', ENGLAND_CODE)}
WHERE a.geography_level = 'school' AND a.urn = ?
ORDER BY a.key_stage, a.time_period, CASE a.pupil_group WHEN 'all' THEN 1 WHEN 'disadvantaged' THEN 2 ELSE 3 END`,
		params: [urn]
	};
}

export interface SchoolLicencesRow {
	size_band: string;
	recommended_licences: number;
	licences: number;
	spend_gbp: number;
	ordered_on: string | null;
}

/** 'When the Adults Change' licences bought against the recommendation for its size (illustrative). */
export function schoolLicencesQuery(urn: number): SqlQuery {
	return {
		sql: `SELECT size_band, recommended_licences, licences, spend_gbp, CAST(ordered_on AS VARCHAR) AS ordered_on
FROM a4e_licences
WHERE urn = ?`,
		params: [urn]
	};
}

export interface SchoolProgrammeRow {
	programme: string;
	academic_year: string;
	places: number;
}

/** Aiming for Excellence programmes the school took part in, by year (illustrative). */
export function schoolProgrammesQuery(urn: number): SqlQuery {
	return {
		sql: `SELECT programme, academic_year, places
FROM a4e_programme_places
WHERE urn = ? AND places > 0
ORDER BY academic_year, programme`,
		params: [urn]
	};
}

export interface SchoolValuingSendRow {
	attended_training_on: string | null;
	readiness_score_completed_on: string | null;
}

/** When the school attended Valuing SEND training and completed its readiness score (illustrative). */
export function schoolValuingSendQuery(urn: number): SqlQuery {
	return {
		sql: `SELECT CAST(attended_training_on AS VARCHAR) AS attended_training_on,
	CAST(readiness_score_completed_on AS VARCHAR) AS readiness_score_completed_on
FROM valuing_send_schools
WHERE urn = ?`,
		params: [urn]
	};
}

export interface SchoolConcernSpellRow {
	added_on: string;
	removed_on: string | null;
	reason: string;
	/** Whole months from being added to removal, or to `asAt` while the spell is open. */
	months: number;
}

/**
 * The school's spells on the schools causing concern register (illustrative), with their length:
 * an open spell is measured to `asAt`, the date the register extract describes.
 */
export function schoolConcernSpellsQuery(urn: number, asAt: string): SqlQuery {
	return {
		sql: `SELECT CAST(added_on AS VARCHAR) AS added_on, CAST(removed_on AS VARCHAR) AS removed_on, reason,
	CAST(datediff('month', added_on, coalesce(removed_on, CAST(? AS DATE))) AS INTEGER) AS months
FROM schools_causing_concern
WHERE urn = ?
ORDER BY added_on`,
		params: [asAt, urn]
	};
}

/** Every URN with a profile: each school in the extract, and each with results but no schools row. */
export function profileUrnsQuery(): SqlQuery {
	return {
		sql: `SELECT urn FROM schools
UNION
SELECT DISTINCT urn FROM attainment WHERE geography_level = 'school' AND urn IS NOT NULL
ORDER BY urn`,
		params: []
	};
}
