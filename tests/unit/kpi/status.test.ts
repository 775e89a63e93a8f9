import { describe, expect, it } from 'vitest';
import {
	assessStatus,
	longDate,
	STATUS_PRESENTATION,
	type StatusInput,
	type StatusResult
} from '../../../src/lib/kpi/status';
import type {
	DirectionOfTravel,
	KpiStatus,
	Observation,
	Polarity,
	Target
} from '../../../src/lib/kpi/types';

/**
 * The status engine against hand-worked cases. Every expected number below was worked out on paper
 * (the arithmetic is in the comments), never by running the engine; docs/kpi-status.md walks
 * through the same examples as tables. Targets are the real ones from the SEND improvement plan
 * (seed 004 area 5) and the school improvement strategy (seed 001 ¶55); the series values are
 * illustrative. Day counts: Jul 31, Aug 31, Oct 31, Dec 31 months have 31 days; Sep, Nov, Apr 30;
 * Feb 2024 has 29.
 */

const obs = (period: string, date: string, value: number | null, comparable?: boolean) =>
	({ period, date, value, ...(comparable === undefined ? {} : { comparable }) }) as Observation;
const level = (value: number, due: string, description: string): Target => ({
	kind: 'level',
	value,
	due,
	description
});

// Valuing SEND (seed 004): "70% of schools will have attended Valuing SEND training by end of
// summer term 23, and 75% by December 23"; readiness 50% by Aug 23 and 60% by Dec 23; 25% of
// EHC needs assessments with a radar by April 24.
const TRAINED_70 = level(70, '2023-08-31', 'Schools trained in Valuing SEND: 70% by summer 2023');
const TRAINED_75 = level(75, '2023-12-31', 'Schools trained in Valuing SEND: 75% by December 2023');
const READY_50 = level(50, '2023-08-31', 'Trained schools with a readiness score: 50% by Aug 2023');
const READY_60 = level(60, '2023-12-31', 'Trained schools with a readiness score: 60% by Dec 2023');
const RADAR_25 = level(25, '2024-04-30', 'EHC needs assessments with a radar: 25% by April 2024');
// No seed gives a number for a lower-is-better level target; this one is invented purely to
// exercise polarity (e.g. pupils awaiting an SLD place), and is not a council commitment.
const AWAITING_40 = level(40, '2025-08-31', 'Illustrative: at most 40 pupils awaiting a place');
// Seed 001 ¶55: "Increase the pace of closing the gap for vulnerable groups" — no number given.
const CLOSE_GAP: Target = { kind: 'direction', description: 'close the gap faster' };
const INCREASE: Target = {
	kind: 'direction',
	description: 'increase good and outstanding schools'
};

/** KS2 RWM disadvantaged gap in percentage points; no KS2 tests in 2019/20 or 2020/21. */
const KS2_GAP: Observation[] = [
	obs('2018/19', '2019-08-31', 25),
	obs('2019/20', '2020-08-31', null, false),
	obs('2020/21', '2021-08-31', null, false),
	obs('2021/22', '2022-08-31', 30),
	obs('2022/23', '2023-08-31', 30),
	obs('2023/24', '2024-08-31', 26),
	obs('2024/25', '2025-08-31', 29)
];

const training = (asOf: string, series: Observation[]): StatusInput => ({
	polarity: 'higher_is_better',
	tolerance: 2,
	unit: 'percent',
	targets: [TRAINED_70, TRAINED_75],
	series,
	asOf
});
const readiness = (asOf: string, series: Observation[]): StatusInput => ({
	...training(asOf, series),
	targets: [READY_50, READY_60]
});
const radar = (asOf: string, series: Observation[]): StatusInput => ({
	...training(asOf, series),
	targets: [RADAR_25]
});
const awaiting = (asOf: string, series: Observation[]): StatusInput => ({
	polarity: 'lower_is_better',
	tolerance: 2,
	unit: 'count',
	targets: [AWAITING_40],
	series,
	asOf
});
const ks2 = (asOf: string, series: Observation[] = KS2_GAP, tolerance = 1): StatusInput => ({
	polarity: 'lower_is_better',
	tolerance,
	unit: 'percentage_points',
	targets: [CLOSE_GAP],
	series,
	asOf
});
const goodSchools = (values: number[], tolerance = 0.5): StatusInput => ({
	polarity: 'higher_is_better',
	tolerance,
	unit: 'percent',
	targets: [INCREASE],
	// Year ends 2021..: 2021→2022 and 2022→2023 are 365 days, so slopes are per (almost) exact year.
	series: values.map((v, i) => obs(`${2020 + i}/${21 + i}`, `${2021 + i}-08-31`, v)),
	asOf: '2026-12-31'
});

