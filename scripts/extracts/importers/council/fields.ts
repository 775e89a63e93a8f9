import { DISTRICT_VALUES, PHASE_VALUES, RAYG_VALUES } from '../../../../src/lib/kpi/filter';
import { academicYearEnding } from '../../lib/academic-year';
import type { Field, FieldType } from '../../validate/fields';

/**
 * Allowed values and ranges shared by the council inputs, defined once so the importers, the
 * templates and docs/data agree. Lists come from where the site defines them.
 */

/** The School Improvement Strategy 2021–26: council data describes events inside it. */
export const STRATEGY_FROM = '2021-09-01';
export const STRATEGY_TO = '2026-12-31';

/** Academic years of the strategy: 2021/22 … 2025/26. */
export const STRATEGY_YEARS = [2022, 2023, 2024, 2025, 2026].map(
	(y) => academicYearEnding(y).label
);

export const DISTRICTS = DISTRICT_VALUES;
export const SCHOOL_PHASES = PHASE_VALUES;
export const RAYG_COLOURS = RAYG_VALUES;

export const strategyDate: FieldType = {
	kind: 'date',
	from: STRATEGY_FROM,
	to: STRATEGY_TO,
	range: 'the strategy period'
};

export const academicYear: FieldType = {
	kind: 'code',
	values: STRATEGY_YEARS,
	label: 'the strategy years'
};

export const count: FieldType = { kind: 'integer', min: 0 };

export const urnField: Field = {
	name: 'urn',
	type: { kind: 'integer', min: 100000, max: 999999 },
	required: true,
	description:
		"The school's unique reference number (6 digits, as in Get Information About Schools); it must be in the schools extract."
};

/** The last day of the academic year "2024/25": 2025-08-31. */
export function academicYearEnd(label: string): string {
	return `${Number(label.slice(0, 4)) + 1}-08-31`;
}

/** The last day of the month of an ISO date. */
export function monthEnd(iso: string): string {
	const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
	return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The latest of some ISO dates or labels (they sort as text); '' when there are none. */
export function latest(values: unknown[]): string {
	return (
		values
			.filter((v): v is string => typeof v === 'string')
			.sort()
			.at(-1) ?? ''
	);
}
