import {
	DISTRICT_VALUES,
	GOVERNANCE_VALUES,
	PHASE_VALUES,
	RAYG_VALUES,
	SIZE_BAND_VALUES,
	type KpiFilter
} from '../kpi/filter';
import { SIZE_BAND_LIMITS } from '../kpi/size-bands';

/**
 * The page filter as it lives in the address bar, so that a view can be bookmarked and shared.
 * The URL is untrusted input (anyone can send a link), so this is the one place where it is
 * checked: only canonical values from the allowed lists ever reach a KpiFilter, and anything
 * else is dropped with a notice in plain English rather than an error.
 */

export type FilterDimension = keyof KpiFilter;

/** The values a page offers for each dimension it supports; a missing dimension is not offered. */
export type FilterOptions = Partial<Record<FilterDimension, readonly string[]>>;

/** Every dimension in the order it appears in addresses, descriptions and the filter bar. */
export const FILTER_DIMENSIONS: readonly FilterDimension[] = [
	'districts',
	'phases',
	'governance',
	'rayg',
	'sizeBands',
	'years'
];

/** The search-param name for each dimension: singular, because each value is one item. */
export const FILTER_PARAMS: Readonly<Record<FilterDimension, string>> = {
	districts: 'district',
	phases: 'phase',
	governance: 'governance',
	rayg: 'rayg',
	sizeBands: 'size',
	years: 'year'
};

/** How a dimension is named to people, in notices and as a legend. */
export const DIMENSION_LABELS: Readonly<Record<FilterDimension, string>> = {
	districts: 'District',
	phases: 'Phase',
	governance: 'Governance',
	rayg: 'RAYG rating',
	sizeBands: 'School size',
	years: 'Year'
};

const CANONICAL: Readonly<Record<Exclude<FilterDimension, 'years'>, readonly string[]>> = {
	districts: DISTRICT_VALUES,
	phases: PHASE_VALUES,
	governance: GOVERNANCE_VALUES,
	rayg: RAYG_VALUES,
	sizeBands: SIZE_BAND_VALUES
};

/** Why a value is not one of a dimension's values, finishing "Ignored district "X": …". */
const NOT_A_VALUE: Readonly<Record<FilterDimension, string>> = {
	districts: 'not a Hertfordshire district',
	phases: 'not a school phase this dashboard knows',
	governance: 'not a governance type this dashboard knows (maintained, academy or other)',
	rayg: 'not a RAYG rating (dark green, light green, yellow, amber or red)',
	sizeBands: 'not a school size (small, medium or large)',
	years: 'not a year (use 2024/25 for an academic year or 2024 for a calendar year)'
};

// Bounds that keep hostile addresses cheap and notices readable; no real view comes near them.
const MAX_NOTICES = 10;
const MAX_QUOTED_LENGTH = 40;
const MAX_VALUE_LENGTH = 200;

/**
 * The key two spellings of a value share: case, spaces, underscores, hyphens and full stops are
 * not significant, so `dark green`, `DARK_GREEN` and `Dark-Green` all mean `dark_green`, and
 * `st. albans` means `St Albans`. No two canonical values share a key (the tests check this).
 */
function matchKey(value: string): string {
	return value
		.toLowerCase()
		.replace(/[\s_.-]+/g, ' ')
		.trim();
}

const CANONICAL_BY_KEY = Object.fromEntries(
	Object.entries(CANONICAL).map(([dimension, values]) => [
		dimension,
		new Map(values.map((value) => [matchKey(value), value]))
	])
) as Record<Exclude<FilterDimension, 'years'>, Map<string, string>>;

const DIMENSION_BY_PARAM = new Map(
	FILTER_DIMENSIONS.map((dimension) => [FILTER_PARAMS[dimension], dimension])
);

// Wide enough for every DfE series, narrow enough to reject typos such as 0224 or 2204.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

/**
 * `2024/25` (academic) or `2024` (calendar), also accepting `2024-25` and `2024/2025` for the
 * academic year since people type them; anything else, including an academic year whose halves
 * are not consecutive, is not a year.
 */
