import { ENGLAND_CODE, HERTFORDSHIRE_CODE } from '../../data/sql/attainment-gap';
import type { KpiDefinition, SeriesContext } from '../definition';
import { districtCondition, schoolSliceCondition, yearCondition, type KpiFilter } from '../filter';
import type { Target } from '../types';
import { percentSql, shapeSeries, STRATEGY_MONTHS_SQL } from './sql-parts';
import { seed, SEND_PLAN, STRATEGY_END } from './sources';

const AREA5 = seed(SEND_PLAN, 'Area 5: Valuing SEND (how will we know we have succeeded?)');
const AREA6 = seed(SEND_PLAN, 'Area 6: Delivering on our statutory SEND duties');
const AREA7 = seed(SEND_PLAN, 'Area 7: Enabling access to provision');

const level = (value: number, due: string, description: string): Target => ({
	kind: 'level',
	value,
	due,
	description
});

/**
 * A month-end series over a dataset: for every month from the first event to the dataset's
 * as-at date, `measure` aggregates the rows of `base` (which may compare with m.month_end).
 */
function monthly(
	base: { sql: string; params: (string | number)[] },
	firstDate: string,
	asAt: string,
	measure: { value: string; numerator: string; denominator: string; comparable?: string }
) {
	return shapeSeries(
		`WITH base AS (${base.sql}),
months AS (${STRATEGY_MONTHS_SQL}),
bounds AS (SELECT min(${firstDate}) AS first_day, CAST(? AS DATE) AS as_at FROM base)
SELECT strftime(m.month_end, '%Y-%m') AS period, m.month_end AS period_end,
	${measure.value} AS value, ${measure.numerator} AS numerator, ${measure.denominator} AS denominator,
	NULL AS comparator_value, TRUE AS comparable
FROM months AS m CROSS JOIN bounds CROSS JOIN base AS b
WHERE m.month_end >= bounds.first_day AND m.month_start <= bounds.as_at
GROUP BY m.month_start, m.month_end`,
		[...base.params, asAt]
	);
}

const asAtOf = (context: SeriesContext, dataset: string) => context.asAt[dataset] ?? STRATEGY_END;

function valuingSendSlice(filter: KpiFilter) {
	const slice = schoolSliceCondition(filter, 'urn');
	return { sql: `SELECT * FROM valuing_send_schools WHERE ${slice.sql}`, params: slice.params };
}

const trainedBy = 'count(*) FILTER (WHERE b.attended_training_on <= m.month_end)';
const readyBy =
	'count(*) FILTER (WHERE b.readiness_score_completed_on <= m.month_end AND b.attended_training_on <= m.month_end)';

const sendCommon = {
	theme: 'send' as const,
	polarity: 'higher_is_better' as const,
	comparator: null,
	illustrative: true
};

export const valuingSendTraining: KpiDefinition = {
	...sendCommon,
	id: 'valuing_send_training_pct',
	title: 'Schools that have attended Valuing SEND training',
	description:
		'Of open state-funded schools, the share that has attended Valuing SEND training, at the end of each month.',
	unit: 'percent',
	source: AREA5,
	targets: [
		level(70, '2023-08-31', '70% of schools by the end of the summer term 2023'),
		level(75, '2023-12-31', '75% of schools by December 2023')
	],
	targetNote:
		'From the SEND improvement plan; "end of summer term 2023" is read as 31 August 2023.',
	tolerance: 2,
	grains: ['county', 'district', 'phase', 'school'],
	datasets: ['valuing_send_schools', 'schools'],
	series: (filter, context) =>
		monthly(
			valuingSendSlice(filter),
			'attended_training_on',
			asAtOf(context, 'valuing_send_schools'),
			{
				value: percentSql(trainedBy, 'count(*)'),
				numerator: trainedBy,
				denominator: 'count(*)'
			}
		)
};

export const valuingSendReadiness: KpiDefinition = {
	...sendCommon,
	id: 'valuing_send_readiness_pct',
	title: 'Trained schools that have completed their setting readiness score',
	description:
		"Of schools that have attended Valuing SEND training, the share that has completed its 'setting readiness' score, at the end of each month.",
	unit: 'percent',
	source: AREA5,
	targets: [
		level(50, '2023-08-31', '50% of trained schools by August 2023'),
		level(60, '2023-12-31', '60% of trained schools by December 2023')
	],
	targetNote:
		'From the SEND improvement plan; the denominator is schools trained by the same date.',
	tolerance: 2,
	grains: ['county', 'district', 'phase', 'school'],
	datasets: ['valuing_send_schools', 'schools'],
	series: (filter, context) =>
		monthly(
			valuingSendSlice(filter),
			'attended_training_on',
			asAtOf(context, 'valuing_send_schools'),
			{
				value: percentSql(readyBy, trainedBy),
				numerator: readyBy,
				denominator: trainedBy
			}
		)
};

