import type { Row } from '../../lib/rows';

/**
 * The schools a council programme covers, as the generated data has them: open and
 * state-funded, in URN order. Datasets with one row per such school (Valuing SEND, A4E licences)
 * measure shares of this list, so a school left out of the council's file still counts, as not
 * (yet) trained or with no licences.
 */
export function openStateFundedSchools(schools: Map<number, Row>): Row[] {
	return [...schools.values()]
		.filter((s) => s.is_open === true && s.is_state_funded === true)
		.sort((a, b) => Number(a.urn) - Number(b.urn));
}
