import type { ProblemLog } from './lib/problems';
import type { BuiltDataset, Row } from './lib/rows';
import { createDemoContext } from './demo/context';
import { demoGenerators } from './demo/index';
import { COUNCIL_INPUTS } from './importers/council/index';
import { findCouncilFiles } from './importers/council/find-council-files';
import { importCouncilFile } from './importers/council/import-council-file';
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
 * The council's own files (data/raw/council), each replacing a generated dataset. Read after the
 * public data so URNs can be checked against the schools extract; read even when the public data
 * has problems, so one run lists every problem in every file.
 */
async function importCouncilData(
	rawDir: string,
	schools: Row[] | undefined,
	log: ProblemLog
): Promise<Map<string, BuiltDataset>> {
	const files = findCouncilFiles(
		rawDir,
		COUNCIL_INPUTS.map((i) => i.schema.name),
		log
	);
	const byUrn = schools && new Map(schools.map((s) => [Number(s.urn), s]));
	const imported = new Map<string, BuiltDataset>();
	for (const input of COUNCIL_INPUTS) {
		const path = files.get(input.schema.name);
		if (!path) continue;
		const built = await importCouncilFile(input, path, byUrn, log);
		if (built) imported.set(input.schema.name, built);
	}
	return imported;
}

/**
 * Reads every real input, then generates the illustrative datasets the council has not supplied.
 * Problems in the inputs are collected in `log`; the caller decides whether to publish.
 */
export async function buildDatasets(
	rawDir: string,
	seed: number,
	log: ProblemLog
): Promise<BuiltDataset[]> {
	const before = log.problems.length;
	const schools = importSchools(rawDir, log);
	const schoolsOk = log.problems.length === before;
	const attainment = importAttainment(rawDir, log);
	const ehcp = importEhcpTimeliness(rawDir, log);
	const neighbours = importStatisticalNeighbours(rawDir, log);
	const comparators = importPublishedComparators(rawDir, log);
	const council = await importCouncilData(rawDir, schoolsOk ? schools.rows : undefined, log);
	log.throwIfAny();
	const context = createDemoContext(seed, schools.rows, ehcp.rows);
	// Every generator runs (each has its own random stream, so skipping one would change nothing
	// else), and a council file, where there is one, takes its dataset's place in the same order.
	const illustrative = demoGenerators
		.map((generate) => generate(context))
		.map((generated) => council.get(generated.schema.name) ?? generated);
	return [schools, attainment, ehcp, neighbours, comparators, ...illustrative];
}
