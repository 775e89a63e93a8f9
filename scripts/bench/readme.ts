import { existsSync, readFileSync } from 'node:fs';
import type { BenchResults } from './results';
import { figuresTable, filterPagesTable, goalsTable, machineLine } from './report';

export const START =
	'<!-- bench:figures:start (written by npm run bench; edit outside these markers) -->';
export const END = '<!-- bench:figures:end -->';

/** The generated part of bench/README.md: machine, date, figures, per-page latencies, goals. */
export function figuresSection(results: BenchResults): string {
	return [
		START,
		'',
		`**Machine and date.** ${machineLine(results)}`,
		'',
		figuresTable(results),
		'',
		'Filter changes per page (ms from the change to every chart on the page updated and painted):',
		'',
		filterPagesTable(results),
		'',
		'Goals:',
		'',
		goalsTable(results),
		'',
		END
	].join('\n');
}

/**
 * bench/README.md with its figures section replaced. The explanations around it are written by
 * hand and kept as they are; a README without markers gets the section appended.
 */
export function updateReadme(existing: string, results: BenchResults): string {
	const section = figuresSection(results);
	const start = existing.indexOf(START);
	const end = existing.indexOf(END);
	if (start === -1 || end === -1) return `${existing.trimEnd()}\n\n${section}\n`;
	return existing.slice(0, start) + section + existing.slice(end + END.length);
}

export function renderReadme(results: BenchResults, path = 'bench/README.md'): string {
	const existing = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark\n';
	return updateReadme(existing, results);
}
