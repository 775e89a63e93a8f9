/**
 * Statistical-neighbour mean.
 *
 * Why: JAPR papers compare Herts with its ten DfE statistical neighbours (May 2025 list in
 * PRODUCT.md). Not every neighbour publishes every measure every year (suppression, late returns),
 * so PRODUCT.md defines the neighbour value as the simple (unweighted) mean of the neighbours that
 * have data, and the count used must be shown beside it so a mean of 6 is not read as a mean of 10.
 *
 * How: drop neighbours whose value is null or not a finite number, average the rest. No weighting
 * by pupil numbers: DfE's LAIT neighbour average is a simple mean of LA figures, and so is this.
 */

export interface NeighbourValue {
	/** The neighbour LA's name (e.g. 'Oxfordshire'). */
	name: string;
	value: number | null;
}

export interface NeighbourMean {
	/** Unrounded mean of the neighbours with a value; null when none has one. */
	mean: number | null;
	/** How many neighbours the mean used. */
	used: number;
	/** How many neighbours had no value. */
	missing: number;
	/** Which neighbours had no value, in input order (for a footnote). */
	missingNames: string[];
}

export function neighbourMean(neighbours: readonly NeighbourValue[]): NeighbourMean {
	const present: number[] = [];
	const missingNames: string[] = [];
	for (const n of neighbours) {
		if (n.value !== null && Number.isFinite(n.value)) present.push(n.value);
		else missingNames.push(n.name);
	}
	return {
		mean: present.length === 0 ? null : present.reduce((s, v) => s + v, 0) / present.length,
		used: present.length,
		missing: missingNames.length,
		missingNames
	};
}