const inMonth = 'b.completed_on BETWEEN m.month_start AND m.month_end';
const radarInMonth = `count(*) FILTER (WHERE ${inMonth} AND b.includes_valuing_send_radar)`;
const completedInMonth = `count(*) FILTER (WHERE ${inMonth})`;

export const ehcnaRadar: KpiDefinition = {
	...sendCommon,
	id: 'ehcna_valuing_send_radar_pct',
	title: 'EHC needs assessments that include a Valuing SEND radar',
	description:
		'Of education, health and care needs assessments completed in each month, the share that included a Valuing SEND radar.',
	unit: 'percent',
	source: AREA5,
	targets: [level(25, '2024-04-30', '25% of all EHC needs assessments by April 2024')],
	targetNote: 'Read as the share of assessments completed in the month.',
	tolerance: 2,
	grains: ['county', 'district'],
	datasets: ['ehc_needs_assessments'],
	series(filter, context) {
		const districts = districtCondition(filter);
		return monthly(
			{
				sql: `SELECT * FROM ehc_needs_assessments WHERE ${districts.sql}`,
				params: districts.params
			},
			'completed_on',
			asAtOf(context, 'ehc_needs_assessments'),
			{
				value: percentSql(radarInMonth, completedInMonth),
				numerator: radarInMonth,
				denominator: completedInMonth
			}
		);
	}
};

const timelinessTarget: Target = {
	kind: 'direction',
	description: 'Increase the percentage of final EHC plans issued within timescales'
};

export const ehcpTimelinessIncludingExceptions: KpiDefinition = {
	...sendCommon,
	id: 'ehcp_20_weeks_including_exceptions_pct',
	title: 'New EHC plans issued within 20 weeks (including exceptions)',
	description:
		'Of new education, health and care plans issued in each calendar year, the share issued within the 20-week legal limit, counting plans where an exception applied. From the DfE SEN2 return.',
	unit: 'percent',
	comparator: 'England (including exceptions, where published)',
	source: AREA6,
	targets: [timelinessTarget],
	targetNote: 'The plan asks for an increase and gives no number: judged as a trajectory.',
	tolerance: 2,
	grains: ['county'],
	datasets: ['ehcp_timeliness'],
	illustrative: false,
	series(filter) {
		const years = yearCondition(filter, 'calendar_year');
		const pick = (code: string, column: string) =>
			`max(${column}) FILTER (WHERE geography_code = '${code}' AND basis = 'including_exceptions')`;
		return shapeSeries(
			`SELECT CAST(calendar_year AS VARCHAR) AS period,
	CAST(CAST(calendar_year AS VARCHAR) || '-12-31' AS DATE) AS period_end,
	${pick(HERTFORDSHIRE_CODE, 'pct_within_20_weeks')} AS value,
	${pick(HERTFORDSHIRE_CODE, 'within_20_weeks')} AS numerator,
	${pick(HERTFORDSHIRE_CODE, 'plans_issued')} AS denominator,
	${pick(ENGLAND_CODE, 'pct_within_20_weeks')} AS comparator_value,
	TRUE AS comparable
FROM ehcp_timeliness
WHERE ${years.sql}
GROUP BY calendar_year
HAVING ${pick(HERTFORDSHIRE_CODE, 'pct_within_20_weeks')} IS NOT NULL`,
			years.params
		);
	}
};

const withinExcl = 'sum(within_20_weeks_excluding_exceptions)';
const issuedExcl = 'sum(plans_issued - exceptions)';

