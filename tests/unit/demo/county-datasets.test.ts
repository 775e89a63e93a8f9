import { describe, expect, it } from 'vitest';
import { createDemoContext, type DemoContext } from '../../../scripts/extracts/demo/context';
import { generateEhcNeedsAssessments } from '../../../scripts/extracts/demo/ehc-needs-assessments';
import { generateEhcpMonthly } from '../../../scripts/extracts/demo/ehcp-monthly';
import { findKpi } from '../../../src/lib/kpi/catalogue';
import { generateKpiCommentary } from '../../../scripts/extracts/demo/kpi-commentary';
import { generateSldPlacesAwaiting } from '../../../scripts/extracts/demo/sld-places-awaiting';
import { generateSpecialistPlaceProjects } from '../../../scripts/extracts/demo/specialist-place-projects';
import type { Row } from '../../../scripts/extracts/lib/rows';
import { DEMO_SEED } from '../../../scripts/extracts/lib/seeded-random';

/** The real Hertfordshire SEN2 rows (DfE, including exceptions), plus an England row to ignore. */
function sen2(overrides: Record<number, [number, number]> = {}): Row[] {
	const real: Record<number, [number, number]> = {
		2019: [1135, 989], 2020: [1170, 922], 2021: [1482, 1135],
		2022: [1585, 512], 2023: [1363, 566], 2024: [1781, 984]
	}; // prettier-ignore
	const rows: Row[] = Object.entries({ ...real, ...overrides }).map(([year, [issued, within]]) => ({
		calendar_year: Number(year),
		geography_code: 'E10000015',
		basis: 'including_exceptions',
		plans_issued: issued,
		within_20_weeks: within
	}));
	rows.push({ calendar_year: 2024, geography_code: 'E92000001', basis: 'including_exceptions', plans_issued: 60000, within_20_weeks: 27840 }); // prettier-ignore
	return rows;
}

function context(ehcp: Row[] = sen2()): DemoContext {
	return createDemoContext(DEMO_SEED, [], ehcp);
}

const sum = (rows: Row[], column: string) => rows.reduce((a, r) => a + Number(r[column]), 0);
const inYear = (rows: Row[], column: string, year: number) =>
	rows.filter((r) => String(r[column]).startsWith(`${year}-`));

describe('ehcp_monthly', () => {
	const { rows } = generateEhcpMonthly(context());

	it('has every month from January 2023 to September 2026', () => {
		// 12 + 12 + 12 + 9 months.
		expect(rows).toHaveLength(45);
		expect(rows[0]?.month).toBe('2023-01-01');
		expect(rows.at(-1)?.month).toBe('2026-09-01');
		expect(new Set(rows.map((r) => String(r.month).slice(8))).size).toBe(1);
	});

	it('adds up exactly to the real SEN2 totals for 2023 and 2024', () => {
		expect(sum(inYear(rows, 'month', 2023), 'plans_issued')).toBe(1363);
		expect(sum(inYear(rows, 'month', 2023), 'within_20_weeks_including_exceptions')).toBe(566);
		expect(sum(inYear(rows, 'month', 2024), 'plans_issued')).toBe(1781);
		expect(sum(inYear(rows, 'month', 2024), 'within_20_weeks_including_exceptions')).toBe(984);
	});

	it('reads those totals from ehcp_timeliness rather than its own copy', () => {
		const changed = generateEhcpMonthly(context(sen2({ 2023: [1400, 700] }))).rows;
		expect(sum(inYear(changed, 'month', 2023), 'plans_issued')).toBe(1400);
		expect(sum(inYear(changed, 'month', 2023), 'within_20_weeks_including_exceptions')).toBe(700);
	});

	it('matches a later full year too once SEN2 publishes it', () => {
		const with2025 = generateEhcpMonthly(context(sen2({ 2025: [1900, 1200] }))).rows;
		expect(sum(inYear(with2025, 'month', 2025), 'plans_issued')).toBe(1900);
		expect(sum(inYear(with2025, 'month', 2025), 'within_20_weeks_including_exceptions')).toBe(1200);
	});

	it('says which year is missing when SEN2 lacks one it needs', () => {
		const without2024 = sen2().filter(
			(r) => !(r.calendar_year === 2024 && r.geography_code === 'E10000015')
		);
		expect(() => generateEhcpMonthly(context(without2024))).toThrow(/E10000015.*2024/);
	});

	it('keeps exceptions consistent: excluded from both numerator and denominator', () => {
		for (const r of rows) {
			const issued = Number(r.plans_issued);
			const within = Number(r.within_20_weeks_including_exceptions);
			const exceptions = Number(r.exceptions);
			const withinEx = Number(r.within_20_weeks_excluding_exceptions);
			expect(within).toBeLessThanOrEqual(issued);
			expect(withinEx).toBeLessThanOrEqual(within);
			// Plans dropped from the numerator are exception plans that were on time.
			expect(within - withinEx).toBeLessThanOrEqual(exceptions);
			// Exception plans that were late must fit among the late plans.
			expect(exceptions - (within - withinEx)).toBeLessThanOrEqual(issued - within);
			expect(withinEx).toBeLessThanOrEqual(issued - exceptions);
		}
	});

	it('keeps improving after 2024 (55.2% within 20 weeks)', () => {
		const pct = (year: number) => {
			const months = inYear(rows, 'month', year);
			return sum(months, 'within_20_weeks_including_exceptions') / sum(months, 'plans_issued');
		};
		expect(pct(2023)).toBeCloseTo(566 / 1363, 10);
		expect(pct(2025)).toBeGreaterThan(984 / 1781);
		expect(pct(2026)).toBeGreaterThan(pct(2025));
	});

	it('tracks final plans from September 2023 and online reviews from January 2024, as percentages', () => {
		for (const r of rows) {
			expect(r.final_plans_within_12_weeks === null).toBe(String(r.month) < '2023-09-01');
			expect(r.annual_reviews_online === null).toBe(String(r.month) < '2024-01-01');
			for (const v of [r.final_plans_within_12_weeks, r.annual_reviews_online])
				if (v !== null) expect(Number(v) >= 0 && Number(v) <= 100).toBe(true);
		}
	});
});

