import { describe, expect, it } from 'vitest';
import { END, START, updateReadme } from '../../../scripts/bench/readme';
import type { BenchResults } from '../../../scripts/bench/results';

const RESULTS: BenchResults = {
	date: '2026-11-23',
	machine: {
		cpu: 'Test CPU',
		cores: 2,
		memoryGiB: 24,
		os: 'Linux 6',
		node: 'v20.20.2',
		chromium: 'Chromium 156'
	},
	settings: { runs: 1, changesPerPage: 1, seed: 1 },
	scales: {},
	goals: []
};

describe('updateReadme', () => {
	it('replaces only what lies between the markers', () => {
		const before = `# Bench\n\nHand-written.\n\n${START}\nold figures\n${END}\n\nMore prose.\n`;
		const after = updateReadme(before, RESULTS);
		expect(after.startsWith('# Bench\n\nHand-written.\n\n')).toBe(true);
		expect(after.endsWith(`${END}\n\nMore prose.\n`)).toBe(true);
		expect(after).not.toContain('old figures');
		expect(after).toContain('Test CPU, 2 cores, 24 GiB');
		expect(after).toContain('Measured 2026-11-23');
	});

	it('appends the section to a README without markers', () => {
		const after = updateReadme('# Bench\n', RESULTS);
		expect(after.indexOf(START)).toBeGreaterThan(0);
		expect(after.trimEnd().endsWith(END)).toBe(true);
	});
});
