import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, InputError } from '../../../scripts/extracts/lib/problems';
import { DEMO_SEED } from '../../../scripts/extracts/lib/seeded-random';
import { runPipeline } from '../../../scripts/extracts/pipeline';
import { copyOfPublished, RAW, snapshot } from './temp-copies';

/**
 * The bad-input corpus (tests/fixtures/bad, see its README): each fixture is a folder with the
 * files to add to (or replace in) a copy of data/raw under raw/, the exact problem lines the
 * pipeline must print in expected.txt, and what the fixture is in about.txt.
 */
const CORPUS = 'tests/fixtures/bad';
const fixtures = readdirSync(CORPUS)
	.filter((name) => statSync(join(CORPUS, name)).isDirectory())
	.sort();
const about = (name: string) => readFileSync(join(CORPUS, name, 'about.txt'), 'utf8').trim();
const expectedLines = (name: string) =>
	readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8')
		.split('\n')
		.filter((line) => line !== '');

describe('bad inputs', () => {
	it('has a corpus of at least 25 fixtures, each with its raw files, expected lines and description', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(25);
		for (const name of fixtures) {
			expect(existsSync(join(CORPUS, name, 'raw')), name).toBe(true);
			expect(expectedLines(name).length, name).toBeGreaterThan(0);
			expect(about(name).length, name).toBeGreaterThan(10);
		}
	});

	it.each(fixtures.map((name) => [name, about(name)]))(
		'%s (%s): fails with exactly the expected problems and leaves the published extracts untouched',
		async (name) => {
			const work = mkdtempSync(join(tmpdir(), `bad-${name}-`));
			const raw = join(work, 'raw');
			cpSync(RAW, raw, { recursive: true });
			cpSync(join(CORPUS, name, 'raw'), raw, { recursive: true });
			const out = copyOfPublished(work);
			const before = snapshot(out);

			const error = await runPipeline({ rawDir: raw, outDir: out, seed: DEMO_SEED }).then(
				() => undefined,
				(e: unknown) => e
			);

			expect(error).toBeInstanceOf(InputError);
			expect((error as InputError).problems.map(formatProblem)).toEqual(expectedLines(name));
			expect(snapshot(out)).toEqual(before);
			// No staging or previous-set folder is left beside the published one.
			expect(readdirSync(work).sort()).toEqual(['extracts', 'raw']);
		}
	);
});