export const ehcpTimelinessExcludingExceptions: KpiDefinition = {
	...sendCommon,
	id: 'ehcp_20_weeks_excluding_exceptions_pct',
	title: 'New EHC plans issued within 20 weeks (excluding exceptions)',
	description:
		'The headline measure: of new plans issued in each calendar year where no exception applied, the share issued within 20 weeks. From the council’s monthly tracking.',
	unit: 'percent',
	comparator: 'England (excluding exceptions, DfE headline)',
	source: AREA6,
	targets: [timelinessTarget],
	targetNote: 'The plan asks for an increase and gives no number: judged as a trajectory.',
	tolerance: 2,
	grains: ['county'],
	datasets: ['ehcp_monthly', 'ehcp_timeliness'],
	series(filter) {
		const years = yearCondition(filter, 'year(month)');
		return shapeSeries(
			`SELECT CAST(y AS VARCHAR) AS period, CAST(CAST(y AS VARCHAR) || '-12-31' AS DATE) AS period_end,
	value, numerator, denominator,
	(SELECT pct_within_20_weeks FROM ehcp_timeliness e
		WHERE e.geography_code = '${ENGLAND_CODE}' AND e.basis = 'excluding_exceptions' AND e.calendar_year = y) AS comparator_value,
	complete AS comparable
FROM (
	SELECT year(month) AS y, ${percentSql(withinExcl, issuedExcl)} AS value,
		${withinExcl} AS numerator, ${issuedExcl} AS denominator, count(*) = 12 AS complete
	FROM ehcp_monthly
	WHERE ${years.sql}
	GROUP BY year(month)
) AS annual`,
			years.params
		);
	}
};

function monthlyTrackingKpi(
	id: string,
	title: string,
	description: string,
	value: string,
	numerator: string,
	denominator: string,
	target: Target
): KpiDefinition {
	return {
		...sendCommon,
		id,
		title,
		description,
		unit: 'percent',
		source: AREA6,
		targets: [target],
		targetNote: 'The plan asks for an increase and gives no number: judged as a trajectory.',
		tolerance: 2,
		grains: ['county'],
		datasets: ['ehcp_monthly'],
		series: () =>
			shapeSeries(
				`SELECT strftime(month, '%Y-%m') AS period,
	CAST(month + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS period_end,
	${value} AS value, ${numerator} AS numerator, ${denominator} AS denominator,
	NULL AS comparator_value, TRUE AS comparable
FROM ehcp_monthly
WHERE ${value} IS NOT NULL`,
				[]
			)
	};
}

export const ehcpMonthly = monthlyTrackingKpi(
	'ehcp_20_weeks_monthly_pct',
	'New EHC plans issued within 20 weeks, by month (excluding exceptions)',
	'The same headline measure month by month, from the council’s own tracking.',
	percentSql('within_20_weeks_excluding_exceptions', '(plans_issued - exceptions)'),
	'within_20_weeks_excluding_exceptions',
	'(plans_issued - exceptions)',
	timelinessTarget
);

export const finalPlans12Weeks = monthlyTrackingKpi(
	'ehcp_final_plans_12_weeks_pct',
	'Final EHC plans issued within 12 weeks',
	'The share of final plans issued within 12 weeks, by month, where tracked.',
	'final_plans_within_12_weeks',
	'NULL',
	'NULL',
	{
		kind: 'direction',
		description: 'Increase the percentage of final plans issued within 12 weeks'
	}
);

export const annualReviewsOnline = monthlyTrackingKpi(
	'annual_reviews_online_pct',
	'Annual reviews completed through the online system',
	'The share of schools completing annual reviews through the annual reviews online system, by month, where tracked.',
	'annual_reviews_online',
	'NULL',
	'NULL',
	{ kind: 'direction', description: 'Increase the percentage of schools completing reviews online' }
);

/** One specialist-place commitment: places delivered against the number the plan promises. */
function placesKpi(
	id: string,
	title: string,
	where: string,
	places: number,
	promise: string
): KpiDefinition {
	return {
		...sendCommon,
		id,
		title,
		description: `${promise} Shows places delivered, with children formally offered a place as the count behind it.`,
		unit: 'count',
		source: AREA7,
		targets: [level(places, STRATEGY_END, promise)],
		targetNote:
			'The SEND plan gives the number but no date; the end of the 2021–26 strategy is used. Each project’s own planned date is in the project table.',
		tolerance: Math.max(2, Math.round(places * 0.1)),
		grains: ['county'],
		datasets: ['specialist_place_projects'],
		series: (_filter, context) =>
			shapeSeries(
				`SELECT 'As at' AS period, CAST(? AS DATE) AS period_end,
	sum(places_delivered) AS value, sum(children_offered) AS numerator, sum(places_target) AS denominator,
	NULL AS comparator_value, TRUE AS comparable
FROM specialist_place_projects
WHERE ${where}`,
				[asAtOf(context, 'specialist_place_projects')]
			)
	};
}