interface Case {
	name: string;
	input: StatusInput;
	status: KpiStatus;
	direction: DirectionOfTravel;
	/** The headline target; undefined when there is none. */
	target?: Target;
	/** Per target, in input order: status and (when judged) the value at its due date. */
	perTarget?: [status: 'met' | 'missed' | 'pending', valueAtDue?: number][];
	projected?: number;
	change?: number;
	slopePerYear?: number;
	slopePoints?: number;
	explanation?: string;
}

const levelCases: Case[] = [
	{
		// Aug: 68 < 70 → missed. Headline is the next target, 75 by 31 Dec: 72 < 75, so project.
		// Slope (72 − 68) / 30 days (31 Aug → 30 Sep); 30 Sep → 31 Dec = 31 + 30 + 31 = 92 days.
		// Projected 72 + 4 × 92 / 30 = 72 + 12.27 = 84.27 ≥ 75 → on track. Change +4 > 2 → improving.
		name: 'Valuing SEND training, 1 Oct 2023: Aug target missed, judged against 75% by Dec',
		input: training('2023-10-01', [
			obs('Aug 2023', '2023-08-31', 68),
			obs('Sep 2023', '2023-09-30', 72)
		]),
		status: 'on_track',
		direction: 'improving',
		target: TRAINED_75,
		perTarget: [['missed', 68], ['pending']],
		projected: 72 + (4 * 92) / 30,
		change: 4,
		explanation:
			'Latest 72% against a target of 75% by 31 December 2023; on the current trend it reaches 84.3% by then; the earlier target of 70% by 31 August 2023 was missed (68%).'
	},
	{
		// Both due: Aug 68 < 70 missed; Dec 76 ≥ 75 met. Headline = latest-due target (Dec) → met.
		// Direction: there is no November, so Oct → Dec is 61 days against a usual spacing of 31
		// (median of 30, 31, 61); 61 > 1.5 × 31 = 46.5 → not consecutive → not comparable.
		name: 'Valuing SEND training, Jan 2024: 68% at Aug missed, 76% at Dec met',
		input: training('2024-01-15', [
			obs('Aug 2023', '2023-08-31', 68),
			obs('Sep 2023', '2023-09-30', 72),
			obs('Oct 2023', '2023-10-31', 74),
			obs('Dec 2023', '2023-12-31', 76)
		]),
		status: 'met',
		direction: 'not_comparable',
		target: TRAINED_75,
		perTarget: [
			['missed', 68],
			['met', 76]
		],
		explanation: '76% on 31 December 2023 met the target of 75% by 31 December 2023.'
	},
	{
		// One observation, so no projection: 70 − 68 = 2 ≤ tolerance 2 → at risk.
		name: 'Valuing SEND training, 1 Aug 2023: 68% with one observation is at risk',
		input: training('2023-08-01', [obs('Jul 2023', '2023-07-31', 68)]),
		status: 'at_risk',
		direction: 'not_comparable',
		target: TRAINED_70,
		perTarget: [['pending'], ['pending']],
		explanation:
			'Latest 68% against a target of 70% by 31 August 2023; within the 2-point tolerance.'
	},
	{
		// 71 ≥ 70 before the due date → on track without projecting.
		name: 'Valuing SEND training, June 2023: already above 70%',
		input: training('2023-06-30', [obs('Jun 2023', '2023-06-30', 71)]),
		status: 'on_track',
		direction: 'not_comparable',
		target: TRAINED_70,
		perTarget: [['pending'], ['pending']],
		explanation: 'Latest 71% already meets a target of 70% by 31 August 2023.'
	},
	{
		// Aug 68 missed. Slope (68 − 69) / 31 days (31 Jul → 31 Aug); 31 Aug → 31 Dec = 30 + 31 + 30
		// + 31 = 122 days; projected 68 − 122/31 = 64.06. Shortfalls 75 − 68 = 7 and 75 − 64.06 =
		// 10.94, both > 2 → off track. Change −1, |−1| ≤ 2 → no change.
		name: 'Valuing SEND training, Sep 2023: falling after a missed milestone is off track',
		input: training('2023-09-15', [
			obs('Jul 2023', '2023-07-31', 69),
			obs('Aug 2023', '2023-08-31', 68)
		]),
		status: 'off_track',
		direction: 'no_change',
		target: TRAINED_75,
		perTarget: [['missed', 68], ['pending']],
		projected: 68 - 122 / 31,
		change: -1
	},
	{
		// Flat: slope 0, projected 48. Shortfall 50 − 48 = 2, exactly the tolerance → at risk.
		name: 'Readiness, 1 Aug 2023: flat at 48% is at risk (tolerance boundary)',
		input: readiness('2023-08-01', [
			obs('Jun 2023', '2023-06-30', 48),
			obs('Jul 2023', '2023-07-31', 48)
		]),
		status: 'at_risk',
		direction: 'no_change',
		target: READY_50,
		perTarget: [['pending'], ['pending']],
		projected: 48,
		change: 0,
		explanation:
			'Latest 48% against a target of 50% by 31 August 2023; projected 48% by then; within the 2-point tolerance.'
	},
	{
		// Shortfall 50 − 47.9 = 2.1 > 2, one observation (no projection) → off track.
		name: 'Readiness, 1 Aug 2023: 47.9% is just outside the tolerance',
		input: readiness('2023-08-01', [obs('Jul 2023', '2023-07-31', 47.9)]),
		status: 'off_track',
		direction: 'not_comparable',
		target: READY_50,
		perTarget: [['pending'], ['pending']]
	},
	{
		// Aug 52 ≥ 50 → met. Next: 60 by 31 Dec. Slope (50 − 52) / 30 days; 92 days to 31 Dec;
		// projected 50 − 2 × 92 / 30 = 43.87. Shortfalls 10 and 16.13 > 2 → off track.
		// Change −2, |−2| ≤ 2 → no change.
		name: 'Readiness, 1 Oct 2023: Aug target met, now heading away from 60%',
		input: readiness('2023-10-01', [
			obs('Aug 2023', '2023-08-31', 52),
			obs('Sep 2023', '2023-09-30', 50)
		]),
		status: 'off_track',
		direction: 'no_change',
		target: READY_60,
		perTarget: [['met', 52], ['pending']],
		projected: 50 - (2 * 92) / 30,
		change: -2
	},
	{
		// 60 by Dec, all due: Dec value 61 ≥ 60 met; Aug value 49 < 50 missed. Headline Dec → met.
		name: 'Readiness, Jan 2024: Aug missed, Dec met',
		input: readiness('2024-01-31', [
			obs('Aug 2023', '2023-08-31', 49),
			obs('Dec 2023', '2023-12-31', 61)
		]),
		status: 'met',
		direction: 'improving',
		target: READY_60,
		perTarget: [
			['missed', 49],
			['met', 61]
		],
		change: 12
	},
	{
		// Exact target: 25 = 25 → met. The later dip to 24 is after the due date, so it does not
		// change the judgement (the value at due is the latest on or before 30 Apr).
		name: 'EHCNA radar, May 2024: exactly 25% at the due date is met',
		input: radar('2024-05-31', [
			obs('Mar 2024', '2024-03-31', 22),
			obs('Apr 2024', '2024-04-30', 25),
			obs('May 2024', '2024-05-31', 24)
		]),
		status: 'met',
		direction: 'no_change',
		target: RADAR_25,
		perTarget: [['met', 25]],
		change: -1
	},
	{
		// 24.9 < 25 → missed, by 25 − 24.9 = 0.1 points.
		name: 'EHCNA radar, May 2024: 24.9% is missed',
		input: radar('2024-05-01', [obs('Apr 2024', '2024-04-30', 24.9)]),
		status: 'missed',
		direction: 'not_comparable',
		target: RADAR_25,
		perTarget: [['missed', 24.9]],
		explanation: '24.9% on 30 April 2024 missed the target of 25% by 30 April 2024, by 0.1 points.'
	},
	{
		// Slope (21 − 19) / 31 days; 31 Jan → 30 Apr 2024 = 29 + 31 + 30 = 90 days;
		// projected 21 + 2 × 90 / 31 = 26.81 ≥ 25 → on track.
		name: 'EHCNA radar, Feb 2024: rising fast enough is on track',
		input: radar('2024-02-01', [
			obs('Dec 2023', '2023-12-31', 19),
			obs('Jan 2024', '2024-01-31', 21)
		]),
		status: 'on_track',
		direction: 'no_change',
		target: RADAR_25,
		perTarget: [['pending']],
		projected: 21 + (2 * 90) / 31,
		change: 2
	},
	{
		// Latest 25 − 23.5 = 1.5 ≤ 2 though the projection 23.5 − 0.5 × 90 / 31 = 22.05 is 2.95
		// short: latest within tolerance → at risk.
		name: 'EHCNA radar, Feb 2024: latest within tolerance, projection not',
		input: radar('2024-02-01', [
			obs('Dec 2023', '2023-12-31', 24),
			obs('Jan 2024', '2024-01-31', 23.5)
		]),
		status: 'at_risk',
		direction: 'no_change',
		target: RADAR_25,
		perTarget: [['pending']],
		projected: 23.5 - (0.5 * 90) / 31
	},
	{
		// Latest 25 − 20.5 = 4.5 > 2, but projection 20.5 + 1.5 × 90 / 31 = 24.85 is 0.15 short
		// (≤ 2) → at risk.
		name: 'EHCNA radar, Feb 2024: projection within tolerance, latest not',
		input: radar('2024-02-01', [
			obs('Dec 2023', '2023-12-31', 19),
			obs('Jan 2024', '2024-01-31', 20.5)
		]),
		status: 'at_risk',
		direction: 'no_change',
		target: RADAR_25,
		perTarget: [['pending']],
		projected: 20.5 + (1.5 * 90) / 31
	},
	{
		// Due on 30 Apr but the first observation is 31 May: nothing to judge the milestone by.
		name: 'EHCNA radar, June 2024: no observation by the due date',
		input: radar('2024-06-01', [obs('May 2024', '2024-05-31', 30)]),
		status: 'not_enough_data',
		direction: 'not_comparable',
		target: RADAR_25,
		perTarget: [['pending']]
	},
	// Lower is better (illustrative target: at most 40, tolerance 2).
	{
		// 38 ≤ 40 → already meets.
		name: 'lower is better: already below the target',
		input: awaiting('2025-03-01', [obs('Jan 2025', '2025-01-31', 38)]),
		status: 'on_track',
		direction: 'not_comparable',
		target: AWAITING_40,
		perTarget: [['pending']],
		explanation: 'Latest 38 already meets a target of 40 or lower by 31 August 2025.'
	},
	{
		name: 'lower is better: exactly 40 at the due date is met',
		input: awaiting('2025-09-01', [obs('Aug 2025', '2025-08-31', 40)]),
		status: 'met',
		direction: 'not_comparable',
		target: AWAITING_40,
		perTarget: [['met', 40]],
		explanation: '40 on 31 August 2025 met the target of 40 or lower by 31 August 2025.'
	},
	{
		// 41 > 40 → missed by 1.
		name: 'lower is better: 41 at the due date is missed',
		input: awaiting('2025-09-01', [obs('Aug 2025', '2025-08-31', 41)]),
		status: 'missed',
		direction: 'not_comparable',
		target: AWAITING_40,
		perTarget: [['missed', 41]]
	},
	{
		// Slope (46 − 50) / 28 days (Feb 2025); 28 Feb → 31 Aug = 31 + 30 + 31 + 30 + 31 + 31 = 184
		// days; projected 46 − 4 × 184 / 28 = 19.71 ≤ 40 → on track. Change −4: a fall is good → improving.
		name: 'lower is better: falling fast enough is on track',
		input: awaiting('2025-03-01', [
			obs('Jan 2025', '2025-01-31', 50),
			obs('Feb 2025', '2025-02-28', 46)
		]),
		status: 'on_track',
		direction: 'improving',
		target: AWAITING_40,
		perTarget: [['pending']],
		projected: 46 - (4 * 184) / 28,
		change: -4
	},
	{
		// Projected 50 + 4 × 184 / 28 = 76.29; shortfalls 10 and 36.29 > 2 → off track; +4 → worsening.
		name: 'lower is better: rising is off track',
		input: awaiting('2025-03-01', [
			obs('Jan 2025', '2025-01-31', 46),
			obs('Feb 2025', '2025-02-28', 50)
		]),
		status: 'off_track',
		direction: 'worsening',
		target: AWAITING_40,
		perTarget: [['pending']],
		projected: 50 + (4 * 184) / 28,
		change: 4
	},
	{
		// Flat at 42: projected 42, 2 over the target = tolerance → at risk.
		name: 'lower is better: flat 2 above the target is at risk',
		input: awaiting('2025-03-01', [
			obs('Jan 2025', '2025-01-31', 42),
			obs('Feb 2025', '2025-02-28', 42)
		]),
		status: 'at_risk',
		direction: 'no_change',
		target: AWAITING_40,
		perTarget: [['pending']],
		projected: 42
	}
];