function canonicalYear(value: string): string | null {
	const match = /^(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/.exec(value.trim());
	if (!match) return null;
	const start = Number(match[1]);
	if (start < FIRST_YEAR || start > LAST_YEAR) return null;
	const end = match[2];
	if (end === undefined) return String(start);
	const next = start + 1;
	const expected = end.length === 2 ? String(next % 100).padStart(2, '0') : String(next);
	return end === expected ? `${start}/${String(next % 100).padStart(2, '0')}` : null;
}

/** The canonical spelling of a value of one dimension, or null when it is not one. */
export function canonicalValue(dimension: FilterDimension, value: string): string | null {
	if (value.length > MAX_VALUE_LENGTH) return null;
	if (dimension === 'years') return canonicalYear(value);
	return CANONICAL_BY_KEY[dimension].get(matchKey(value)) ?? null;
}

/** Canonical order: the order of the allowed list, and years oldest first. */
function sortCanonical(dimension: FilterDimension, values: Iterable<string>): string[] {
	const unique = [...new Set(values)];
	if (dimension === 'years') return unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const order = CANONICAL[dimension];
	return unique.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** The values of a list that are canonical, respelt, without duplicates, in canonical order. */
export function canonicalValues(
	dimension: FilterDimension,
	values: readonly string[] | undefined
): string[] {
	const kept: string[] = [];
	for (const value of values ?? []) {
		if (typeof value !== 'string') continue;
		const canonical = canonicalValue(dimension, value);
		if (canonical !== null) kept.push(canonical);
	}
	return sortCanonical(dimension, kept);
}

/** The same filter with every list canonical and empty lists removed, so equal views are equal. */
export function normalizeFilter(filter: KpiFilter): KpiFilter {
	const normal: KpiFilter = {};
	for (const dimension of FILTER_DIMENSIONS) {
		const values = canonicalValues(dimension, filter[dimension]);
		if (values.length > 0) normal[dimension] = values;
	}
	return normal;
}

/**
 * What parseFilter should accept on a page that offers `available` in its filter bar. A dimension
 * missing from `allowed` means "any canonical value", but one missing from a FilterBar's
 * `available` is not shown, so the page passes [] for it: a link cannot then apply a filter that
 * nobody on the page could see or untick.
 */
export function allowedFor(available: FilterOptions): Record<FilterDimension, readonly string[]> {
	return Object.fromEntries(FILTER_DIMENSIONS.map((d) => [d, available[d] ?? []])) as Record<
		FilterDimension,
		readonly string[]
	>;
}

/** Quotes untrusted text for a notice: no control or direction-changing characters, kept short. */
function quote(text: string): string {
	// Only the start is shown, so only the start is cleaned: a megabyte of junk costs nothing.
	const head = text.slice(0, MAX_QUOTED_LENGTH * 4);
	const clean = [...head.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '').replace(/\s+/g, ' ')];
	const cut = clean.length > MAX_QUOTED_LENGTH || head.length < text.length;
	return `"${clean.slice(0, MAX_QUOTED_LENGTH).join('')}${cut ? '…' : ''}"`;
}

/**
 * Reads the filter from the address. Each parameter may repeat (`?district=Watford&district=Dacorum`)
 * and hold comma-separated values (`?district=Watford,Dacorum`). Names and values are matched
 * regardless of case. `allowed` narrows what a page accepts (it never widens the canonical lists):
 * an empty list means the page does not filter by that dimension. Nothing here throws; whatever
 * is not understood is left out of the filter and explained in `notices`.
 */
export function parseFilter(
	params: URLSearchParams,
	allowed?: Partial<Record<FilterDimension, readonly string[]>>
): { filter: KpiFilter; notices: string[] } {
	const notices = new Set<string>();
	let unshown = 0;
	const notice = (text: string) => {
		if (notices.has(text)) return;
		if (notices.size < MAX_NOTICES) notices.add(text);
		else unshown += 1;
	};

	const allowedKeys = new Map<FilterDimension, Set<string>>();
	for (const dimension of FILTER_DIMENSIONS) {
		const list = allowed?.[dimension];
		if (list) allowedKeys.set(dimension, new Set(canonicalValues(dimension, list)));
	}

	const found = new Map<FilterDimension, Set<string>>();
	for (const [rawName, rawValue] of params) {
		const dimension = DIMENSION_BY_PARAM.get(rawName.trim().toLowerCase());
		if (dimension === undefined) {
			notice(`Ignored ${quote(rawName)} in the address: it is not a filter this page uses.`);
			continue;
		}
		const param = FILTER_PARAMS[dimension];
		const pageValues = allowedKeys.get(dimension);
		for (const part of rawValue.split(',')) {
			const value = part.trim();
			if (value === '') continue;
			const canonical = canonicalValue(dimension, value);
			if (canonical === null) {
				notice(`Ignored ${param} ${quote(value)}: ${NOT_A_VALUE[dimension]}.`);
			} else if (pageValues && pageValues.size === 0) {
				notice(`Ignored ${param} ${quote(canonical)}: this page cannot be filtered by ${param}.`);
			} else if (pageValues && !pageValues.has(canonical)) {
				notice(`Ignored ${param} ${quote(canonical)}: this page has no data for it.`);
			} else {
				const set = found.get(dimension) ?? new Set<string>();
				set.add(canonical);
				found.set(dimension, set);
			}
		}
	}

	const filter: KpiFilter = {};
	for (const dimension of FILTER_DIMENSIONS) {
		const set = found.get(dimension);
		if (set && set.size > 0) filter[dimension] = sortCanonical(dimension, set);
	}
	const list = [...notices];
	if (unshown > 0) {
		list.push(`${unshown} more part${unshown === 1 ? '' : 's'} of the address also ignored.`);
	}
	return { filter, notices: list };
}

/**
 * The address for a filter: dimensions in a fixed order, values canonical and sorted, one
 * parameter per value, so the same view always has the same URL. Values that parseFilter would
 * ignore are left out, so `parseFilter(serializeFilter(f)).filter` is `normalizeFilter(f)`.
 */
export function serializeFilter(filter: KpiFilter): URLSearchParams {
	const params = new URLSearchParams();
	const normal = normalizeFilter(filter);
	for (const dimension of FILTER_DIMENSIONS) {
		for (const value of normal[dimension] ?? []) params.append(FILTER_PARAMS[dimension], value);
	}
	return params;
}

const GOVERNANCE_WORDS: Readonly<Record<string, string>> = {
	maintained: 'maintained schools',
	academy: 'academies',
	other: 'schools of other governance'
};

// The bands are the dashboard's own (see size-bands.ts), so every mention says what they mean.
const SIZE_RANGES: Readonly<Record<string, string>> = {
	small: `under ${SIZE_BAND_LIMITS.mediumFrom} pupils`,
	medium: `${SIZE_BAND_LIMITS.mediumFrom}–${SIZE_BAND_LIMITS.largeFrom - 1} pupils`,
	large: `${SIZE_BAND_LIMITS.largeFrom} or more pupils`
};

/** The label a control shows for one value, e.g. `dark_green` → "Dark green". */
export function valueLabel(dimension: FilterDimension, value: string): string {
	const range = dimension === 'sizeBands' ? SIZE_RANGES[value] : undefined;
	const words = range ? `${value} (${range})` : value;
	const spaced = dimension === 'rayg' ? words.replace(/_/g, ' ') : words;
	return dimension === 'districts' || dimension === 'years'
		? spaced
		: spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** "A", "A and B", "A, B and C" (or "or"). */
function listInWords(items: readonly string[], conjunction = 'and'): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * The filter in plain English, for people: "Watford and Dacorum; primary schools", or "All of
 * Hertfordshire" when nothing narrows the view. Values are described in the order given.
 */
export function describeFilter(filter: KpiFilter): string {
	const present = (values: readonly string[] | undefined) =>
		(values ?? []).filter((value) => typeof value === 'string' && value !== '');
	const districts = present(filter.districts);
	const phases = present(filter.phases);
	const governance = present(filter.governance);
	const rayg = present(filter.rayg);
	const sizes = present(filter.sizeBands);
	const years = present(filter.years);

	const parts = [districts.length > 0 ? listInWords(districts) : 'All of Hertfordshire'];
	if (phases.length > 0) parts.push(`${listInWords(phases)} schools`);
	if (governance.length > 0) {
		parts.push(listInWords(governance.map((value) => GOVERNANCE_WORDS[value] ?? value)));
	}
	if (rayg.length > 0) {
		const ratings = rayg.map((value) => value.replace(/_/g, ' '));
		parts.push(`latest RAYG rating ${listInWords(ratings, 'or')}`);
	}
	if (sizes.length > 0) {
		const described = sizes.map((value) =>
			SIZE_RANGES[value] ? `${value} schools (${SIZE_RANGES[value]})` : `${value} schools`
		);
		parts.push(listInWords(described));
	}
	if (years.length > 0) {
		const academic = years.every((year) => year.includes('/'));
		const calendar = years.every((year) => !year.includes('/'));
		const noun = academic ? 'academic year' : calendar ? 'calendar year' : 'year';
		parts.push(`${noun}${years.length > 1 ? 's' : ''} ${listInWords(years)}`);
	}
	return parts.join('; ');
}
