import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attainmentGapQuery, type AttainmentGapRow } from '../../../src/lib/data/sql/attainment-gap';
import { ehcpTimelinessQuery, type EhcpTimelinessRow } from '../../../src/lib/data/sql/ehcp-timeliness';
import { ENGINES, type TestEngine } from '../../helpers/engines';
import { readPublishedFigures } from '../../helpers/published-figures';

/**
 * Every KS2 RWM and KS4 Attainment 8 figure for Hertfordshire and England in the published
 * figures file, and Hertfordshire's EHCP 20-week series, reproduced from the real extracts by the
 * same SQL the browser runs, in both engines.
 */
const figures = readPublishedFigures();

const GROUP_COLUMN: Record<string, 'disadvantaged' | 'other' | 'all'> = {
	disadvantaged: 'disadvantaged',
	'not disadvantaged': 'other',
	'all pupils': 'all'
};

function attainmentCases(prefix: string) {
	return figures
		.filter((f) => f.kpi.startsWith(prefix))
		.map((f) => {
			const group = GROUP_COLUMN[f.kpi.slice(prefix.length)];
			const place = f.geography.startsWith('Hertfordshire') ? 'herts' : 'national';
			if (!group) throw new Error(`Unrecognised published figure: ${f.kpi}`);
			return {
				label: `${f.kpi} | ${f.geography} | ${f.period}`,
				year: f.period,
				column: `${place}_${group}` as keyof AttainmentGapRow,
				expected: Number(f.value.replace('%', ''))
			};
		});
}

const ks2Cases = attainmentCases('KS2 RWM expected standard: ');
const ks4Cases = attainmentCases('KS4 Attainment 8: ');
const ehcpCases = figures
	.filter((f) => f.kpi === 'New EHCPs issued within 20 weeks (incl. exceptions)' && f.geography === 'Hertfordshire')
	.map((f) => ({ year: Number(f.period.slice(0, 4)), expected: Number(f.value) }));

describe('the fixture itself', () => {
	it('holds the figures this suite is meant to check', () => {
		// 5 KS2 years × 2 places × 3 groups; 6 KS4 years × 2 places × 3 groups; EHCP 2019–2024.
		expect(ks2Cases).toHaveLength(30);
		expect(ks4Cases).toHaveLength(36);
		expect(ehcpCases.map((c) => c.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
	});
});

describe.each(ENGINES)('published figures reproduced in $name', ({ open }) => {
	let engine: TestEngine;
	let ks2: AttainmentGapRow[];
	let ks4: AttainmentGapRow[];
	let ehcp: EhcpTimelinessRow[];

	beforeAll(async () => {
		engine = await open();
		ks2 = await engine.query<AttainmentGapRow>(attainmentGapQuery('KS2'));
		ks4 = await engine.query<AttainmentGapRow>(attainmentGapQuery('KS4'));
		ehcp = await engine.query<EhcpTimelinessRow>(ehcpTimelinessQuery(2019, 2024));
	});
	afterAll(() => engine.close());

	it.each(ks2Cases)('$label', ({ year, column, expected }) => {
		const row = ks2.find((r) => r.academic_year === year);
		expect(row?.[column]).toBe(expected);
	});

	it.each(ks4Cases)('$label', ({ year, column, expected }) => {
		const row = ks4.find((r) => r.academic_year === year);
		expect(row?.[column]).toBe(expected);
	});

	it.each(ehcpCases)('Hertfordshire new EHC plans within 20 weeks, $year', ({ year, expected }) => {
		const row = ehcp.find((r) => r.calendar_year === year);
		expect(row?.herts_including_exceptions).toBe(expected);
	});

	it('marks KS4 2019/20 and 2020/21 (centre- and teacher-assessed grades) as not comparable', () => {
		const notComparable = ks4.filter((r) => !r.comparable).map((r) => r.academic_year);
		expect(notComparable).toEqual(['2019/20', '2020/21']);
	});
});
