import type { InputProblem } from '../lib/problems';
import type { BuiltDataset } from '../lib/rows';
import { validateRows } from '../lib/validate-rows';
import { disclosureProblems } from './disclosure';
import { referenceProblems } from './references';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Everything checked on the built extracts before any file is written: each against its schema
 * (types, NULLs, unique key), its as-at date, disclosure control and references between extracts.
 * Returns every problem, so one run shows them all.
 */
export function publishedSetProblems(datasets: BuiltDataset[]): InputProblem[] {
	const problems: InputProblem[] = [];
	for (const d of datasets) {
		problems.push(...validateRows(d.schema, d.rows));
		if (!ISO_DATE.test(d.asAt))
			problems.push({ file: d.schema.name, value: d.asAt, expected: 'an as-at date YYYY-MM-DD' });
		problems.push(...disclosureProblems(d));
		problems.push(...referenceProblems(d, datasets));
	}
	return problems;
}
