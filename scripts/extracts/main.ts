/**
 * `npm run extracts`: reads the raw inputs under data/raw, validates them, imports the council's
 * own files from data/raw/council (docs/data/README.md), generates illustrative data for the
 * datasets the council has not supplied, and publishes Parquet extracts with a manifest to
 * static/data/extracts (where the site serves them). Options:
 *   --raw DIR    inputs (default data/raw)
 *   --out DIR    published extracts (default static/data/extracts)
 *   --seed N     seed for the illustrative datasets (default the fixed demo seed)
 */
import { parseArgs } from 'node:util';
import { InputError } from './lib/problems';
import { DEMO_SEED } from './lib/seeded-random';
import { runPipeline } from './pipeline';

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			raw: { type: 'string', default: 'data/raw' },
			out: { type: 'string', default: 'static/data/extracts' },
			seed: { type: 'string', default: String(DEMO_SEED) }
		}
	});
	const seed = Number(values.seed);
	if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.seed}`);
	const manifest = await runPipeline({ rawDir: values.raw, outDir: values.out, seed });
	for (const d of manifest.datasets)
		console.log(
			`${d.dataset.padEnd(28)} ${String(d.rows).padStart(7)} rows  as at ${d.as_at}  ${d.sha256.slice(0, 12)}${d.illustrative ? '  (illustrative)' : ''}`
		);
	console.log(`Published ${manifest.datasets.length} extracts to ${values.out}`);
}

main().catch((error: unknown) => {
	if (error instanceof InputError) console.error(error.message);
	else console.error(error);
	process.exitCode = 1;
});
