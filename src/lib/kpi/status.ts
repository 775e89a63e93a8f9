/**
 * The KPI status engine: turns a KPI's targets and time series into a status that members can read
 * without colour (words + icon name + one plain-English sentence), plus the direction of travel.
 * Pure: no I/O, no Svelte, no clock (the caller passes `asOf`). The rules, with worked examples
 * that the unit tests reproduce, are in docs/kpi-status.md; keep the two in step.
 */
import { roundHalfUp } from './percent';
import type { DirectionOfTravel, KpiStatus, Observation, Polarity, Target, Unit } from './types';
import { MONTH_NAMES as MONTHS } from '../format/months';

export type LevelTarget = Extract<Target, { kind: 'level' }>;
export type DirectionTarget = Extract<Target, { kind: 'direction' }>;

/** Colour hint for the UI. Never the only signal: `label` and `icon` always go with it. */
export type StatusTone = 'good' | 'warning' | 'bad' | 'neutral';

export interface StatusInput {
	polarity: Polarity;
	/** How far from the target (or, for trajectories, from "no change") still counts as close, in the KPI's unit. */
	tolerance: number;
	targets: readonly Target[];
	series: readonly Observation[];
	/** The date the judgement is made (ISO `YYYY-MM-DD`); observations after it are ignored. */
	asOf: string;
	/** Only used to word the explanation ('68%', '3 points'); the judgement ignores it. */
	unit?: Unit;
}

export interface TargetJudgement {
	target: Target;
	/**
	 * `pending` = not decided: a level target not yet due, a level target due with no observation
	 * on or before its due date, or any direction target (they have no due date).
	 */
	status: 'met' | 'missed' | 'pending';
	/** For a due level target: the latest observation on or before the due date. */
	valueAtDue?: number;
	/** The date of the observation behind `valueAtDue`. */
	observedOn?: string;
}

/** The numbers behind the headline, so the UI and tests need not re-derive them. */
export interface StatusEvidence {
	/** Latest non-null observation on or before `asOf`. */
	latest?: { date: string; period: string; value: number };
	/** Headline level target not yet due: value projected to its due date from the last two observations. */
	projected?: number;
	/** Later minus earlier value of the two latest comparable, consecutive observations. */
	change?: number;
	/** Least-squares slope per year over the latest unbroken run of comparable observations (≥3). */
	slopePerYear?: number;
	/** How many observations that slope was fitted to. */
	slopePoints?: number;
}

export interface StatusResult {
	status: KpiStatus;
	label: string;
	icon: string;
	tone: StatusTone;
	explanation: string;
	/** The target the headline status is about; absent when there is none. */
	target?: Target;
	direction: DirectionOfTravel;
	/** One entry per input target, in input order. */
	perTarget: TargetJudgement[];
	evidence: StatusEvidence;
}

export interface StatusPresentation {
	label: string;
	icon: string;
	tone: StatusTone;
}

/**
 * Words, icon and tone for each status. Icon names are distinct per status so the status survives
 * greyscale printing and colour-blindness; the names exist in both Lucide and Feather-style sets.
 */
export const STATUS_PRESENTATION: Readonly<Record<KpiStatus, StatusPresentation>> = {
	on_track: { label: 'On track', icon: 'check-circle', tone: 'good' },
	at_risk: { label: 'At risk', icon: 'alert-triangle', tone: 'warning' },
	off_track: { label: 'Off track', icon: 'x-circle', tone: 'bad' },
	met: { label: 'Met', icon: 'flag', tone: 'good' },
	missed: { label: 'Missed', icon: 'x-octagon', tone: 'bad' },
	no_target: { label: 'No target', icon: 'minus-circle', tone: 'neutral' },
	not_enough_data: { label: 'Not enough data', icon: 'help-circle', tone: 'neutral' }
};

export const DIRECTION_LABELS: Readonly<Record<DirectionOfTravel, string>> = {
	improving: 'Improving',
	worsening: 'Worsening',
	no_change: 'No change',
	not_comparable: 'Not comparable'
};

/**
 * Absorbs binary floating-point noise (e.g. 0.1 + 0.2) so that exactly reaching a target, or
 * being exactly `tolerance` away, is judged as the written rule says rather than by rounding luck.
 */
const EPSILON = 1e-9;
const DAY_MS = 86_400_000;
/** Mean Gregorian year, so a slope per year does not wobble with leap years. */
const DAYS_PER_YEAR = 365.25;
/**
 * Two observations more than this many times the series' usual spacing apart are not consecutive:
 * a year missing from an annual series is caught even when its row was left out, not just when it
 * is present with a null value or `comparable: false`.
 */