describe('ehc_needs_assessments', () => {
	const { rows } = generateEhcNeedsAssessments(context());
	const radarShare = (prefix: string) => {
		const month = rows.filter((r) => String(r.completed_on).startsWith(prefix));
		return month.filter((r) => r.includes_valuing_send_radar === true).length / month.length;
	};

	it('completes assessments at Hertfordshire scale from January 2023 to August 2025', () => {
		// Plans issued / 0.88: 1363 → about 1,550 in 2023; 1781 → about 2,020 in 2024.
		expect(inYear(rows, 'completed_on', 2023).length).toBeGreaterThan(1450);
		expect(inYear(rows, 'completed_on', 2023).length).toBeLessThan(1650);
		expect(inYear(rows, 'completed_on', 2024).length).toBeGreaterThan(1900);
		expect(inYear(rows, 'completed_on', 2024).length).toBeLessThan(2150);
		expect(String(rows[0]?.completed_on) >= '2023-01-01').toBe(true);
		expect(String(rows.at(-1)?.completed_on) <= '2025-08-31').toBe(true);
	});

	it('numbers assessments by the year completed, on weekdays', () => {
		for (const r of rows) {
			expect(r.ehcna_id).toMatch(/^EHCNA-\d{4}-\d{5}$/);
			expect(String(r.ehcna_id).slice(6, 10)).toBe(String(r.completed_on).slice(0, 4));
			expect([1, 2, 3, 4, 5]).toContain(new Date(`${r.completed_on}T00:00:00Z`).getUTCDay());
		}
		expect(rows.find((r) => String(r.completed_on).startsWith('2024'))?.ehcna_id).toBe(
			'EHCNA-2024-00001'
		);
	});

	it('raises the radar share from about 5% to just over the 25% target in April 2024', () => {
		expect(radarShare('2023-01')).toBeLessThan(0.07);
		expect(radarShare('2024-04')).toBeGreaterThanOrEqual(0.25);
		expect(radarShare('2024-04')).toBeLessThan(0.3);
		expect(radarShare('2025-08')).toBeGreaterThan(radarShare('2024-04'));
	});

	it('spreads children across the 10 districts and the four phases', () => {
		// With no schools to weight by, districts are equally likely.
		expect(new Set(rows.map((r) => r.district)).size).toBe(10);
		expect(new Set(rows.map((r) => r.phase_of_education))).toEqual(
			new Set(['early_years', 'primary', 'secondary', 'post16'])
		);
	});
});

