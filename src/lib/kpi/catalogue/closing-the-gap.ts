import { ENGLAND_CODE, HERTFORDSHIRE_CODE } from '../../data/sql/attainment-gap';
import type { KpiDefinition } from '../definition';
import { yearCondition } from '../filter';
import type { Target, Unit } from '../types';
import { academicYearEndSql, shapeSeries } from './sql-parts';
import { seed, STRATEGY } from './sources';

type KeyStage = 'KS2' | 'KS4';

const STAGE = {
	KS2: {
		label: 'KS2 reading, writing and maths (% at the expected standard)',
		short: 'KS2 RWM',
		unit: 'percent' as Unit,
		gapUnit: 'percentage_points' as Unit,
		tolerance: 1
	},
	KS4: {
		label: 'KS4 Attainment 8 (average points)',
		short: 'KS4 Attainment 8',
		unit: 'points' as Unit,
		gapUnit: 'points' as Unit,
		tolerance: 0.5
	}
};

const P2 = seed(STRATEGY, '¶13–17 and ¶55, contract priority 2');
const closeFaster: Target = {
	kind: 'direction',
	description: 'Increase the pace of closing the gap for vulnerable groups'
};
const keepHigh: Target = {
	kind: 'direction',
	description: 'Maintain high attainment (keep improving, and at or above England)'
};
const BREAK_NOTE =
	'No KS2 tests were taken in 2019/20 and 2020/21; KS4 grades in those years were centre- and teacher-assessed and are not comparable. Trends never join across those years.';

/** One value per year from the county and national rows, as an expression over the pivot. */
function countySeries(stage: KeyStage, value: string, comparator: string, cohort: string) {
	return (filter: Parameters<KpiDefinition['series']>[0]) => {
		const years = yearCondition(filter, 'academic_year');
		const pick = (code: string, group: string, column = 'value') =>
			`max(${column}) FILTER (WHERE geography_code = '${code}' AND pupil_group = '${group}')`;
		return shapeSeries(
			`SELECT academic_year AS period, ${academicYearEndSql('academic_year')} AS period_end,
	${value} AS value, NULL AS numerator, cohort AS denominator, ${comparator} AS comparator_value,
	comparable
FROM (
	SELECT academic_year, bool_and(comparable) AS comparable,
		${pick(HERTFORDSHIRE_CODE, 'disadvantaged')} AS herts_disadvantaged,
		${pick(HERTFORDSHIRE_CODE, 'other')} AS herts_other,
		${pick(HERTFORDSHIRE_CODE, 'all')} AS herts_all,
		${pick(ENGLAND_CODE, 'other')} AS national_other,
		${pick(ENGLAND_CODE, 'all')} AS national_all,
		${pick(HERTFORDSHIRE_CODE, cohort, 'cohort')} AS cohort
	FROM attainment
	WHERE key_stage = ? AND geography_level IN ('local_authority', 'national') AND ${years.sql}
	GROUP BY academic_year
) AS by_year`,
			[stage, ...years.params]
		);
	};
}

function stageKpis(stage: KeyStage): KpiDefinition[] {
	const s = STAGE[stage];
	const lower = stage.toLowerCase();
	const measure = stage === 'KS2' ? 'rwm' : 'att8';
	const common = {
		theme: 'closing_the_gap' as const,
		source: P2,
		grains: ['county' as const],
		datasets: ['attainment'],
		illustrative: false
	};
	return [
		{
			...common,
			id: `${lower}_${measure}_gap_national_other`,
			title: `${s.short}: disadvantaged gap to other pupils nationally`,
			description: `${s.label}: national other (non-disadvantaged) pupils minus Hertfordshire's disadvantaged pupils. Smaller is better; this is DfE's comparison.`,
			unit: s.gapUnit,
			polarity: 'lower_is_better',
			comparator: 'National other pupils (state-funded)',
			comparatorUnit: s.unit,
			targets: [closeFaster],
			targetNote: `The strategy asks for the gap to close faster but gives no number, so status is a trajectory: the gap must be narrowing. ${BREAK_NOTE}`,
			tolerance: s.tolerance,
			series: countySeries(
				stage,
				'national_other - herts_disadvantaged',
				'national_other',
				'disadvantaged'
			)
		},
		{
			...common,
			id: `${lower}_${measure}_gap_in_county`,
			title: `${s.short}: disadvantaged gap within Hertfordshire`,
			description: `${s.label}: Hertfordshire's other pupils minus its disadvantaged pupils.`,
			unit: s.gapUnit,
			polarity: 'lower_is_better',
			comparator: 'Hertfordshire other pupils',
			comparatorUnit: s.unit,
			targets: [closeFaster],
			targetNote: `As for the national comparison: a direction, judged as a trajectory. ${BREAK_NOTE}`,
			tolerance: s.tolerance,
			series: countySeries(
				stage,
				'herts_other - herts_disadvantaged',
				'herts_other',
				'disadvantaged'
			)
		},
		{
			...common,
			id: `${lower}_${measure}_disadvantaged`,
			title: `${s.short}: disadvantaged pupils`,
			description: `${s.label} for Hertfordshire's disadvantaged pupils (free school meals in the last six years, or looked after).`,
			unit: s.unit,
			polarity: 'higher_is_better',
			comparator: 'National other pupils (state-funded)',
			targets: [closeFaster],
			targetNote: `Closing the gap means disadvantaged pupils' results rising faster than others'. ${BREAK_NOTE}`,
			tolerance: s.tolerance,
			series: countySeries(stage, 'herts_disadvantaged', 'national_other', 'disadvantaged')
		},
		{
			...common,
			id: `${lower}_${measure}_all_pupils`,
			title: `${s.short}: all pupils`,
			description: `${s.label} for all Hertfordshire pupils against England: "maintaining high attainment".`,
			unit: s.unit,
			polarity: 'higher_is_better',
			comparator: 'England (state-funded)',
			targets: [keepHigh],
			targetNote: `The strategy asks to maintain high attainment while closing the gap; no number is given. ${BREAK_NOTE}`,
			tolerance: s.tolerance,
			series: countySeries(stage, 'herts_all', 'national_all', 'all')
		}
	];
}

export const closingTheGapKpis: KpiDefinition[] = [...stageKpis('KS2'), ...stageKpis('KS4')];