const MAX_SPACING_RATIO = 1.5;

interface Row {
	obs: Observation;
	/** Days since 1970-01-01 (UTC), so date arithmetic is exact and timezone-free. */
	day: number;
	/** Position in the caller's array, to keep equal dates in the order given. */
	index: number;
}

interface Point {
	row: Row;
	value: number;
}

/** Parses the date part of an ISO date; throws on anything else so bad data cannot pass silently. */
export function isoDay(iso: string): number {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) throw new RangeError(`Not an ISO date: '${iso}'`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(y, mo - 1, d);
	const check = new Date(ms);
	// Date.UTC rolls 2023-02-30 over to 2 March; reject it rather than judge against a wrong date.
	if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
		throw new RangeError(`Not a calendar date: '${iso}'`);
	}
	return ms / DAY_MS;
}

/** '2023-08-31' → '31 August 2023', from UTC parts so the runtime's timezone cannot shift the day. */
export function longDate(iso: string): string {
	const d = new Date(isoDay(iso) * DAY_MS);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function num(v: number): string {
	const r = roundHalfUp(v, 1);
	// `+ 0` turns -0 into 0 so a tiny negative rounds to '0', not '-0'.
	return (r + 0).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

function plural(n: string, one: string, many: string): string {
	return `${n} ${n === '1' ? one : many}`;
}

/** A value in the KPI's unit: '68%', '29 percentage points', '£37.50'. */
function formatValue(v: number, unit: Unit | undefined): string {
	const n = num(v);
	switch (unit) {
		case 'percent':
			return `${n}%`;
		case 'percentage_points':
			return plural(n, 'percentage point', 'percentage points');
		case 'points':
			return plural(n, 'point', 'points');
		case 'gbp':
			return `£${n}`;
		case 'months':
			return plural(n, 'month', 'months');
		default:
			return n;
	}
}

/** A difference between two values: a difference of percentages is in (percentage) points. */
function formatDiff(v: number, unit: Unit | undefined): string {
	const n = num(Math.abs(v));
	switch (unit) {
		case 'percent':
		case 'percentage_points':
		case 'points':
			return plural(n, 'point', 'points');
		case 'months':
			return plural(n, 'month', 'months');
		case 'gbp':
			return `£${n}`;
		default:
			return n;
	}
}

function formatTolerance(t: number, unit: Unit | undefined): string {
	const n = num(t);
	switch (unit) {
		case 'percent':
		case 'percentage_points':
		case 'points':
			return `the ${n}-point tolerance`;
		case 'months':
			return `the ${n}-month tolerance`;
		case 'gbp':
			return `the £${n} tolerance`;
		default:
			return `the tolerance of ${n}`;
	}
}

/** +1 when a rise is good, −1 when a fall is good: multiplying a change by this gives "gain". */
function goodSign(polarity: Polarity): number {
	return polarity === 'higher_is_better' ? 1 : -1;
}

/** How far `value` is on the wrong side of `target` (≤ 0 means the target is reached). */
function shortfall(value: number, target: number, polarity: Polarity): number {
	return goodSign(polarity) * (target - value);
}

function meets(value: number, target: number, polarity: Polarity): boolean {
	return shortfall(value, target, polarity) <= EPSILON;
}

function withinTolerance(value: number, target: number, polarity: Polarity, tol: number): boolean {
	return shortfall(value, target, polarity) <= tol + EPSILON;
}

/** 'target of 70%', or 'target of 40 or lower' when lower is better, so the aim reads both ways. */
function targetPhrase(value: number, polarity: Polarity, unit: Unit | undefined): string {
	const v = formatValue(value, unit);
	return polarity === 'higher_is_better' ? `target of ${v}` : `target of ${v} or lower`;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	const hi = s[mid] ?? 0;
	return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? hi) + hi) / 2;
}

function isComparablePoint(row: Row): boolean {
	return row.obs.value !== null && row.obs.comparable !== false;
}

function pointOf(row: Row): Point {
	// Only called on rows already checked to have a value.
	return { row, value: row.obs.value as number };
}

/**
 * The series as the engine sees it: sorted by date (stable), rows after `asOf` dropped. Rows with a
 * null value stay, because a missing period still separates its neighbours ("not consecutive").
 */
function prepareRows(series: readonly Observation[], asOfDay: number): Row[] {
	return series
		.map((obs, index) => {
			if (obs.value !== null && !Number.isFinite(obs.value)) {
				throw new RangeError(`Observation ${obs.period} has a non-finite value`);
			}
			return { obs, index, day: isoDay(obs.date) };
		})
		.filter((r) => r.day <= asOfDay)
		.sort((a, b) => a.day - b.day || a.index - b.index);
}

