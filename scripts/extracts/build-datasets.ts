import type { ProblemLog } from './lib/problems';
import type { BuiltDataset } from './lib/rows';
import { createDemoContext } from './demo/context';
import { demoGenerators } from './demo/index';
import { importAttainment } from './importers/performance-tables';
import { importEhcpTimeliness } from './importers/ehcp-timeliness';
import { importPublishedComparators } from './importers/published-comparators';
import { importSchools } from './importers/schools';
import { importStatisticalNeighbours } from './importers/statistical-neighbours';

/**
 * Reads every real input, then generates the illustrative datasets from them. Problems in the
 * inputs are collected in `log`; the caller decides whether to publish.
 */
export function buildDatasets(rawDir: string, seed: number, log: ProblemLog): BuiltDataset[] {
	const schools = importSchools(rawDir, log);
	const attainment = importAttainment(rawDir, log);
	const ehcp = importEhcpTimeliness(rawDir, log);
	const neighbours = importStatisticalNeighbours(rawDir, log);
	const comparators = importPublishedComparators(rawDir, log);
	log.throwIfAny();
	const context = createDemoContext(seed, schools.rows, ehcp.rows);
	const illustrative = demoGenerators.map((generate) => generate(context));
	return [schools, attainment, ehcp, neighbours, comparators, ...illustrative];
}