const directionCases: Case[] = [
	{
		// Latest run (after the break): 2021/22–2024/25 = 30, 30, 26, 29 (2018/19 is cut off by
		// the missing years). Change 29 − 26 = +3: for a gap, up is worse, beyond 1 → worsening.
		// Slope with x = 0..3 years: x̄ = 1.5, ȳ = 28.75; Σ(x−x̄)(y−ȳ) = (−1.5)(1.25) + (−0.5)(1.25)
		// + (0.5)(−2.75) + (1.5)(0.25) = −3.5; Σ(x−x̄)² = 5 → −0.7 a year (real dates, with 2024's
		// leap day, give −0.7003). Gap closing 0.7 a year is within ±1. Change worse, trend flat
		// → mixed → at risk.
		name: 'KS2 gap, close the gap faster, 2024/25: worse last year, flat trend → at risk',
		input: ks2('2025-12-31'),
		status: 'at_risk',
		direction: 'worsening',
		target: CLOSE_GAP,
		perTarget: [['pending']],
		change: 3,
		slopePerYear: -0.7,
		slopePoints: 4,
		explanation:
			'Latest 29 percentage points (2024/25) against 26 percentage points (2023/24), worse by 3 points; over the 4 comparable periods since 2021/22 the trend is better by 0.7 points a year, within the 1-point tolerance.'
	},
	{
		// Same series, tolerance 0.5: change +3 still worse, trend −0.7 now improving beyond 0.5;
		// the two disagree → at risk.
		name: 'KS2 gap, tolerance 0.5: change and trend disagree → at risk',
		input: ks2('2025-12-31', KS2_GAP, 0.5),
		status: 'at_risk',
		direction: 'worsening',
		target: CLOSE_GAP,
		change: 3,
		slopePerYear: -0.7,
		slopePoints: 4
	},
	{
		// Up to 2023/24: run 30, 30, 26. Change 26 − 30 = −4 → better. Slope: x̄ = 1, ȳ = 28.67;
		// Σ = (−1)(1.33) + 0 + (1)(−2.67) = −4; Σ(x−x̄)² = 2 → −2 a year → better. Both → on track.
		name: 'KS2 gap, 2023/24: closing on both measures → on track',
		input: ks2('2024-12-31'),
		status: 'on_track',
		direction: 'improving',
		target: CLOSE_GAP,
		change: -4,
		slopePerYear: -2,
		slopePoints: 3
	},
	{
		// Up to 2022/23: only 30, 30 after the break → two points, change 0, within ±1 → at risk.
		name: 'KS2 gap, 2022/23: two comparable points, no change → at risk',
		input: ks2('2023-12-31'),
		status: 'at_risk',
		direction: 'no_change',
		target: CLOSE_GAP,
		change: 0
	},
	{
		// Up to 2021/22: 25 (2018/19) and 30 (2021/22) straddle the break → not consecutive.
		name: 'KS2 gap, 2021/22: series break is not treated as consecutive',
		input: ks2('2022-12-31'),
		status: 'not_enough_data',
		direction: 'not_comparable',
		target: CLOSE_GAP,
		explanation:
			"Not enough data to judge 'close the gap faster': the two latest comparable values are either side of a series break."
	},
	{
		// The missing years left out of the array altogether: spacing 1,096 days against a usual
		// 365.5 (median of 1,096, 365, 366, 365) is more than 1.5 × → still a break; same answers.
		name: 'KS2 gap with the missing years left out entirely: same as with null rows',
		input: ks2(
			'2025-12-31',
			KS2_GAP.filter((o) => o.value !== null)
		),
		status: 'at_risk',
		direction: 'worsening',
		target: CLOSE_GAP,
		change: 3,
		slopePerYear: -0.7,
		slopePoints: 4
	},
	{
		name: 'KS2 gap, 2018/19 only: one point',
		input: ks2('2019-12-31'),
		status: 'not_enough_data',
		direction: 'not_comparable',
		target: CLOSE_GAP,
		explanation:
			"Not enough data to judge 'close the gap faster': it needs two comparable values in a row."
	},
	{
		// 89, 91, 92: change +1 > 0.5 → better; slope: ȳ = 90.67, Σ = (−1)(−1.67) + 0 + (1)(1.33)
		// = 3, Σ(x−x̄)² = 2 → 1.5 a year → better → on track.
		name: 'increase (higher is better): rising on both measures → on track',
		input: goodSchools([89, 91, 92]),
		status: 'on_track',
		direction: 'improving',
		target: INCREASE,
		change: 1,
		slopePerYear: 1.5,
		slopePoints: 3
	},
	{
		// 92, 91, 89: change −2 → worse; slope −1.5 a year → worse → off track.
		name: 'increase (higher is better): falling on both measures → off track',
		input: goodSchools([92, 91, 89]),
		status: 'off_track',
		direction: 'worsening',
		target: INCREASE,
		change: -2,
		slopePerYear: -1.5,
		slopePoints: 3
	},
	{
		// Two points: +1 > 0.5 → on track on the change alone.
		name: 'increase, two points up → on track',
		input: goodSchools([90, 91]),
		status: 'on_track',
		direction: 'improving',
		change: 1
	},
	{
		name: 'increase, two points down → off track',
		input: goodSchools([91, 90]),
		status: 'off_track',
		direction: 'worsening',
		change: -1
	},
	{
		// +0.5 = tolerance → within → at risk; direction no change.
		name: 'increase, two points flat within tolerance → at risk',
		input: goodSchools([90, 90.5]),
		status: 'at_risk',
		direction: 'no_change',
		change: 0.5
	},
	{
		// KS4-style break: 2019/20 and 2020/21 have values but are not comparable (TAGs). Run =
		// 52, 53 → change +1 > 0.5 → on track; the TAG values are never compared.
		name: 'non-comparable values break the run (KS4 TAG years)',
		input: {
			...goodSchools([]),
			series: [
				obs('2018/19', '2019-08-31', 50),
				obs('2019/20', '2020-08-31', 55, false),
				obs('2020/21', '2021-08-31', 56, false),
				obs('2021/22', '2022-08-31', 52),
				obs('2022/23', '2023-08-31', 53)
			]
		},
		status: 'on_track',
		direction: 'improving',
		change: 1
	}
];