/**
 * The latest unbroken run of comparable observations, oldest first. A run breaks at any row that is
 * not a comparable point (null value or `comparable: false`), at equal dates (no time has passed),
 * and at a jump of more than MAX_SPACING_RATIO × the usual spacing (a period left out entirely).
 */
function latestComparableRun(rows: Row[]): Point[] {
	const gaps: number[] = [];
	for (let i = 1; i < rows.length; i++) {
		const gap = (rows[i]?.day ?? 0) - (rows[i - 1]?.day ?? 0);
		if (gap > 0) gaps.push(gap);
	}
	const usual = median(gaps);

	// Walk back to the latest comparable observation: trailing rows with no value (a year not yet
	// published) or not comparable are left aside rather than hiding the last comparable change.
	let end = rows.length - 1;
	while (end >= 0 && !isComparablePoint(rows[end] as Row)) end--;
	if (end < 0) return [];

	const run: Point[] = [pointOf(rows[end] as Row)];
	for (let i = end - 1; i >= 0; i--) {
		const prev = rows[i] as Row;
		const next = rows[i + 1] as Row;
		const gap = next.day - prev.day;
		if (!isComparablePoint(prev) || gap <= 0 || gap > MAX_SPACING_RATIO * usual + EPSILON) break;
		run.unshift(pointOf(prev));
	}
	return run;
}

/** Ordinary least-squares slope of value on time, in the KPI's unit per year. */
function slopePerYear(points: Point[]): number {
	const xs = points.map((p) => (p.row.day - (points[0]?.row.day ?? 0)) / DAYS_PER_YEAR);
	const ys = points.map((p) => p.value);
	const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
	const my = ys.reduce((a, b) => a + b, 0) / ys.length;
	let sxy = 0;
	let sxx = 0;
	xs.forEach((x, i) => {
		sxy += (x - mx) * ((ys[i] ?? my) - my);
		sxx += (x - mx) ** 2;
	});
	return sxy / sxx;
}

type Movement = 'improving' | 'flat' | 'worsening';

/** Classifies a change already multiplied by goodSign: beyond ±tolerance or within it. */
function movement(gain: number, tol: number): Movement {
	if (Math.abs(gain) <= tol + EPSILON) return 'flat';
	return gain > 0 ? 'improving' : 'worsening';
}

interface Trajectory {
	/** The two latest comparable observations when they are consecutive. */
	pair?: [Point, Point];
	/** Latest unbroken comparable run, when it has 3 or more points. */
	run?: Point[];
	/** True when there are 2+ comparable observations but the latest two straddle a break. */
	broken: boolean;
	change?: number;
	slope?: number;
}

function trajectory(rows: Row[]): Trajectory {
	const run = latestComparableRun(rows);
	const comparableCount = rows.filter(isComparablePoint).length;
	const last = run[run.length - 1];
	const before = run[run.length - 2];
	if (!last || !before) return { broken: comparableCount >= 2 };
	const t: Trajectory = {
		pair: [before, last],
		broken: false,
		change: last.value - before.value
	};
	if (run.length >= 3) {
		t.run = run;
		t.slope = slopePerYear(run);
	}
	return t;
}

function directionOfTravel(t: Trajectory, polarity: Polarity, tol: number): DirectionOfTravel {
	if (t.change === undefined) return 'not_comparable';
	const m = movement(goodSign(polarity) * t.change, tol);
	return m === 'flat' ? 'no_change' : m;
}

function result(
	status: KpiStatus,
	explanation: string,
	rest: Omit<StatusResult, 'status' | 'label' | 'icon' | 'tone' | 'explanation'>
): StatusResult {
	return { status, ...STATUS_PRESENTATION[status], explanation, ...rest };
}

/** Latest observation with a value dated on or before `day`. */
function latestOnOrBefore(points: Point[], day: number): Point | undefined {
	for (let i = points.length - 1; i >= 0; i--) {
		const p = points[i] as Point;
		if (p.row.day <= day) return p;
	}
	return undefined;
}

interface LevelEntry {
	target: LevelTarget;
	due: number;
	order: number;
	judgement: TargetJudgement;
}

/**
 * Judges a KPI against its targets. See docs/kpi-status.md for the rules and worked examples.
 * Inputs are never mutated; the same input always gives the same output.
 */
