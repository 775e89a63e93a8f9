import { gradedSchoolsSql } from '../../data/sql/good-outstanding';
import type { KpiDefinition } from '../definition';
import { schoolSliceCondition, type KpiFilter } from '../filter';
import { academicYearEndSql, academicYearOfSql, and, percentSql, shapeSeries } from './sql-parts';
import { seed, STRATEGY, STRATEGY_END } from './sources';

const increaseGoodSchools = {
	kind: 'direction' as const,
	description: 'Increase the number of good and outstanding schools and settings'
};
const P1 = seed(STRATEGY, '¶55, contract priority 1');
const LAST_COMPARABLE_NOTE =
	'The strategy sets a direction, not a number. Ofsted stopped overall grades on 2 Sep 2024, so this is the last comparable series: it cannot move any more, and report cards take over.';

/** Open state-funded schools in the slice, with effective grades (predecessor rule applied). */
function gradedSlice(filter: KpiFilter) {
	const slice = schoolSliceCondition(filter, 'urn');
	return {
		sql: gradedSchoolsSql(`is_open AND is_state_funded AND ${slice.sql}`),
		params: slice.params
	};
}

/** England's published figure for the same measure, where one is held (published_comparators). */
const englandComparator = (kpiId: string) =>
	`(SELECT value FROM published_comparators WHERE kpi_id = '${kpiId}' ORDER BY period_end DESC LIMIT 1)`;

function goodOutstandingKpi(
	id: string,
	title: string,
	description: string,
	unit: 'percent' | 'count',
	measure: { numerator: string; denominator: string; value: string }
): KpiDefinition {
	return {
		id,
		theme: 'good_schools',
		title,
		description,
		unit,
		polarity: 'higher_is_better',
		comparator: id === 'good_outstanding_schools_pct' ? 'England (Ofsted, 31 August 2024)' : null,
		source: P1,
		targets: [increaseGoodSchools],
		targetNote: LAST_COMPARABLE_NOTE,
		tolerance: unit === 'percent' ? 0.5 : 2,
		grains: ['county', 'district', 'phase', 'school'],
		datasets: ['schools', 'published_comparators'],
		illustrative: false,
		series(filter) {
			const graded = gradedSlice(filter);
			return shapeSeries(
				`SELECT 'Last comparable' AS period,
	max(ofsted_inspected_on) AS period_end,
	${measure.value} AS value,
	${measure.numerator} AS numerator,
	${measure.denominator} AS denominator,
	${id === 'good_outstanding_schools_pct' ? englandComparator(id) : 'NULL'} AS comparator_value,
	TRUE AS comparable
FROM (${graded.sql}) AS g`,
				graded.params
			);
		}
	};
}

const schoolsGood = 'count(*) FILTER (WHERE effective_grade <= 2)';
const schoolsGraded = 'count(effective_grade)';
const pupilsGood = 'sum(pupils) FILTER (WHERE effective_grade <= 2)';
const pupilsGraded = 'sum(pupils) FILTER (WHERE effective_grade IS NOT NULL)';

export const goodOutstandingSchoolsPct = goodOutstandingKpi(
	'good_outstanding_schools_pct',
	'Schools judged good or outstanding',
	"Of open state-funded schools with an overall Ofsted grade (their own, or a new academy's predecessor's), the share judged good or outstanding.",
	'percent',
	{
		numerator: schoolsGood,
		denominator: schoolsGraded,
		value: percentSql(schoolsGood, schoolsGraded)
	}
);

export const goodOutstandingSchoolsCount = goodOutstandingKpi(
	'good_outstanding_schools_count',
	'Number of good or outstanding schools',
	'How many open state-funded schools were judged good or outstanding at their last overall Ofsted grade.',
	'count',
	{ numerator: schoolsGood, denominator: schoolsGraded, value: schoolsGood }
);

export const goodOutstandingPupilsPct = goodOutstandingKpi(
	'good_outstanding_pupils_pct',
	'Pupils in good or outstanding schools',
	'Of pupils in open state-funded schools with an overall grade, the share whose school was judged good or outstanding.',
	'percent',
	{ numerator: pupilsGood, denominator: pupilsGraded, value: percentSql(pupilsGood, pupilsGraded) }
);

const REPORT_CARD_START = '2025-11-10';
const AT_LEAST_EXPECTED = "('exceptional', 'strong_standard', 'expected_standard')";