const otherCases: Case[] = [
	{
		// No targets: direction still computed. 60 → 63 = +3 > 2, higher is better → improving.
		name: 'no target, higher is better, rising',
		input: {
			polarity: 'higher_is_better',
			tolerance: 2,
			unit: 'percent',
			targets: [],
			series: [obs('2022', '2022-12-31', 60), obs('2023', '2023-12-31', 63)],
			asOf: '2024-01-31'
		},
		status: 'no_target',
		direction: 'improving',
		perTarget: [],
		change: 3,
		explanation: 'No target has been set; the latest value is 63% (31 December 2023).'
	},
	{
		// Same numbers, lower is better: +3 is worse.
		name: 'no target, lower is better, rising',
		input: {
			polarity: 'lower_is_better',
			tolerance: 2,
			targets: [],
			series: [obs('2022', '2022-12-31', 60), obs('2023', '2023-12-31', 63)],
			asOf: '2024-01-31'
		},
		status: 'no_target',
		direction: 'worsening',
		change: 3
	},
	{
		// +2 = tolerance → no change.
		name: 'no target, change equal to the tolerance',
		input: {
			polarity: 'lower_is_better',
			tolerance: 2,
			targets: [],
			series: [obs('2022', '2022-12-31', 60), obs('2023', '2023-12-31', 62)],
			asOf: '2024-01-31'
		},
		status: 'no_target',
		direction: 'no_change',
		change: 2
	},
	{
		name: 'no target, empty series',
		input: {
			polarity: 'higher_is_better',
			tolerance: 1,
			targets: [],
			series: [],
			asOf: '2024-01-31'
		},
		status: 'no_target',
		direction: 'not_comparable',
		perTarget: [],
		explanation: 'No target has been set, and there is no data yet.'
	},
	{
		name: 'empty series before any target is due',
		input: training('2023-07-01', []),
		status: 'not_enough_data',
		direction: 'not_comparable',
		target: TRAINED_70,
		perTarget: [['pending'], ['pending']],
		explanation: 'No data yet to judge a target of 70% by 31 August 2023.'
	},
	{
		name: 'empty series after every target is due',
		input: training('2024-01-15', []),
		status: 'not_enough_data',
		direction: 'not_comparable',
		target: TRAINED_75,
		perTarget: [['pending'], ['pending']],
		explanation: 'No data on or before 31 December 2023 to judge the target of 75% by then.'
	},
	{
		// Sep is null → ignored: latest is Aug 68, previous Jul 66. Aug target: 68 < 70 missed.
		// Slope 2 / 31 days; 31 Aug → 31 Dec = 122 days; projected 68 + 2 × 122 / 31 = 75.87 ≥ 75 →
		// on track. Direction 66 → 68 = +2 ≤ 2 → no change (the trailing null is not a break).
		name: 'null values are ignored',
		input: training('2023-10-01', [
			obs('Jul 2023', '2023-07-31', 66),
			obs('Aug 2023', '2023-08-31', 68),
			obs('Sep 2023', '2023-09-30', null)
		]),
		status: 'on_track',
		direction: 'no_change',
		target: TRAINED_75,
		perTarget: [['missed', 68], ['pending']],
		projected: 68 + (2 * 122) / 31,
		change: 2
	},
	{
		// Aug is null: the Aug target is judged on the latest value on or before 31 Aug, i.e. Jul 66.
		name: 'a due target uses the latest non-null value on or before its due date',
		input: training('2023-09-15', [
			obs('Jul 2023', '2023-07-31', 66),
			obs('Aug 2023', '2023-08-31', null)
		]),
		status: 'off_track',
		direction: 'not_comparable',
		target: TRAINED_75,
		// 66 is the only value, so no projection: 75 − 66 = 9 > 2 → off track.
		perTarget: [['missed', 66], ['pending']]
	}
];

