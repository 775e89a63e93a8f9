/**
 * `npm run extracts`: reads the raw inputs under data/raw, validates them, imports the council's
 * own files from data/raw/council (docs/data/README.md), generates illustrative data for the
 * datasets the council has not supplied, and publishes Parquet extracts with a manifest to
 * static/data/extracts (where the site serves them). Options:
 *   --raw DIR          inputs (default data/raw)
 *   --out DIR          published extracts (default static/data/extracts; for --scale national,
 *                      .bench/national/static/data/extracts)
 *   --seed N           seed for the illustrative datasets (default the fixed demo seed)
 *   --scale S          county (default: the published demo) or national (a synthetic
 *                      England-sized set for `npm run bench`; never written over the published one)
 *   --schools N        national only: how many schools (default 22000)
 *   --years N          national only: years of school-level attainment (default 10)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest } from '../../src/lib/data/manifest';
import { InputError, ProblemLog } from './lib/problems';
import { publishExtracts } from './lib/publish';
import { DEMO_SEED } from './lib/seeded-random';
import { buildNationalDatasets, NATIONAL_OUT_DIR, NATIONAL_SCALE } from './national/build-national';
import { runPipeline } from './pipeline';

const PUBLISHED_DIR = 'static/data/extracts';

function wholeNumber(name: string, text: string): number {
	const n = Number(text);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`--${name} must be a whole number, not ${text}`);
	return n;
}

/** The synthetic national set: the public inputs scaled up, published to its own folder. */
async function publishNational(
	raw: string,
	out: string,
	seed: number,
	scale: { schools: number; years: number }
): Promise<Manifest> {
	// The published extracts are the demo and are checked byte for byte: synthetic data never goes there.
	if (resolve(out) === resolve(PUBLISHED_DIR))
		throw new Error(
			`The national set must not replace the published extracts in ${PUBLISHED_DIR}.`
		);
	const log = new ProblemLog();
	const datasets = buildNationalDatasets(raw, seed, log, scale);
	log.throwIfAny();
	return publishExtracts(datasets, out, seed);
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			raw: { type: 'string', default: 'data/raw' },
			out: { type: 'string' },
			seed: { type: 'string', default: String(DEMO_SEED) },
			scale: { type: 'string', default: 'county' },
			schools: { type: 'string', default: String(NATIONAL_SCALE.schools) },
			years: { type: 'string', default: String(NATIONAL_SCALE.years) }
		}
	});
	const seed = Number(values.seed);
	if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.seed}`);
	if (values.scale !== 'county' && values.scale !== 'national')
		throw new Error(`--scale must be county or national, not ${values.scale}`);
	const national = values.scale === 'national';
	const out = values.out ?? (national ? NATIONAL_OUT_DIR : PUBLISHED_DIR);
	const manifest = national
		? await publishNational(values.raw, out, seed, {
				schools: wholeNumber('schools', values.schools),
				years: wholeNumber('years', values.years)
			})
		: await runPipeline({ rawDir: values.raw, outDir: out, seed });
	for (const d of manifest.datasets)
		console.log(
			`${d.dataset.padEnd(28)} ${String(d.rows).padStart(7)} rows  as at ${d.as_at}  ${d.sha256.slice(0, 12)}${d.illustrative ? '  (illustrative)' : ''}`
		);
	console.log(`Published ${manifest.datasets.length} extracts to ${out}`);
}

main().catch((error: unknown) => {
	if (error instanceof InputError) console.error(error.message);
	else console.error(error);
	process.exitCode = 1;
});