export const reportCardsExpectedOrBetter: KpiDefinition = {
	id: 'report_cards_all_areas_expected_or_better',
	theme: 'good_schools',
	title: 'Schools at expected standard or better in every report-card area',
	description:
		'Since 10 November 2025 Ofsted grades each evaluation area on a 5-point scale. This counts inspected schools whose every graded area is at the expected standard or better. It is never mapped onto good or outstanding.',
	unit: 'count',
	polarity: 'higher_is_better',
	comparator: null,
	source: P1,
	targets: [increaseGoodSchools],
	targetNote:
		'Report cards are new; the strategy predates them, so its "increase" direction is applied.',
	tolerance: 1,
	grains: ['county', 'district', 'phase', 'school'],
	datasets: ['ofsted_report_cards', 'schools'],
	illustrative: true,
	series(filter) {
		const slice = schoolSliceCondition(filter, 'urn');
		return shapeSeries(
			`SELECT period, ${academicYearEndSql('period')} AS period_end,
	count(*) FILTER (WHERE all_ok) AS value,
	count(*) FILTER (WHERE all_ok) AS numerator,
	count(*) AS denominator,
	NULL AS comparator_value,
	TRUE AS comparable
FROM (
	SELECT urn, ${academicYearOfSql('max(inspected_on)')} AS period,
		bool_and(grade IN ${AT_LEAST_EXPECTED}) AS all_ok
	FROM ofsted_report_cards
	WHERE inspected_on >= DATE '${REPORT_CARD_START}' AND ${slice.sql}
	GROUP BY urn
) AS per_school
GROUP BY period`,
			slice.params
		);
	}
};

export const raygAmberRed: KpiDefinition = {
	id: 'rayg_amber_red_schools',
	theme: 'good_schools',
	title: 'Schools rated amber or red (RAYG)',
	description:
		"The council's own five-colour rating of each school's need for support (dark green, light green, yellow, amber, red). Fewer amber and red schools means fewer schools causing concern.",
	unit: 'count',
	polarity: 'lower_is_better',
	comparator: null,
	source: seed(STRATEGY, 'Appendix A, RAYG ratings'),
	targets: [{ kind: 'direction', description: 'Fewer schools rated amber or red' }],
	targetNote: 'The strategy sets no number; judged as a trajectory.',
	tolerance: 1,
	grains: ['county', 'district', 'phase', 'school'],
	datasets: ['rayg_ratings', 'schools'],
	illustrative: true,
	series(filter) {
		const slice = schoolSliceCondition(filter, 'urn');
		return shapeSeries(
			`SELECT academic_year AS period, ${academicYearEndSql('academic_year')} AS period_end,
	count(*) FILTER (WHERE rating IN ('amber', 'red')) AS value,
	count(*) FILTER (WHERE rating IN ('amber', 'red')) AS numerator,
	count(*) AS denominator,
	NULL AS comparator_value,
	TRUE AS comparable
FROM rayg_ratings
WHERE ${slice.sql}
GROUP BY academic_year`,
			slice.params
		);
	}
};

/** Schools on the register at the end of each academic year, optionally only long stays. */
function concernRegisterKpi(
	id: string,
	title: string,
	description: string,
	minMonths: number | null
): KpiDefinition {
	const longStay =
		minMonths === null ? 'TRUE' : `c.added_on + INTERVAL ${minMonths} MONTH < y.period_end`;
	return {
		id,
		theme: 'good_schools',
		title,
		description,
		unit: 'count',
		polarity: 'lower_is_better',
		comparator: null,
		source: seed(
			STRATEGY,
			'Schools causing concern; expected time on the register at most 18 months'
		),
		targets:
			minMonths === null
				? [{ kind: 'direction', description: 'Fewer schools causing concern' }]
				: [
						{
							kind: 'level',
							value: 0,
							due: STRATEGY_END,
							description: 'No school on the register for more than 18 months'
						}
					],
		targetNote:
			minMonths === null
				? 'The strategy sets no number; judged as a trajectory.'
				: 'The strategy expects schools to leave the register within 18 months; the target is that none stays longer, by the end of the strategy.',
		tolerance: 1,
		grains: ['county', 'district', 'phase', 'school'],
		datasets: ['schools_causing_concern', 'schools'],
		illustrative: true,
		series(filter) {
			const slice = schoolSliceCondition(filter, 'c.urn');
			const where = and(slice, { sql: longStay, params: [] });
			return shapeSeries(
				`WITH years AS (
	SELECT DISTINCT ${academicYearOfSql('added_on')} AS period FROM schools_causing_concern
), ends AS (
	SELECT period, ${academicYearEndSql('period')} AS period_end FROM years
)
SELECT y.period, y.period_end,
	count(c.urn) AS value, count(c.urn) AS numerator, NULL AS denominator,
	NULL AS comparator_value, TRUE AS comparable
FROM ends AS y
LEFT JOIN schools_causing_concern AS c
	ON c.added_on <= y.period_end AND (c.removed_on IS NULL OR c.removed_on > y.period_end)
	AND ${where.sql}
GROUP BY y.period, y.period_end`,
				where.params
			);
		}
	};
}

export const schoolsCausingConcern = concernRegisterKpi(
	'schools_causing_concern',
	'Schools causing concern',
	'Maintained schools on the council’s schools causing concern register at the end of each academic year.',
	null
);

export const schoolsCausingConcernOver18Months = concernRegisterKpi(
	'schools_causing_concern_over_18_months',
	'Schools on the concern register for more than 18 months',
	'Schools still on the register more than 18 months after they were added, at the end of each academic year; the strategy expects at most 18 months.',
	18
);

export const goodSchoolsKpis: KpiDefinition[] = [
	goodOutstandingSchoolsPct,
	goodOutstandingSchoolsCount,
	goodOutstandingPupilsPct,
	reportCardsExpectedOrBetter,
	raygAmberRed,
	schoolsCausingConcern,
	schoolsCausingConcernOver18Months
];
