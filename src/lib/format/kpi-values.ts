import type { Target, Unit } from '../kpi/types';
import { formatDate } from './numbers';

const gb = (places: number) =>
	new Intl.NumberFormat('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places });
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** Decimal places shown per unit: KS2 gaps are whole points (DfE publishes whole %), A8 one. */
export function placesFor(unit: Unit): number {
	return unit === 'count' || unit === 'months' ? 0 : unit === 'percentage_points' ? 0 : 1;
}

/** A KPI value as people read it: 91.8%, 29 pp, 34.2 points, 1,234, £1,234.50. */
export function formatKpiValue(
	value: number | null | undefined,
	unit: Unit,
	places = placesFor(unit)
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return 'x';
	switch (unit) {
		case 'percent':
			return `${gb(places).format(value)}%`;
		case 'percentage_points':
			return `${gb(places).format(value)} pp`;
		case 'points':
			return `${gb(places).format(value)} points`;
		case 'gbp':
			return money.format(value);
		case 'months':
			return `${gb(0).format(value)} months`;
		default:
			return gb(places).format(value);
	}
}

/** The unit in words, for screen readers and table headers. */
export const UNIT_WORDS: Record<Unit, string> = {
	percent: 'per cent',
	percentage_points: 'percentage points',
	points: 'points',
	count: 'number',
	gbp: 'pounds',
	months: 'months'
};

/** A change with its sign: +1.2 pp, −3 schools; "±0" when it rounds to nothing. */
export function formatChange(value: number | null, unit: Unit, places?: number): string {
	if (value === null || !Number.isFinite(value)) return 'x';
	const changeUnit = unit === 'percent' ? 'percentage_points' : unit;
	const magnitude = formatKpiValue(Math.abs(value), changeUnit, places ?? placesFor(changeUnit));
	const roundsToZero = !/[1-9]/.test(magnitude);
	const sign = roundsToZero ? '±' : value > 0 ? '+' : '−';
	return `${sign}${magnitude}`;
}

/** "75% by 31 December 2023", or the direction in words when the seeds give no number. */
export function describeTarget(target: Target, unit: Unit): string {
	if (target.kind === 'direction') return target.description;
	return `${formatKpiValue(target.value, unit)} by ${formatDate(target.due)}`;
}