const ILLUSTRATIVE_93 = level(93, '2023-08-31', 'Illustrative only: 93% by August 2023');
const mixedCases: Case[] = [
	{
		// A level target still to come is the headline. 91 < 93; slope (91 − 89) / 365 days;
		// 31 Aug 2022 → 31 Aug 2023 = 365 days; projected 91 + 2 = 93 exactly → meets → on track.
		name: 'mixed targets: the next level target is the headline (projection exactly on target)',
		input: {
			...goodSchools([89, 91]),
			targets: [INCREASE, ILLUSTRATIVE_93],
			asOf: '2022-12-31'
		},
		status: 'on_track',
		direction: 'improving',
		target: ILLUSTRATIVE_93,
		perTarget: [['pending'], ['pending']],
		projected: 93
	},
	{
		// Level target due: 92 < 93 → missed. The open-ended direction target becomes the headline:
		// 89, 91, 92 → change +1, slope 1.5 a year (worked above) → on track.
		name: 'mixed targets: once every level target is due, the direction target is the headline',
		input: {
			...goodSchools([89, 91, 92]),
			targets: [INCREASE, ILLUSTRATIVE_93],
			asOf: '2023-09-30'
		},
		status: 'on_track',
		direction: 'improving',
		target: INCREASE,
		perTarget: [['pending'], ['missed', 92]],
		change: 1,
		slopePerYear: 1.5
	}
];

