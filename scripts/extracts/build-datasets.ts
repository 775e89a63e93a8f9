import type { ProblemLog } from './lib/problems';
import type { BuiltDataset } from './lib/rows';
import { createDemoContext } from './demo/context';
import { demoGenerators } from './demo/index';
import { importAttainment } from './importers/performance-tables';
import { importEhcpTimeliness } from './importers/ehcp-timeliness';
import { importPublishedComparators } from './importers/published-comparators';
import { importSchools } from './importers/schools';
import { importStatisticalNeighbours } from './importers/statistical-neighbours';

/** The five datasets read from real public files, by name, in manifest order. */
export interface PublicDatasets {
	schools: BuiltDataset;
	attainment: BuiltDataset;
	ehcpTimeliness: BuiltDataset;
	neighbours: BuiltDataset;
	comparators: BuiltDataset;
}

/** Reads every real input. Problems are collected in `log` and thrown together. */
export function importPublicDatasets(rawDir: string, log: ProblemLog): PublicDatasets {
	const datasets = {
		schools: importSchools(rawDir, log),
		attainment: importAttainment(rawDir, log),
		ehcpTimeliness: importEhcpTimeliness(rawDir, log),
		neighbours: importStatisticalNeighbours(rawDir, log),
		comparators: importPublishedComparators(rawDir, log)
	};
	log.throwIfAny();
	return datasets;
}

/** The illustrative council datasets, generated from a school list and the SEN2 figures. */
export function generateIllustrativeDatasets(
	seed: number,
	schools: BuiltDataset,
	ehcpTimeliness: BuiltDataset
): BuiltDataset[] {
	const context = createDemoContext(seed, schools.rows, ehcpTimeliness.rows);
	return demoGenerators.map((generate) => generate(context));
}

/** Every public dataset followed by the illustrative ones: the manifest's order. */
export function inManifestOrder(p: PublicDatasets, illustrative: BuiltDataset[]): BuiltDataset[] {
	return [p.schools, p.attainment, p.ehcpTimeliness, p.neighbours, p.comparators, ...illustrative];
}

/**
 * Reads every real input, then generates the illustrative datasets from them. Problems in the
 * inputs are collected in `log`; the caller decides whether to publish.
 */
export function buildDatasets(rawDir: string, seed: number, log: ProblemLog): BuiltDataset[] {
	const real = importPublicDatasets(rawDir, log);
	return inManifestOrder(
		real,
		generateIllustrativeDatasets(seed, real.schools, real.ehcpTimeliness)
	);
}