export function assessStatus(input: StatusInput): StatusResult {
	const { polarity, tolerance: tol, unit } = input;
	if (!Number.isFinite(tol) || tol < 0) {
		throw new RangeError(`Tolerance must be a finite number ≥ 0, got ${tol}`);
	}
	const asOfDay = isoDay(input.asOf);
	const rows = prepareRows(input.series, asOfDay);
	const points = rows.filter((r) => r.obs.value !== null).map(pointOf);
	const latest = points[points.length - 1];
	const traj = trajectory(rows);
	const direction = directionOfTravel(traj, polarity, tol);

	const evidence: StatusEvidence = {};
	if (latest) {
		evidence.latest = {
			date: latest.row.obs.date,
			period: latest.row.obs.period,
			value: latest.value
		};
	}
	if (traj.change !== undefined) evidence.change = traj.change;
	if (traj.slope !== undefined && traj.run) {
		evidence.slopePerYear = traj.slope;
		evidence.slopePoints = traj.run.length;
	}

	// Judge every target on its own first: members see each milestone, not just the headline.
	const levels: LevelEntry[] = [];
	const perTarget: TargetJudgement[] = input.targets.map((target, order) => {
		if (target.kind === 'direction') return { target, status: 'pending' };
		const due = isoDay(target.due);
		const judgement: TargetJudgement = { target, status: 'pending' };
		if (due <= asOfDay) {
			const atDue = latestOnOrBefore(points, due);
			if (atDue) {
				judgement.status = meets(atDue.value, target.value, polarity) ? 'met' : 'missed';
				judgement.valueAtDue = atDue.value;
				judgement.observedOn = atDue.row.obs.date;
			}
		}
		levels.push({ target, due, order, judgement });
		return judgement;
	});
	const directionTargets = input.targets.filter(
		(t): t is DirectionTarget => t.kind === 'direction'
	);
	// Earliest due first; equal due dates keep input order.
	levels.sort((a, b) => a.due - b.due || a.order - b.order);
	const common = { direction, perTarget, evidence };

	if (input.targets.length === 0) {
		const text = latest
			? `No target has been set; the latest value is ${formatValue(latest.value, unit)} (${longDate(latest.row.obs.date)}).`
			: 'No target has been set, and there is no data yet.';
		return result('no_target', text, common);
	}

	const nextLevel = levels.find((l) => l.due > asOfDay);
	const lastDue = [...levels].reverse().find((l) => l.due <= asOfDay);
	// When a later target is the headline, say if the one before it was missed: an "On track"
	// headline must not hide a deadline that has already gone by unmet.
	const earlierMissed =
		lastDue && lastDue.judgement.status === 'missed' && lastDue.judgement.valueAtDue !== undefined
			? `; the earlier ${targetPhrase(lastDue.target.value, polarity, unit)} by ${longDate(lastDue.target.due)} was missed (${formatValue(lastDue.judgement.valueAtDue, unit)})`
			: '';

	if (nextLevel) {
		return judgeUpcomingLevel(nextLevel.target, nextLevel.due, points, input, earlierMissed, {
			...common,
			target: nextLevel.target
		});
	}

	// Every level target is due. A direction target ("increase") never falls due, so it outranks a
	// settled milestone as the thing members still need to watch.
	const directionTarget = directionTargets[0];
	if (directionTarget) {
		return judgeDirection(directionTarget, traj, input, { ...common, target: directionTarget });
	}

	const settled = lastDue as LevelEntry; // targets non-empty and none upcoming or direction.
	const j = settled.judgement;
	const tp = `the ${targetPhrase(settled.target.value, polarity, unit)}`;
	const due = longDate(settled.target.due);
	if (j.valueAtDue === undefined || j.observedOn === undefined) {
		return result('not_enough_data', `No data on or before ${due} to judge ${tp} by then.`, {
			...common,
			target: settled.target
		});
	}
	const v = formatValue(j.valueAtDue, unit);
	const on = longDate(j.observedOn);
	const text =
		j.status === 'met'
			? `${v} on ${on} met ${tp} by ${due}.`
			: `${v} on ${on} missed ${tp} by ${due}, by ${formatDiff(shortfall(j.valueAtDue, settled.target.value, polarity), unit)}.`;
	return result(j.status === 'met' ? 'met' : 'missed', text, { ...common, target: settled.target });
}