const SLD = "provision_type = 'sld_special'";

export const specialistPlaceKpis: KpiDefinition[] = [
	placesKpi(
		'sld_places_west',
		'New SLD places: west',
		`${SLD} AND area = 'west'`,
		100,
		'100 new severe learning disability places to serve the west of the county.'
	),
	placesKpi(
		'sld_places_east',
		'New SLD places: east',
		`${SLD} AND area = 'east'`,
		100,
		'100 additional severe learning disability places to serve the east of the county.'
	),
	placesKpi(
		'sld_places_north',
		'New SLD places: north',
		`${SLD} AND area = 'north'`,
		100,
		'100 additional severe learning disability places to serve the north of the county.'
	),
	placesKpi(
		'rebuild_ld_places',
		'Learning disability places from a school rebuild',
		"provision_type = 'rebuild'",
		25,
		'The school rebuild on its existing site will provide 25 additional learning disability places.'
	),
	placesKpi(
		'ca_secondary_places',
		'Secondary communication and autism special school',
		"provision_type = 'communication_autism_special' AND phase = 'secondary'",
		60,
		'A new 60-place secondary communication and autism special school.'
	),
	placesKpi(
		'ca_primary_places',
		'Primary communication and autism special school',
		"provision_type = 'communication_autism_special' AND phase = 'primary'",
		60,
		'A new 60-place primary communication and autism special school.'
	),
	placesKpi(
		'srp_secondary_places',
		'Secondary specialist resource provision places',
		"provision_type = 'secondary_srp'",
		80,
		'Four secondary specialist resource provisions, each offering 20 places (80 in all).'
	),
	placesKpi(
		'srp_primary_places',
		'Primary specialist resource provision places',
		"provision_type = 'primary_srp'",
		108,
		'Nine primary specialist resource provisions, each offering 12 places (108 in all).'
	)
];

export const enlargementClasses: KpiDefinition = {
	...sendCommon,
	id: 'enlargement_classes',
	title: 'Enlargement classes of 7 to 10 pupils',
	description:
		'Enlargement proposals: at least one class of 7–10 pupils in each sector identified. Counts classes delivered with at least 7 places, out of the classes planned.',
	unit: 'count',
	source: AREA7,
	targets: [
		{ kind: 'direction', description: 'At least one class of 7–10 pupils per sector identified' }
	],
	targetNote:
		'The number of sectors is not fixed in the plan, so the target is read per planned class.',
	tolerance: 1,
	grains: ['county'],
	datasets: ['specialist_place_projects'],
	series: (_filter, context) =>
		shapeSeries(
			`SELECT 'As at' AS period, CAST(? AS DATE) AS period_end,
	count(*) FILTER (WHERE places_delivered >= 7) AS value,
	sum(children_offered) AS numerator, count(*) AS denominator,
	NULL AS comparator_value, TRUE AS comparable
FROM specialist_place_projects
WHERE provision_type = 'enlargement_class'`,
			[asAtOf(context, 'specialist_place_projects')]
		)
};

export const sldAwaiting: KpiDefinition = {
	...sendCommon,
	id: 'sld_pupils_awaiting_place',
	title: 'Pupils awaiting a severe learning disability place',
	description:
		'Pupils waiting for an SLD place at the end of each month, across the west, east and north.',
	unit: 'count',
	polarity: 'lower_is_better',
	source: AREA7,
	targets: [{ kind: 'direction', description: 'Fewer pupils awaiting an SLD place' }],
	targetNote: 'The plan asks for a reduction and gives no number: judged as a trajectory.',
	tolerance: 3,
	grains: ['county'],
	datasets: ['sld_places_awaiting'],
	series: () =>
		shapeSeries(
			`SELECT strftime(month, '%Y-%m') AS period,
	CAST(month + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS period_end,
	sum(pupils_awaiting) AS value, sum(pupils_awaiting) AS numerator, NULL AS denominator,
	NULL AS comparator_value, TRUE AS comparable
FROM sld_places_awaiting
GROUP BY month`,
			[]
		)
};

export const sendKpis: KpiDefinition[] = [
	valuingSendTraining,
	valuingSendReadiness,
	ehcnaRadar,
	ehcpTimelinessIncludingExceptions,
	ehcpTimelinessExcludingExceptions,
	ehcpMonthly,
	finalPlans12Weeks,
	annualReviewsOnline,
	...specialistPlaceKpis,
	enlargementClasses,
	sldAwaiting
];