describe('specialist_place_projects', () => {
	const { rows } = generateSpecialistPlaceProjects(context());
	const ofType = (type: string) => rows.filter((r) => r.provision_type === type);

	it('carries every commitment in the SEND improvement plan', () => {
		const sld = ofType('sld_special').map((r) => [r.area, r.places_target]);
		expect(sld).toEqual([['west', 100], ['east', 100], ['north', 100]]); // prettier-ignore
		expect(ofType('rebuild').map((r) => r.places_target)).toEqual([25]);
		const autism = ofType('communication_autism_special').map((r) => [r.phase, r.places_target]);
		expect(autism.sort()).toEqual([['primary', 60], ['secondary', 60]]); // prettier-ignore
		expect(ofType('secondary_srp').map((r) => r.places_target)).toEqual([20, 20, 20, 20]);
		expect(ofType('primary_srp').map((r) => r.places_target)).toEqual(Array(9).fill(12));
		// 300 + 25 + 120 + 80 + 108 = 633, plus the enlargement classes.
		expect(sum(rows, 'places_target') - sum(ofType('enlargement_class'), 'places_target')).toBe(
			633
		);
	});

	it('has at least one enlargement class of 7–10 per sector', () => {
		for (const phase of ['primary', 'secondary']) {
			const classes = ofType('enlargement_class').filter((r) => r.phase === phase);
			expect(classes.length).toBeGreaterThan(0);
			for (const r of classes)
				expect(Number(r.places_target) >= 7 && Number(r.places_target) <= 10).toBe(true);
		}
	});

	it('never delivers more than planned or offers more than delivered', () => {
		for (const r of rows) {
			expect(Number(r.places_planned)).toBeLessThanOrEqual(Number(r.places_target));
			expect(Number(r.places_delivered)).toBeLessThanOrEqual(Number(r.places_planned));
			expect(Number(r.children_offered)).toBeLessThanOrEqual(Number(r.places_delivered));
			expect(Number(r.children_offered)).toBeGreaterThanOrEqual(0);
		}
	});
});

describe('sld_places_awaiting', () => {
	const { rows } = generateSldPlacesAwaiting(context());
	const at = (month: string, area?: string) =>
		sum(
			rows.filter((r) => r.month === month && (!area || r.area === area)),
			'pupils_awaiting'
		);

	it('counts west, east and north every month from January 2023 to September 2026', () => {
		expect(rows).toHaveLength(3 * 45);
		expect(rows.every((r) => Number(r.pupils_awaiting) >= 0)).toBe(true);
	});

	it('falls as SLD places open', () => {
		// West opens 50 places in September 2024 and 50 in September 2025; about 60% go to pupils
		// already waiting, so each opening takes some 30 off the list.
		expect(at('2024-08-01', 'west') - at('2024-09-01', 'west')).toBeGreaterThan(15);
		expect(at('2025-08-01', 'west') - at('2025-09-01', 'west')).toBeGreaterThan(15);
		expect(at('2026-09-01')).toBeLessThan(at('2023-01-01') * 0.8);
	});
});

describe('kpi_commentary', () => {
	const { rows } = generateKpiCommentary(context());
	const kpis = ['good_outstanding_schools_pct', 'ks2_rwm_gap_national_other', 'ks4_att8_gap_national_other', 'ehcp_20_weeks_excluding_exceptions_pct', 'valuing_send_training_pct', 'valuing_send_readiness_pct', 'ehcna_valuing_send_radar_pct', 'sld_places_west', 'a4e_schools_with_licence_pct']; // prettier-ignore

	it('names KPIs by their catalogue ids, so the JAPR pack can put each note beside its row', () => {
		for (const r of rows) expect(findKpi(String(r.kpi_id)), String(r.kpi_id)).toBeDefined();
	});

	it('comments on each contract KPI within 2021/22–2025/26', () => {
		expect(new Set(rows.map((r) => r.kpi_id))).toEqual(new Set(kpis));
		const years = ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26'];
		expect(rows.every((r) => years.includes(String(r.academic_year)))).toBe(true);
	});

	it('is one to three plain sentences that say they are illustrative, by a role not a person', () => {
		for (const r of rows) {
			const sentences = String(r.commentary)
				.split(/[.!?](?:\s|$)/)
				.filter((s) => s.trim());
			expect(sentences.length).toBeGreaterThanOrEqual(1);
			expect(sentences.length).toBeLessThanOrEqual(3);
			expect(String(r.commentary)).toMatch(/illustrative/i);
			expect(String(r.author)).toMatch(/\(illustrative\)$/);
		}
	});

	it('is written in the autumn after the year ends', () => {
		for (const r of rows) {
			const endYear = Number(String(r.academic_year).slice(0, 4)) + 1;
			expect(
				String(r.written_on) >= `${endYear}-09-01` && String(r.written_on) <= `${endYear}-12-31`
			).toBe(true);
		}
	});
});
