import { SMALL_COHORT_MAX, isSmallCohort } from '../../../src/lib/kpi/disclosure';
import type { InputProblem } from '../lib/problems';
import type { BuiltDataset } from '../lib/rows';

/**
 * The last gate before publishing: no school-level figure for a pupil group of SMALL_COHORT_MAX
 * pupils or fewer may leave unsuppressed, whatever produced it. The importers already suppress
 * such figures; this check means a future importer (or a bug in one) cannot publish one by
 * mistake. Applies to every extract whose schema declares `disclosure`.
 */
export function disclosureProblems(dataset: BuiltDataset): InputProblem[] {
	const rule = dataset.schema.disclosure;
	if (!rule) return [];
	const problems: InputProblem[] = [];
	dataset.rows.forEach((row, index) => {
		const school = row[rule.schoolColumn];
		if (school === null || school === undefined) return;
		const cohort = row[rule.cohortColumn];
		if (typeof cohort !== 'number' || !isSmallCohort(cohort)) return;
		// With no value nothing is disclosed, whichever symbol says why (c, or x for not available).
		const value = row[rule.valueColumn];
		if (value === null || value === undefined) return;
		const what = ['key_stage', 'measure', 'academic_year', 'pupil_group']
			.map((c) => row[c])
			.filter((v) => v !== undefined && v !== null)
			.join(' ');
		problems.push({
			file: `${dataset.schema.name} (built extract)`,
			row: index + 1,
			column: rule.valueColumn,
			value: String(value),
			expected: `no figure for URN ${String(school)}${what ? ` (${what})` : ''}: its ${rule.cohortColumn} is ${cohort}, ${SMALL_COHORT_MAX} or fewer pupils, so it must be published suppressed (${rule.valueColumn} empty, ${rule.symbolColumn} c)`
		});
	});
	return problems;
}
