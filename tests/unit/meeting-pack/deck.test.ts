import { beforeAll, describe, expect, it } from 'vitest';
import { GOVERNOR_ACTIONS, type Slide } from '../../../src/lib/meeting-pack/deck';
import { loadDeckAndPack } from './meeting-pack-data';

describe('the Chairs Briefing deck', () => {
	let slides: Slide[];
	const slide = (id: string) => slides.find((s) => s.id === id)!;

	beforeAll(async () => {
		({ slides } = await loadDeckAndPack());
	});

	it('runs title, two priorities, gap, SEND, A4E, governors', () => {
		expect(slides.map((s) => s.id)).toEqual([
			'title',
			'priority-1',
			'priority-2',
			'gap',
			'send',
			'a4e',
			'governors'
		]);
		for (const s of slides) expect(s.notes.length, s.id).toBeGreaterThan(80);
		expect(slides.filter((s) => s.chart).map((s) => s.id)).toEqual([
			'priority-1',
			'priority-2',
			'gap',
			'send',
			'a4e'
		]);
	});

	it('states the published figures in its messages', () => {
		// 449/489 = 91.8% good or outstanding; Ofsted: England 90% (31 August 2024).
		expect(slide('priority-1').message).toContain('91.8% of schools');
		expect(slide('priority-1').message).toContain('90.0% in England');
		// DfE KS2 2024/25: Herts 64%, England 62%.
		expect(slide('priority-2').message).toContain('64% of Hertfordshire pupils');
		expect(slide('priority-2').message).toContain('in 2024/25, against 62% in England');
		// Gap 69 − 40 = 29 (2024/25) after 67 − 41 = 26 (2023/24). Least-squares slope over
		// 2022–2025 (30, 30, 26, 29) is −0.7 a year, so 29 / 0.7 ≈ 41 years to close.
		expect(slide('gap').message).toBe(
			'At KS2 the gap to other pupils nationally was 29 pp in 2024/25, wider than 26 pp in 2023/24. At the recent trend it would close in about 41 years.'
		);
		// SEN2: 55.2% in 2024, 41.5% in 2023.
		expect(slide('send').message).toBe(
			'55.2% of new EHC plans were issued within 20 weeks in 2024, up from 41.5% in 2023.'
		);
	});

	it('draws the districts with England as a reference line', () => {
		const chart = slide('priority-1').chart;
		expect(chart?.kind).toBe('bars');
		if (chart?.kind !== 'bars') return;
		expect(chart.data).toHaveLength(10);
		expect(chart.reference?.value).toBe(90);
		// Watford: 34 of 38 graded schools.
		expect(chart.data.find((d) => d.label === 'Watford')?.value).toBeCloseTo((100 * 34) / 38, 6);
	});

	it('ends with what governors can do, from the A4E offer', () => {
		expect(slide('governors').bullets).toEqual(GOVERNOR_ACTIONS);
		expect(slide('governors').bullets).toHaveLength(4);
		expect(slide('a4e').illustrative).toBe(true);
	});
});
