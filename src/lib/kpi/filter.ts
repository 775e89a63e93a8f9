import { sizeBandSql, SIZE_BANDS } from './size-bands';

/**
 * The slice a person asks for. Every list is a set of allowed values; empty or missing means
 * "all". Values are checked against these lists where they enter (URL, UI) and are only ever
 * bound into SQL as parameters.
 */
export interface KpiFilter {
	districts?: string[];
	phases?: string[];
	governance?: string[];
	rayg?: string[];
	sizeBands?: string[];
	/** Academic years ('2024/25') or calendar years ('2024') to keep; empty = all. */
	years?: string[];
}

export const DISTRICT_VALUES = [
	'Broxbourne',
	'Dacorum',
	'East Hertfordshire',
	'Hertsmere',
	'North Hertfordshire',
	'St Albans',
	'Stevenage',
	'Three Rivers',
	'Watford',
	'Welwyn Hatfield'
] as const;
export const PHASE_VALUES = [
	'nursery',
	'primary',
	'middle',
	'secondary',
	'all-through',
	'special',
	'alternative provision',
	'post-16'
] as const;
export const GOVERNANCE_VALUES = ['maintained', 'academy', 'other'] as const;
export const RAYG_VALUES = ['dark_green', 'light_green', 'yellow', 'amber', 'red'] as const;
export const SIZE_BAND_VALUES = SIZE_BANDS;

/** True when the filter narrows the schools in any way (years do not). */
export function narrowsSchools(filter: KpiFilter): boolean {
	return [filter.districts, filter.phases, filter.governance, filter.rayg, filter.sizeBands].some(
		(list) => (list?.length ?? 0) > 0
	);
}

export interface SqlFragment {
	sql: string;
	params: (string | number)[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * `urn IN (…)` restricting to the schools in the slice, for any dataset with a `urn` column.
 * RAYG uses each school's latest rating. Returns TRUE when nothing narrows the schools.
 */
export function schoolSliceCondition(filter: KpiFilter, urnColumn = 'urn'): SqlFragment {
	const where: string[] = [];
	const params: string[] = [];
	const add = (column: string, values: string[] | undefined) => {
		if (!values?.length) return;
		where.push(`${column} IN (${placeholders(values.length)})`);
		params.push(...values);
	};
	add('s.district', filter.districts);
	add('s.phase', filter.phases);
	add('s.governance', filter.governance);
	add(sizeBandSql('s.pupils'), filter.sizeBands);
	if (filter.rayg?.length) {
		where.push(
			`s.urn IN (SELECT urn FROM rayg_ratings r WHERE r.academic_year = (SELECT max(academic_year) FROM rayg_ratings) AND r.rating IN (${placeholders(filter.rayg.length)}))`
		);
		params.push(...filter.rayg);
	}
	if (where.length === 0) return { sql: 'TRUE', params: [] };
	return {
		sql: `${urnColumn} IN (SELECT s.urn FROM schools s WHERE ${where.join(' AND ')})`,
		params
	};
}

/** `column IN (…)` for the years asked for, or TRUE. */
export function yearCondition(filter: KpiFilter, column: string): SqlFragment {
	if (!filter.years?.length) return { sql: 'TRUE', params: [] };
	// Compared as text so one rule serves academic-year labels and integer calendar years.
	return {
		sql: `CAST(${column} AS VARCHAR) IN (${placeholders(filter.years.length)})`,
		params: [...filter.years]
	};
}

/** `column IN (…)` for the districts asked for, for datasets that carry a district, or TRUE. */
export function districtCondition(filter: KpiFilter, column = 'district'): SqlFragment {
	if (!filter.districts?.length) return { sql: 'TRUE', params: [] };
	return {
		sql: `${column} IN (${placeholders(filter.districts.length)})`,
		params: [...filter.districts]
	};
}
