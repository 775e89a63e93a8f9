import type { KpiDefinition, SeriesContext } from '../definition';
import { schoolSliceCondition, yearCondition, type KpiFilter } from '../filter';
import { academicYearEndSql, and, percentSql, shapeSeries } from './sql-parts';
import { A4E, seed, STRATEGY_END } from './sources';

const LICENCE_SOURCE = seed(
	A4E,
	'"When the Adults Change" licences: £37.50 each; 2, 6 or 12 recommended for a small, medium or large school'
);
const uptake = {
	kind: 'direction' as const,
	description: 'More schools taking up the Aiming for Excellence offer'
};
const common = {
	theme: 'a4e' as const,
	polarity: 'higher_is_better' as const,
	comparator: null,
	targets: [uptake],
	targetNote: 'The offer sets no uptake number: judged as a trajectory.',
	grains: ['county' as const, 'district' as const, 'phase' as const, 'school' as const],
	illustrative: true
};

function licenceSnapshot(
	filter: KpiFilter,
	context: SeriesContext,
	measure: { value: string; numerator: string; denominator: string }
) {
	const slice = schoolSliceCondition(filter, 'urn');
	return shapeSeries(
		`SELECT 'As at' AS period, CAST(? AS DATE) AS period_end,
	${measure.value} AS value, ${measure.numerator} AS numerator, ${measure.denominator} AS denominator,
	NULL AS comparator_value, TRUE AS comparable
FROM a4e_licences
WHERE ${slice.sql}`,
		[context.asAt.a4e_licences ?? STRATEGY_END, ...slice.params]
	);
}

const withLicence = 'count(*) FILTER (WHERE licences > 0)';
const meetingRecommendation = 'count(*) FILTER (WHERE licences >= recommended_licences)';

/** One licence-uptake KPI: a snapshot of a4e_licences for the schools in the slice. */
function licenceKpi(
	id: string,
	title: string,
	description: string,
	unit: KpiDefinition['unit'],
	tolerance: number,
	measure: { value: string; numerator: string; denominator: string }
): KpiDefinition {
	return {
		...common,
		id,
		title: `"When the Adults Change": ${title}`,
		description,
		unit,
		source: LICENCE_SOURCE,
		tolerance,
		datasets: ['a4e_licences', 'schools'],
		series: (filter, context) => licenceSnapshot(filter, context, measure)
	};
}

export const a4eLicenceKpis: KpiDefinition[] = [
	licenceKpi(
		'a4e_schools_with_licence_pct',
		'schools with a licence',
		'Of open state-funded schools, the share that has bought at least one licence.',
		'percent',
		2,
		{ value: percentSql(withLicence, 'count(*)'), numerator: withLicence, denominator: 'count(*)' }
	),
	licenceKpi(
		'a4e_schools_meeting_recommendation_pct',
		'schools with the recommended number of licences',
		'Of open state-funded schools, the share holding at least the recommended number of licences for its size (2 small, 6 medium, 12 large).',
		'percent',
		2,
		{
			value: percentSql(meetingRecommendation, 'count(*)'),
			numerator: meetingRecommendation,
			denominator: 'count(*)'
		}
	),
	licenceKpi(
		'a4e_licences',
		'licences bought',
		'How many licences schools have bought in all.',
		'count',
		5,
		{ value: 'sum(licences)', numerator: 'sum(licences)', denominator: 'sum(recommended_licences)' }
	),
	licenceKpi(
		'a4e_licence_spend_gbp',
		'spend on licences',
		'What schools have spent on licences, at £37.50 each.',
		'gbp',
		100,
		{ value: 'sum(spend_gbp)', numerator: 'sum(licences)', denominator: 'count(*)' }
	)
];

const PROGRAMMES: { programme: string; id: string; title: string; where: string }[] = [
	{
		programme: 'behaviour_leadership',
		id: 'a4e_behaviour_leadership_schools',
		title: 'Behaviour Leadership Programme',
		where: 'HFL Education’s behaviour solutions programme, four seminars from January 2024'
	},
	{
		programme: 'the_difference',
		id: 'a4e_the_difference_schools',
		title: 'The Difference',
		where: 'the inclusive leadership course, six days across the year'
	},
	{
		programme: 'drawbridge',
		id: 'a4e_drawbridge_schools',
		title: 'Drawbridge',
		where: 'the two-year community-building programme'
	},
	{
		programme: 'pixl',
		id: 'a4e_pixl_schools',
		title: 'PiXL membership',
		where: 'the Education Leadership Network, annual membership'
	},
	{
		programme: 'governor_training',
		id: 'a4e_governor_training_schools',
		title: 'Governor training: "Improving outcomes for Each and Every Child"',
		where: 'the HfL Governance Training course for governors'
	}
];

/** Schools taking part in a programme each academic year, out of open state-funded schools. */
function programmeKpi(p: (typeof PROGRAMMES)[number]): KpiDefinition {
	return {
		...common,
		id: p.id,
		title: `${p.title}: schools taking part`,
		description: `Open state-funded schools with at least one place on ${p.title} (${p.where}) in each academic year.`,
		unit: 'count',
		source: seed(A4E, p.title),
		tolerance: 2,
		datasets: ['a4e_programme_places', 'schools'],
		series(filter) {
			const slice = schoolSliceCondition(filter, 'urn');
			const years = yearCondition(filter, 'academic_year');
			const where = and(
				{ sql: 'programme = ? AND places > 0', params: [p.programme] },
				slice,
				years
			);
			const schools = schoolSliceCondition(filter, 'urn');
			return shapeSeries(
				`SELECT academic_year AS period, ${academicYearEndSql('academic_year')} AS period_end,
	count(DISTINCT urn) AS value, count(DISTINCT urn) AS numerator,
	(SELECT count(*) FROM schools WHERE is_open AND is_state_funded AND ${schools.sql}) AS denominator,
	NULL AS comparator_value, TRUE AS comparable
FROM a4e_programme_places
WHERE ${where.sql}
GROUP BY academic_year`,
				[...schools.params, ...where.params]
			);
		}
	};
}

export const a4eKpis: KpiDefinition[] = [...a4eLicenceKpis, ...PROGRAMMES.map(programmeKpi)];
