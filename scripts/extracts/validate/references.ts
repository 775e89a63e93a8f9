import type { InputProblem } from '../lib/problems';
import type { BuiltDataset } from '../lib/rows';

/**
 * Referential integrity across the extracts being published together: every value in a
 * referencing column (e.g. `urn`) must be a row of the named extract (e.g. `schools`), so no page
 * ever shows a school it cannot name. Only checked when that extract is in the set.
 */
export function referenceProblems(dataset: BuiltDataset, all: BuiltDataset[]): InputProblem[] {
	const problems: InputProblem[] = [];
	for (const ref of dataset.schema.references ?? []) {
		const target = all.find((d) => d.schema.name === ref.dataset);
		if (!target) continue;
		const known = new Set(target.rows.map((r) => r[ref.datasetColumn]));
		dataset.rows.forEach((row, index) => {
			const value = row[ref.column];
			if (value === null || value === undefined || known.has(value)) return;
			problems.push({
				file: `${dataset.schema.name} (built extract)`,
				row: index + 1,
				column: ref.column,
				value: String(value),
				expected: `a ${ref.datasetColumn} in the ${ref.dataset} extract`
			});
		});
	}
	return problems;
}