function judgeUpcomingLevel(
	target: LevelTarget,
	due: number,
	points: Point[],
	input: StatusInput,
	earlierMissed: string,
	rest: Omit<StatusResult, 'status' | 'label' | 'icon' | 'tone' | 'explanation'>
): StatusResult {
	const { polarity, tolerance: tol, unit } = input;
	const tp = `a ${targetPhrase(target.value, polarity, unit)}`;
	const by = longDate(target.due);
	const latest = points[points.length - 1];
	if (!latest) {
		return result('not_enough_data', `No data yet to judge ${tp} by ${by}${earlierMissed}.`, rest);
	}
	const lv = formatValue(latest.value, unit);
	if (meets(latest.value, target.value, polarity)) {
		return result('on_track', `Latest ${lv} already meets ${tp} by ${by}${earlierMissed}.`, rest);
	}

	// Straight line through the last two observations, extended to the due date: simple enough to
	// check by hand, and it reacts to the latest movement, which is what a milestone needs.
	const prev = points[points.length - 2];
	let projected: number | undefined;
	if (prev && latest.row.day > prev.row.day) {
		const perDay = (latest.value - prev.value) / (latest.row.day - prev.row.day);
		projected = latest.value + perDay * (due - latest.row.day);
		rest.evidence.projected = projected;
	}
	const pv = projected === undefined ? '' : formatValue(projected, unit);
	const tolText = formatTolerance(tol, unit);

	if (projected !== undefined && meets(projected, target.value, polarity)) {
		return result(
			'on_track',
			`Latest ${lv} against ${tp} by ${by}; on the current trend it reaches ${pv} by then${earlierMissed}.`,
			rest
		);
	}
	const close =
		withinTolerance(latest.value, target.value, polarity, tol) ||
		(projected !== undefined && withinTolerance(projected, target.value, polarity, tol));
	const projectedText = projected === undefined ? '' : `; projected ${pv} by then`;
	if (close) {
		return result(
			'at_risk',
			`Latest ${lv} against ${tp} by ${by}${projectedText}; within ${tolText}${earlierMissed}.`,
			rest
		);
	}
	return result(
		'off_track',
		`Latest ${lv} against ${tp} by ${by}${projectedText}; short by more than ${tolText}${earlierMissed}.`,
		rest
	);
}

/** 'better by 3 points' / 'worse by 0.5 points' / 'no change'; better or worse follows polarity, not sign. */
function moved(change: number, polarity: Polarity, unit: Unit | undefined): string {
	if (roundHalfUp(change, 1) === 0) return 'no change';
	return `${goodSign(polarity) * change > 0 ? 'better' : 'worse'} by ${formatDiff(change, unit)}`;
}

function judgeDirection(
	target: DirectionTarget,
	traj: Trajectory,
	input: StatusInput,
	rest: Omit<StatusResult, 'status' | 'label' | 'icon' | 'tone' | 'explanation'>
): StatusResult {
	const { polarity, tolerance: tol, unit } = input;
	const aim = `'${target.description}'`;
	if (!traj.pair || traj.change === undefined) {
		const why = traj.broken
			? 'the two latest comparable values are either side of a series break'
			: 'it needs two comparable values in a row';
		return result('not_enough_data', `Not enough data to judge ${aim}: ${why}.`, rest);
	}
	const [a, b] = traj.pair;
	const sign = goodSign(polarity);
	const changeMove = movement(sign * traj.change, tol);
	const tolText = formatTolerance(tol, unit);
	const changeText = `${moved(traj.change, polarity, unit)}${changeMove === 'flat' ? `, within ${tolText}` : ''}`;
	let text = `Latest ${formatValue(b.value, unit)} (${b.row.obs.period}) against ${formatValue(a.value, unit)} (${a.row.obs.period}), ${changeText}`;

	let status: KpiStatus;
	if (traj.slope === undefined || !traj.run) {
		// Only two comparable points: the single change is all the evidence there is.
		status =
			changeMove === 'improving' ? 'on_track' : changeMove === 'flat' ? 'at_risk' : 'off_track';
	} else {
		// Three or more: the trend must agree with the latest change before calling it either way,
		// so one good or bad year cannot flip a KPI on its own.
		const trendMove = movement(sign * traj.slope, tol);
		const first = traj.run[0] as Point;
		const trendText = `${moved(traj.slope, polarity, unit)} a year${trendMove === 'flat' ? `, within ${tolText}` : ''}`;
		text += `; over the ${traj.run.length} comparable periods since ${first.row.obs.period} the trend is ${trendText}`;
		if (changeMove === 'improving' && trendMove === 'improving') status = 'on_track';
		else if (changeMove === 'worsening' && trendMove === 'worsening') status = 'off_track';
		else status = 'at_risk';
	}
	return result(status, `${text}.`, rest);
}
