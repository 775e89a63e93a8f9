import type { DemoGenerator } from './context';
import { generateA4eLicences } from './a4e-licences';
import { generateA4eProgrammePlaces } from './a4e-programme-places';
import { generateEhcNeedsAssessments } from './ehc-needs-assessments';
import { generateEhcpMonthly } from './ehcp-monthly';
import { generateKpiCommentary } from './kpi-commentary';
import { generateOfstedReportCards } from './ofsted-report-cards';
import { generateRaygRatings } from './rayg-ratings';
import { generateSchoolsCausingConcern } from './schools-causing-concern';
import { generateSldPlacesAwaiting } from './sld-places-awaiting';
import { generateSpecialistPlaceProjects } from './specialist-place-projects';
import { generateValuingSendSchools } from './valuing-send-schools';

/**
 * The illustrative datasets, in the order of illustrativeSchemas. Each draws from its own seeded
 * stream, so the order does not change any numbers; it only fixes the manifest order.
 */
export const demoGenerators: DemoGenerator[] = [
	generateRaygRatings,
	generateValuingSendSchools,
	generateEhcNeedsAssessments,
	generateEhcpMonthly,
	generateSpecialistPlaceProjects,
	generateSldPlacesAwaiting,
	generateA4eLicences,
	generateA4eProgrammePlaces,
	generateSchoolsCausingConcern,
	generateOfstedReportCards,
	generateKpiCommentary
];
