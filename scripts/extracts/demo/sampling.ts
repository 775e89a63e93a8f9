import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';

/**
 * Helpers shared by the illustrative-data generators. They live in one place so that every
 * generator samples, dates and labels its data the same way; a fix made here reaches them all.
 */

/** `iso` (YYYY-MM-DD) moved by `days`, in UTC so that local time and DST cannot shift the date. */
export function addDays(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/**
 * Weighted random order (Efraimidis–Spirakis): higher weight, more likely to come early. Taking
 * the first n gives a weighted sample without replacement. Draws one number per item, in order.
 */
export function weightedOrder<T>(
	items: T[],
	weight: (item: T) => number,
	random: SeededRandom
): T[] {
	return items
		.map((item) => ({ item, key: random.next() ** (1 / weight(item)) }))
		.sort((a, b) => b.key - a.key)
		.map(({ item }) => item);
}

/**
 * The schools the council's programmes cover: open and state-funded, in URN order so that the
 * draws made for each school do not depend on the order of the schools extract.
 */
export function openStateFunded(schools: Row[]): Row[] {
	return schools
		.filter((s) => s.is_open === true && s.is_state_funded === true)
		.sort((a, b) => Number(a.urn) - Number(b.urn));
}

/**
 * The source line of an illustrative dataset. It names the seed the pipeline actually ran with
 * (`--seed N`), so anyone can regenerate the same figures, and says plainly it is not council
 * data. `note` adds what the figures are scaled to or taken from.
 */
export function illustrativeSource(seed: number, note?: string): string {
	const base = `Illustrative: generated for the demo from seed ${seed}; not council data`;
	return note ? `${base}. ${note}` : base;
}