describe('assessStatus: level targets', () => {
	it.each(levelCases)('$name', (c) => check(c));
});

describe('assessStatus: direction targets', () => {
	it.each(directionCases)('$name', (c) => check(c));
});

describe('assessStatus: no target, no data, nulls', () => {
	it.each(otherCases)('$name', (c) => check(c));
});

describe('assessStatus: mixed level and direction targets', () => {
	it.each(mixedCases)('$name', (c) => check(c));
});

describe('assessStatus: contract', () => {
	const aug68sep72 = [obs('Aug 2023', '2023-08-31', 68), obs('Sep 2023', '2023-09-30', 72)];

	it('does not mutate its inputs', () => {
		const input = training('2023-10-01', [
			aug68sep72[1]!,
			obs('Jul', '2023-07-31', 60),
			aug68sep72[0]!
		]);
		const before = structuredClone(input);
		// Frozen so an in-place sort or write would throw, not just differ.
		const frozen = deepFreeze(input);
		assessStatus(frozen);
		expect(input).toEqual(before);
	});

	it('does not depend on the order of the series or the time of day in dates', () => {
		const a = assessStatus(training('2023-10-01', aug68sep72));
		const b = assessStatus(training('2023-10-01', [...aug68sep72].reverse()));
		const c = assessStatus(
			training('2023-10-01T23:59:59Z', [
				obs('Sep 2023', '2023-09-30T00:00:00Z', 72),
				obs('Aug 2023', '2023-08-31', 68)
			])
		);
		expect(b.status).toBe(a.status);
		expect(b.evidence.projected).toBe(a.evidence.projected);
		expect(c.status).toBe(a.status);
		expect(c.evidence.projected).toBe(a.evidence.projected);
	});

	it('ignores observations dated after asOf', () => {
		// With Dec 76 included the Dec target would be met; as of 1 Oct it is still pending.
		const r = assessStatus(
			training('2023-10-01', [...aug68sep72, obs('Dec 2023', '2023-12-31', 76)])
		);
		expect(r.status).toBe('on_track');
		expect(r.evidence.latest).toEqual({ date: '2023-09-30', period: 'Sep 2023', value: 72 });
		expect(r.perTarget.map((p) => p.status)).toEqual(['missed', 'pending']);
	});

	it('lists perTarget in input order whatever the due dates', () => {
		const r = assessStatus({
			...training('2024-01-15', aug68sep72),
			targets: [TRAINED_75, TRAINED_70]
		});
		// Dec target: latest on or before 31 Dec is Sep 72 < 75 → missed; Aug 68 < 70 → missed.
		expect(r.perTarget).toEqual([
			{ target: TRAINED_75, status: 'missed', valueAtDue: 72, observedOn: '2023-09-30' },
			{ target: TRAINED_70, status: 'missed', valueAtDue: 68, observedOn: '2023-08-31' }
		]);
		expect(r.status).toBe('missed');
		expect(r.target).toEqual(TRAINED_75);
	});

	it('rejects a negative tolerance, an impossible date and a non-finite value', () => {
		expect(() => assessStatus({ ...training('2023-10-01', aug68sep72), tolerance: -1 })).toThrow(
			RangeError
		);
		expect(() => assessStatus(training('2023-02-30', aug68sep72))).toThrow(RangeError);
		expect(() => assessStatus(training('2023-10-01', [obs('Sep', '2023-09-30', NaN)]))).toThrow(
			RangeError
		);
	});

	it('gives every status its own words, icon and tone', () => {
		const all = Object.values(STATUS_PRESENTATION);
		expect(all).toHaveLength(7);
		expect(new Set(all.map((p) => p.label)).size).toBe(7);
		expect(new Set(all.map((p) => p.icon)).size).toBe(7);
		expect(STATUS_PRESENTATION).toMatchObject({
			on_track: { label: 'On track', tone: 'good' },
			at_risk: { label: 'At risk', tone: 'warning' },
			off_track: { label: 'Off track', tone: 'bad' },
			met: { label: 'Met', tone: 'good' },
			missed: { label: 'Missed', tone: 'bad' },
			no_target: { label: 'No target', tone: 'neutral' },
			not_enough_data: { label: 'Not enough data', tone: 'neutral' }
		});
	});

	it('covers every status and both polarities in the cases above', () => {
		const cases = [...levelCases, ...directionCases, ...otherCases, ...mixedCases];
		const statuses = new Set(cases.map((c) => c.status));
		expect([...statuses].sort()).toEqual(Object.keys(STATUS_PRESENTATION).sort());
		const polarities = new Set<Polarity>(cases.map((c) => c.input.polarity));
		expect(polarities.size).toBe(2);
		const directions = new Set(cases.map((c) => c.direction));
		expect(directions.size).toBe(4);
	});

	it('writes dates the way members read them', () => {
		expect(longDate('2023-08-31')).toBe('31 August 2023');
		expect(longDate('2024-02-29')).toBe('29 February 2024');
	});
});

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}

