import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KPI_CATALOGUE } from '../../../src/lib/kpi/catalogue/index';

/**
 * docs/data quotes the exact error each common mistake gives. Every such line must be one the
 * bad-input corpus proves the pipeline prints, so the docs cannot drift from the code.
 */
const DOCS = 'docs/data';
const CORPUS = 'tests/fixtures/bad';

const proven = new Set(
	readdirSync(CORPUS)
		.filter((name) => statSync(join(CORPUS, name)).isDirectory())
		.flatMap((name) => readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').split('\n'))
		.filter((line) => line !== '')
);

/** Lines inside ``` blocks that look like a problem line (the summary list drops its "  - "). */
function quotedProblems(markdown: string): string[] {
	const blocks = markdown.split('```').filter((_, i) => i % 2 === 1);
	return blocks
		.filter((block) => !block.startsWith('csv'))
		.flatMap((block) => block.split('\n'))
		.map((line) => line.replace(/^ {2}- /, ''))
		.filter((line) => /^\S[^:]*(, row \d+[^:]*)?: (found .*; )?expected /.test(line));
}

describe('docs/data', () => {
	const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

	it.each(pages)('%s quotes only error lines the pipeline is tested to print', (page) => {
		const quoted = quotedProblems(readFileSync(join(DOCS, page), 'utf8'));
		expect(quoted.filter((line) => !proven.has(line))).toEqual([]);
	});

	it('quotes error lines on every input page', () => {
		for (const page of pages.filter((p) => p !== 'README.md'))
			expect(quotedProblems(readFileSync(join(DOCS, page), 'utf8')).length, page).toBeGreaterThan(
				0
			);
	});

	it('lists every KPI id a commentary row may use', () => {
		const page = readFileSync(join(DOCS, 'kpi-commentary.md'), 'utf8');
		for (const kpi of KPI_CATALOGUE) expect(page).toContain(`| \`${kpi.id}\` |`);
	});
});
