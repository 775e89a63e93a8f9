import type { Row } from '../lib/rows';

/**
 * Links a school to the establishment it replaced, so that a new academy without an inspection
 * of its own can take its predecessor's grade (PRODUCT.md, "% good/outstanding").
 *
 * The DfE "Get Information About Schools" links file is the real source; the performance-tables
 * school information file has no links, so they are derived here: the predecessor closed the day
 * before the successor opened, and the two names match once generic words ("primary", "school",
 * "academy", "catholic", …) are set aside. Both conditions are required, which keeps the rule
 * strict: it finds conversions and re-brokerings, never merely similar names.
 */
const GENERIC_WORDS = new Set(
	(
		'a aided and academy catholic ce church cofe controlled england free infant infants jmi ' +
		'junior mixed nursery of primary rc roman saint school secondary st the voluntary'
	).split(' ')
);

export function nameTokens(name: string): Set<string> {
	const words = name
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter((w) => w && !GENERIC_WORDS.has(w));
	return new Set(words);
}

/** True when one name's distinctive words all appear in the other's. */
export function namesMatch(a: string, b: string): boolean {
	const ta = nameTokens(a);
	const tb = nameTokens(b);
	if (ta.size === 0 || tb.size === 0) return false;
	const [small, large] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
	return [...small].every((w) => large.has(w));
}

function dayAfter(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

export interface PredecessorLink {
	urn: number;
	predecessorUrn: number;
	basis: string;
}

export const DERIVED_LINK_BASIS = 'derived: same name, opened the day after the predecessor closed';

/** Rows need urn, name, is_open, open_date and close_date (as in the schools extract). */
export function derivePredecessors(rows: Row[]): PredecessorLink[] {
	const closedByNextDay = new Map<string, Row[]>();
	for (const r of rows) {
		if (r.is_open || typeof r.close_date !== 'string') continue;
		const key = dayAfter(r.close_date);
		closedByNextDay.set(key, [...(closedByNextDay.get(key) ?? []), r]);
	}
	const links: PredecessorLink[] = [];
	for (const r of rows) {
		if (!r.is_open || typeof r.open_date !== 'string') continue;
		const candidates = (closedByNextDay.get(r.open_date) ?? []).filter((c) =>
			namesMatch(String(c.name), String(r.name))
		);
		// Only an unambiguous match is a link; two candidates would be a guess.
		if (candidates.length === 1 && candidates[0])
			links.push({
				urn: Number(r.urn),
				predecessorUrn: Number(candidates[0].urn),
				basis: DERIVED_LINK_BASIS
			});
	}
	return links;
}
