import { a4eLicencesInput } from './a4e-licences';
import { a4eProgrammePlacesInput } from './a4e-programme-places';
import { ehcNeedsAssessmentsInput } from './ehc-needs-assessments';
import { ehcpMonthlyInput } from './ehcp-monthly';
import { kpiCommentaryInput } from './kpi-commentary';
import { raygRatingsInput } from './rayg-ratings';
import { specialistPlaceProjectsInput } from './specialist-place-projects';
import type { CouncilInput } from './types';
import { valuingSendSchoolsInput } from './valuing-send-schools';

/**
 * The council's own data that can replace a generated dataset. A file named after the dataset in
 * data/raw/council (see find-council-files.ts) is imported instead of generating the data.
 */
export const COUNCIL_INPUTS: CouncilInput[] = [
	raygRatingsInput,
	valuingSendSchoolsInput,
	ehcNeedsAssessmentsInput,
	ehcpMonthlyInput,
	specialistPlaceProjectsInput,
	a4eLicencesInput,
	a4eProgrammePlacesInput,
	kpiCommentaryInput
];
