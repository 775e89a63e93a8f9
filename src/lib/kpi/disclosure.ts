/**
 * Disclosure control for children's data. Any school-level figure for a pupil group of this many
 * pupils or fewer is shown as the DfE symbol `c` (confidential), never as a number.
 */
export const SMALL_COHORT_MAX = 5;

export function isSmallCohort(cohort: number | null | undefined): boolean {
	return cohort !== null && cohort !== undefined && cohort <= SMALL_COHORT_MAX;
}
