/**
 * Small-number suppression: the ONE function every school-level pupil-group output (tables,
 * charts, CSV/PNG/PPTX exports) goes through, so that the rule cannot drift between views.
 *
 * Why: PRODUCT.md: "any school-level figure for a pupil group of 5 or fewer pupils is shown as
 * `c`, with secondary suppression so it cannot be recovered from totals". Hiding the small cell is
 * not enough: if a school shows 30 pupils in all, 26 other and `c` disadvantaged, anyone can
 * subtract 30 − 26 = 4. That recovered number is exactly what primary suppression protected.
 *
 * Input
 * - `cells`: {key, count, value, symbol}. `count` is the number of pupils in the group, `value`
 *   the published figure for it (e.g. % meeting the expected standard), `symbol` a DfE symbol
 *   ('c' confidential, 'x' unavailable, 'z' not applicable, 'low' rounds to 0, 'u' low
 *   reliability) or null. Extra fields on a cell are carried through untouched.
 * - `groups`: disclosure groups, each a total and the parts that add up to it, e.g.
 *   {total: 'S1:all', parts: ['S1:disadvantaged', 'S1:other']} within a school, or
 *   {total: 'Watford:disadvantaged', parts: ['S1:disadvantaged', 'S2:disadvantaged', …]} for a
 *   column of schools adding to a district. A cell may belong to many groups (a 2-D table).
 *
 * Rules, in order
 * 1. Symbols pass through. A cell that arrives with a symbol keeps it and its value becomes null:
 *    a symbol is never turned back into a number. A cell arriving as 'c' is confidential from the
 *    start (its count is hidden too), and is protected by rule 3 like any other.
 * 2. Primary suppression: count ≤ SMALL_COHORT_MAX (5, including 0) → value null, count null,
 *    symbol 'c'. The count itself is disclosive, so it is hidden as well as the value. 'c' wins
 *    over any symbol the cell arrived with ('low' on 3 pupils would say "none of the 3").
 *    A cell with an unknown (null) count cannot be judged and is left as it is.
 * 3. Secondary (complementary) suppression. Arithmetic runs on pupil counts: with the count of a
 *    group and its value, the number of pupils behind the value follows, so a recovered count is
 *    a recovered figure. In a group, a member (the total or a part) is "unknown" to a reader when
 *    its count is not published (null). If exactly one member of a group is unknown and that
 *    member is confidential, it can be recovered (total − other parts, or sum of parts), so one
 *    more member is suppressed: the shown part with the smallest count (least information lost;
 *    ties → the first key in code-unit order, so the result never depends on input order or
 *    locale). Only if no part is left is the total suppressed. If the lone unknown is merely
 *    unavailable ('x' without a count), nothing confidential can be recovered, so nothing is done.
 * 4. Repeat over all groups until a full pass changes nothing: a secondary suppression can make
 *    another group (e.g. the district column) leave a single confidential cell exposed. Each pass
 *    suppresses at least one new cell or stops, so this terminates.
 * Secondary cells look exactly like primary ones ('c', count and value null): a reader must not
 * be able to tell which cell was the small one.
 *
 * Output: new cell objects in input order (the input is never mutated), the keys suppressed by
 * rule 2 (`primary`, input order), by rule 3 (`secondary`, in the order chosen), and `rounds`, the
 * number of passes of rule 3 that suppressed something.
 */
import type { DfeSymbol } from '../../data/schemas/types';
import { SMALL_COHORT_MAX } from '../disclosure';

export interface SuppressionCell {
	key: string;
	/** Pupils in the group. */
	count: number | null;
	value: number | null;
	symbol: DfeSymbol | null;
}

/** `total` = sum of `parts`, by pupil count. */
export interface DisclosureGroup {
	total: string;
	parts: readonly string[];
}

export interface SuppressionResult<T extends SuppressionCell> {
	cells: T[];
	/** Keys suppressed because their own count was ≤ SMALL_COHORT_MAX. */
	primary: string[];
	/** Keys suppressed so that a confidential cell cannot be recovered by subtraction. */
	secondary: string[];
	/** Passes over the groups that suppressed at least one cell. */
	rounds: number;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function suppressSmallNumbers<T extends SuppressionCell>(
	cells: readonly T[],
	groups: readonly DisclosureGroup[] = []
): SuppressionResult<T> {
	const out = new Map<string, T>();
	for (const cell of cells) {
		if (out.has(cell.key)) throw new Error(`suppressSmallNumbers: duplicate key '${cell.key}'`);
		// Rule 1: a symbol stands in place of the value.
		out.set(cell.key, cell.symbol === null ? { ...cell } : { ...cell, value: null });
	}
	for (const g of groups) {
		const members = [g.total, ...g.parts];
		if (g.parts.length === 0)
			throw new Error(`suppressSmallNumbers: group '${g.total}' has no parts`);
		if (new Set(members).size !== members.length) {
			throw new Error(`suppressSmallNumbers: group '${g.total}' repeats a key`);
		}
		for (const k of members) {
			if (!out.has(k)) throw new Error(`suppressSmallNumbers: group refers to unknown key '${k}'`);
		}
	}

	const get = (key: string) => out.get(key) as T;
	const confidential = new Set<string>();
	const hide = (key: string) => {
		out.set(key, { ...get(key), count: null, value: null, symbol: 'c' });
		confidential.add(key);
	};

	// Rules 1 and 2.
	const primary: string[] = [];
	for (const cell of cells) {
		if (cell.count !== null && cell.count <= SMALL_COHORT_MAX) {
			hide(cell.key);
			primary.push(cell.key);
		} else if (cell.symbol === 'c') {
			hide(cell.key);
		}
	}

	// Rules 3 and 4.
	const secondary: string[] = [];
	const shown = (key: string) => get(key).count !== null;
	let rounds = 0;
	for (;;) {
		let changed = false;
		for (const g of groups) {
			const unknown = [g.total, ...g.parts].filter((k) => !shown(k));
			const only = unknown[0];
			if (unknown.length !== 1 || only === undefined || !confidential.has(only)) continue;
			const candidates = g.parts
				.filter(shown)
				.sort((a, b) => (get(a).count as number) - (get(b).count as number) || byKey(a, b));
			const pick = candidates[0] ?? g.total;
			hide(pick);
			secondary.push(pick);
			changed = true;
		}
		if (!changed) break;
		rounds++;
	}

	return { cells: cells.map((c) => get(c.key)), primary, secondary, rounds };
}
