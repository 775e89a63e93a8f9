import { describe, expect, it } from 'vitest';
import { createDemoContext } from '../../../scripts/extracts/demo/context';
import { demoGenerators } from '../../../scripts/extracts/demo/index';
import { illustrativeSource } from '../../../scripts/extracts/demo/sampling';
import type { Row } from '../../../scripts/extracts/lib/rows';
import { DEMO_SEED } from '../../../scripts/extracts/lib/seeded-random';
import { illustrativeSchemas } from '../../../src/lib/data/schemas/illustrative';

/** Hertfordshire SEN2 totals for the years the EHCP generators are scaled to. */
const SEN2: Row[] = [
	[2023, 1363, 566],
	[2024, 1781, 984]
].map(([year, issued, within]) => ({
	calendar_year: year ?? 0,
	geography_code: 'E10000015',
	basis: 'including_exceptions',
	plans_issued: issued ?? 0,
	within_20_weeks: within ?? 0
}));

const SCHOOLS: Row[] = [
	{ urn: 100001, phase: 'primary', district: 'Watford', governance: 'maintained', is_open: true, is_state_funded: true, age_low: 3, age_high: 11, pupils: 420, ofsted_grade: 3, ofsted_inspected_on: '2022-03-01' },
	{ urn: 100002, phase: 'secondary', district: 'Dacorum', governance: 'academy', is_open: true, is_state_funded: true, age_low: 11, age_high: 18, pupils: 1150, ofsted_grade: 2, ofsted_inspected_on: '2019-06-01' }
]; // prettier-ignore

describe('illustrativeSource', () => {
	it('names the seed and says it is not council data', () => {
		expect(illustrativeSource(7)).toBe(
			'Illustrative: generated for the demo from seed 7; not council data'
		);
	});

	it('appends a note after a full stop', () => {
		expect(illustrativeSource(7, 'Scaled to SEN2')).toBe(
			'Illustrative: generated for the demo from seed 7; not council data. Scaled to SEN2'
		);
	});
});

describe('every illustrative dataset records the seed it was generated from', () => {
	const withSeed = (seed: number) =>
		demoGenerators.map((generate) => generate(createDemoContext(seed, SCHOOLS, SEN2)));

	it('covers every illustrative schema', () => {
		expect(withSeed(7).map((d) => d.schema.name)).toEqual(illustrativeSchemas.map((s) => s.name));
	});

	it.each(withSeed(7).map((d) => [d.schema.name, d.source] as const))(
		'%s names seed 7, not the default seed',
		(_name, source) => {
			expect(source).toContain('seed 7;');
			expect(source).not.toContain(String(DEMO_SEED));
		}
	);

	it('changes only the seed in the source line', () => {
		const sources = (seed: number) => withSeed(seed).map((d) => d.source);
		expect(sources(7).map((s) => s.replace('seed 7;', `seed ${DEMO_SEED};`))).toEqual(
			sources(DEMO_SEED)
		);
	});
});