function check(c: Case): void {
	const r = assessStatus(c.input);
	expect(r.status).toBe(c.status);
	expect(r.direction).toBe(c.direction);
	if ('target' in c) expect(r.target).toEqual(c.target);
	if (c.perTarget) {
		expect(r.perTarget.map((p) => [p.status, p.valueAtDue])).toEqual(
			c.perTarget.map(([s, v]) => [s, v])
		);
		expect(r.perTarget.map((p) => p.target)).toEqual(c.input.targets);
	}
	if (c.projected !== undefined) expect(r.evidence.projected).toBeCloseTo(c.projected, 6);
	if (c.change !== undefined) expect(r.evidence.change).toBeCloseTo(c.change, 9);
	if (c.slopePerYear !== undefined) expect(r.evidence.slopePerYear).toBeCloseTo(c.slopePerYear, 2);
	if (c.slopePoints !== undefined) expect(r.evidence.slopePoints).toBe(c.slopePoints);
	if (c.explanation !== undefined) expect(r.explanation).toBe(c.explanation);
	expectWordsAndIcon(r);
}

/** Status is never colour alone: words, an icon name and a sentence always come with the tone. */
function expectWordsAndIcon(r: StatusResult): void {
	expect(r.label).toBe(STATUS_PRESENTATION[r.status].label);
	expect(r.icon).toBe(STATUS_PRESENTATION[r.status].icon);
	expect(r.tone).toBe(STATUS_PRESENTATION[r.status].tone);
	expect(r.explanation).toMatch(/^[A-Z0-9'].+\.$/);
}
