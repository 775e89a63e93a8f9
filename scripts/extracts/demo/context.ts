import type { BuiltDataset, Row } from '../lib/rows';
import { SeededRandom } from '../lib/seeded-random';

/**
 * What an illustrative-data generator gets: the real, already-imported public datasets (so that
 * generated figures are consistent with them) and a seeded random stream of its own.
 */
export interface DemoContext {
	/** The seed every stream derives from; recorded in each dataset's source line. */
	seed: number;
	/** Rows of the real `schools` extract (see src/lib/data/schemas/public.ts). */
	schools: Row[];
	/** Rows of the real `ehcp_timeliness` extract. */
	ehcpTimeliness: Row[];
	/** A deterministic random stream for the named dataset. */
	random(datasetName: string): SeededRandom;
}

export type DemoGenerator = (ctx: DemoContext) => BuiltDataset;

export function createDemoContext(
	seed: number,
	schools: Row[],
	ehcpTimeliness: Row[]
): DemoContext {
	return { seed, schools, ehcpTimeliness, random: (name) => new SeededRandom(seed, name) };
}
