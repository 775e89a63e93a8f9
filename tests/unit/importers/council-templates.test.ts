import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../scripts/extracts/build-datasets';
import { COUNCIL_INPUTS } from '../../../scripts/extracts/importers/council/index';
import { formatProblem, ProblemLog } from '../../../scripts/extracts/lib/problems';
import type { BuiltDataset } from '../../../scripts/extracts/lib/rows';
import { DEMO_SEED } from '../../../scripts/extracts/lib/seeded-random';
import { validateRows } from '../../../scripts/extracts/lib/validate-rows';
import { runPipeline } from '../../../scripts/extracts/pipeline';
import type { Manifest } from '../../../src/lib/data/manifest';
import { copyOfRawData, PUBLISHED } from '../pipeline/temp-copies';

const TEMPLATES = 'data/templates';

/** data/raw plus the given council files (copied in under data/raw/council). */
function rawWithCouncilFiles(files: { from: string; as: string }[]): string {
	const raw = copyOfRawData();
	mkdirSync(join(raw, 'council'), { recursive: true });
	for (const f of files) copyFileSync(f.from, join(raw, 'council', f.as));
	return raw;
}

async function build(raw: string): Promise<{ datasets: BuiltDataset[]; problems: string[] }> {
	const log = new ProblemLog();
	const datasets = await buildDatasets(raw, DEMO_SEED, log).catch(() => []);
	return { datasets, problems: log.problems.map(formatProblem) };
}

describe.each(COUNCIL_INPUTS.map((input) => [input.schema.name, input] as const))(
	'council template %s',
	(name, input) => {
		const imported: Record<string, BuiltDataset | undefined> = {};

		it.each(['csv', 'xlsx'])(
			'the .%s template example imports cleanly into rows that satisfy the schema',
			async (ext) => {
				const file = `${name}.${ext}`;
				const raw = rawWithCouncilFiles([{ from: join(TEMPLATES, file), as: file }]);
				const { datasets, problems } = await build(raw);
				expect(problems).toEqual([]);
				const dataset = datasets.find((d) => d.schema.name === name);
				expect(dataset?.illustrative).toBe(false);
				expect(dataset?.source).toContain(`council/${file}`);
				expect(dataset?.title).not.toMatch(/illustrative/);
				expect(dataset?.asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(dataset?.rows.length).toBeGreaterThan(0);
				expect(validateRows(input.schema, dataset?.rows ?? [])).toEqual([]);
				imported[ext] = dataset;
			}
		);

		it('gives the same rows and as-at date from the CSV and the Excel template', () => {
			expect(imported.xlsx?.rows).toEqual(imported.csv?.rows);
			expect(imported.xlsx?.asAt).toEqual(imported.csv?.asAt);
		});

		it('documents every template column in its docs page', () => {
			const page = readFileSync(`docs/data/${name.replace(/_/g, '-')}.md`, 'utf8');
			for (const field of input.fields) expect(page).toContain(`\`${field.name}\``);
		});
	}
);

describe('publishing with every council template in place', () => {
	it('marks those extracts not illustrative, with the file as source, and changes no other extract', async () => {
		const raw = rawWithCouncilFiles(
			COUNCIL_INPUTS.map((i) => ({
				from: join(TEMPLATES, `${i.schema.name}.csv`),
				as: `${i.schema.name}.csv`
			}))
		);
		const out = join(mkdtempSync(join(tmpdir(), 'council-out-')), 'extracts');
		const manifest = await runPipeline({ rawDir: raw, outDir: out, seed: DEMO_SEED });
		const committed = JSON.parse(
			readFileSync(join(PUBLISHED, 'manifest.json'), 'utf8')
		) as Manifest;
		const council = new Set(COUNCIL_INPUTS.map((i) => i.schema.name));
		expect(manifest.datasets.map((d) => d.dataset)).toEqual(
			committed.datasets.map((d) => d.dataset)
		);
		for (const d of manifest.datasets) {
			const before = committed.datasets.find((c) => c.dataset === d.dataset);
			if (council.has(d.dataset)) {
				expect(d.illustrative).toBe(false);
				expect(d.source).toBe(`Hertfordshire County Council: council/${d.dataset}.csv`);
			} else expect(d.sha256).toBe(before?.sha256);
		}
	});
});
