import type { Manifest } from '../../src/lib/data/manifest';
import { buildDatasets } from './build-datasets';
import { ProblemLog } from './lib/problems';
import { publishExtracts, recoverInterruptedSwap } from './lib/publish';

export interface PipelineOptions {
	/** The inputs (data/raw). */
	rawDir: string;
	/** The published extracts (static/data/extracts). */
	outDir: string;
	/** Seed for the illustrative datasets. */
	seed: number;
}

/**
 * The whole pipeline, as `npm run extracts` runs it and as the tests run it in-process: import
 * and validate every input, then publish atomically. Throws InputError listing every problem;
 * in that case nothing in `outDir` has changed.
 */
export async function runPipeline(options: PipelineOptions): Promise<Manifest> {
	// First of all, so that even a run that stops on bad input leaves the last good set in place.
	recoverInterruptedSwap(options.outDir);
	const log = new ProblemLog();
	const datasets = await buildDatasets(options.rawDir, options.seed, log);
	log.throwIfAny();
	return publishExtracts(datasets, options.outDir, options.seed);
}
