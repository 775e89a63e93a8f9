import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/lib/data/manifest';
import { KPI_CATALOGUE } from '../../../src/lib/kpi/catalogue';
import {
	acceptsFilters,
	type KpiSeriesRow,
	type SeriesContext
} from '../../../src/lib/kpi/definition';
import type { KpiFilter } from '../../../src/lib/kpi/filter';
import { ENGINES, type TestEngine } from '../../helpers/engines';
import { readPublishedFigures } from '../../helpers/published-figures';

const manifest = JSON.parse(readFileSync('static/data/extracts/manifest.json', 'utf8')) as Manifest;
const context: SeriesContext = {
	asAt: Object.fromEntries(manifest.datasets.map((d) => [d.dataset, d.as_at]))
};
const SLICE: KpiFilter = { districts: ['Dacorum', 'Watford'], phases: ['primary'] };

/**
 * The KPIs PRODUCT.md names, listed by hand from its catalogue so that a KPI cannot go missing
 * from the code without this test noticing.
 */
const REQUIRED_KPIS = [
	// Contract priority 1
	'good_outstanding_schools_pct',
	'good_outstanding_schools_count',
	'good_outstanding_pupils_pct',
	'report_cards_all_areas_expected_or_better',
	'rayg_amber_red_schools',
	'schools_causing_concern',
	'schools_causing_concern_over_18_months',
	// Contract priority 2
	'ks2_rwm_gap_national_other',
	'ks2_rwm_gap_in_county',
	'ks2_rwm_disadvantaged',
	'ks2_rwm_all_pupils',
	'ks4_att8_gap_national_other',
	'ks4_att8_gap_in_county',
	'ks4_att8_disadvantaged',
	'ks4_att8_all_pupils',
	// SEND improvement plan
	'valuing_send_training_pct',
	'valuing_send_readiness_pct',
	'ehcna_valuing_send_radar_pct',
	'ehcp_20_weeks_excluding_exceptions_pct',
	'ehcp_20_weeks_including_exceptions_pct',
	'ehcp_20_weeks_monthly_pct',
	'ehcp_final_plans_12_weeks_pct',
	'annual_reviews_online_pct',
	'sld_places_west',
	'sld_places_east',
	'sld_places_north',
	'rebuild_ld_places',
	'enlargement_classes',
	'ca_secondary_places',
	'ca_primary_places',
	'srp_secondary_places',
	'srp_primary_places',
	'sld_pupils_awaiting_place',
	// Aiming for Excellence
	'a4e_schools_with_licence_pct',
	'a4e_schools_meeting_recommendation_pct',
	'a4e_licences',
	'a4e_licence_spend_gbp',
	'a4e_behaviour_leadership_schools',
	'a4e_the_difference_schools',
	'a4e_drawbridge_schools',
	'a4e_pixl_schools',
	'a4e_governor_training_schools'
];

describe('the KPI catalogue', () => {
	it('has every KPI PRODUCT.md names, each once', () => {
		const ids = KPI_CATALOGUE.map((k) => k.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(REQUIRED_KPIS.filter((id) => !ids.includes(id))).toEqual([]);
	});

	it.each(KPI_CATALOGUE.map((k) => [k.id, k] as const))('%s is fully defined', (_id, kpi) => {
		expect(kpi.title.length).toBeGreaterThan(5);
		expect(kpi.description.length).toBeGreaterThan(30);
		expect(kpi.source.document).toBeTruthy();
		expect(kpi.source.where).toBeTruthy();
		expect(kpi.targetNote.length).toBeGreaterThan(10);
		expect(kpi.tolerance).toBeGreaterThan(0);
		expect(kpi.datasets.length).toBeGreaterThan(0);
		for (const dataset of kpi.datasets)
			expect(manifest.datasets.map((d) => d.dataset)).toContain(dataset);
		const illustrative = kpi.datasets.some(
			(d) => manifest.datasets.find((m) => m.dataset === d)?.illustrative
		);
		expect(kpi.illustrative).toBe(illustrative);
		for (const t of kpi.targets)
			if (t.kind === 'level') expect(t.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe.each(ENGINES)('every KPI builder runs on the real extracts in $name', ({ open }) => {
	let engine: TestEngine;
	const results = new Map<string, KpiSeriesRow[]>();
	beforeAll(async () => {
		engine = await open();
		for (const kpi of KPI_CATALOGUE)
			results.set(kpi.id, await engine.query<KpiSeriesRow>(kpi.series({}, context)));
	});
	afterAll(() => engine.close());

	it.each(KPI_CATALOGUE.map((k) => [k.id, k] as const))('%s', async (_id, kpi) => {
		const rows = results.get(kpi.id) ?? [];
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(Object.keys(row)).toEqual([
				'period',
				'period_end',
				'value',
				'numerator',
				'denominator',
				'comparator_value',
				'comparable'
			]);
			expect(row.period_end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(row.value === null || Number.isFinite(row.value)).toBe(true);
			if (kpi.unit === 'percent' && row.value !== null) {
				expect(row.value).toBeGreaterThanOrEqual(0);
				expect(row.value).toBeLessThanOrEqual(100);
			}
		}
		const ends = rows.map((r) => r.period_end);
		expect([...ends].sort()).toEqual(ends);
		if (acceptsFilters(kpi)) {
			const sliced = await engine.query<KpiSeriesRow>(kpi.series(SLICE, context));
			for (const row of sliced) {
				const whole = rows.find((r) => r.period === row.period);
				if (row.denominator !== null && whole?.denominator != null)
					expect(row.denominator).toBeLessThanOrEqual(whole.denominator);
			}
		}
	});
});

describe('the two engines agree on every KPI, whole county and sliced', () => {
	const engines: TestEngine[] = [];
	beforeAll(async () => {
		for (const e of ENGINES) engines.push(await e.open());
	});
	afterAll(() => engines.forEach((e) => e.close()));

	it.each(KPI_CATALOGUE.map((k) => [k.id, k] as const))('%s', async (_id, kpi) => {
		for (const filter of [{}, SLICE]) {
			const [a, b] = await Promise.all(
				engines.map((e) => e.query<KpiSeriesRow>(kpi.series(filter, context)))
			);
			expect(b?.length).toBe(a?.length);
			a?.forEach((row, i) => {
				const other = b?.[i];
				expect(other?.period).toBe(row.period);
				expect(other?.period_end).toBe(row.period_end);
				for (const key of ['value', 'numerator', 'denominator', 'comparator_value'] as const) {
					if (row[key] === null) expect(other?.[key]).toBeNull();
					else expect(other?.[key]).toBeCloseTo(row[key] as number, 9);
				}
			});
		}
	});
});

describe('KPI values against published and hand-counted figures', () => {
	let engine: TestEngine;
	beforeAll(async () => {
		engine = await ENGINES[0]!.open();
	});
	afterAll(() => engine.close());
	const run = (id: string, filter: KpiFilter = {}) => {
		const kpi = KPI_CATALOGUE.find((k) => k.id === id);
		if (!kpi) throw new Error(`no KPI ${id}`);
		return engine.query<KpiSeriesRow>(kpi.series(filter, context));
	};

	const published = readPublishedFigures();
	const figure = (kpi: string, geography: string, period: string) => {
		const f = published.find(
			(p) => p.kpi === kpi && p.geography.startsWith(geography) && p.period === period
		);
		if (!f) throw new Error(`no published figure ${kpi} ${geography} ${period}`);
		return Number(f.value.replace('%', ''));
	};

	it.each(['2018/19', '2021/22', '2022/23', '2023/24', '2024/25'])(
		'KS2 RWM %s: disadvantaged, all pupils and both gaps from the published figures',
		async (year) => {
			const k = 'KS2 RWM expected standard: ';
			const hertsDis = figure(`${k}disadvantaged`, 'Hertfordshire', year);
			const hertsOther = figure(`${k}not disadvantaged`, 'Hertfordshire', year);
			const engOther = figure(`${k}not disadvantaged`, 'England', year);
			const at = async (id: string) => (await run(id)).find((r) => r.period === year);
			expect((await at('ks2_rwm_disadvantaged'))?.value).toBe(hertsDis);
			expect((await at('ks2_rwm_disadvantaged'))?.comparator_value).toBe(engOther);
			expect((await at('ks2_rwm_all_pupils'))?.value).toBe(
				figure(`${k}all pupils`, 'Hertfordshire', year)
			);
			expect((await at('ks2_rwm_all_pupils'))?.comparator_value).toBe(
				figure(`${k}all pupils`, 'England', year)
			);
			expect((await at('ks2_rwm_gap_national_other'))?.value).toBe(engOther - hertsDis);
			expect((await at('ks2_rwm_gap_in_county'))?.value).toBe(hertsOther - hertsDis);
		}
	);

	it.each(['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'])(
		'KS4 Attainment 8 %s from the published figures',
		async (year) => {
			const k = 'KS4 Attainment 8: ';
			const hertsDis = figure(`${k}disadvantaged`, 'Hertfordshire', year);
			const engOther = figure(`${k}not disadvantaged`, 'England', year);
			const gap = (await run('ks4_att8_gap_national_other')).find((r) => r.period === year);
			expect(gap?.value).toBeCloseTo(engOther - hertsDis, 9);
			expect(gap?.comparable).toBe(!['2019/20', '2020/21'].includes(year));
			const all = (await run('ks4_att8_all_pupils')).find((r) => r.period === year);
			expect(all?.value).toBe(figure(`${k}all pupils`, 'Hertfordshire', year));
		}
	);

	it('Herts new EHC plans within 20 weeks, 2019–2024 (SEN2, including exceptions)', async () => {
		const rows = await run('ehcp_20_weeks_including_exceptions_pct');
		expect(rows.map((r) => [r.period, r.value])).toEqual([
			['2019', 87.1],
			['2020', 78.8],
			['2021', 76.6],
			['2022', 32.3],
			['2023', 41.5],
			['2024', 55.2]
		]);
		// England including exceptions is published for 2019 only (58.7%).
		expect(rows.map((r) => r.comparator_value)).toEqual([58.7, null, null, null, null, null]);
	});

	it('% good or outstanding: 449 of 489 (hand count, predecessor rule), England 90%', async () => {
		const [row] = await run('good_outstanding_schools_pct');
		expect([row?.numerator, row?.denominator, row?.comparator_value]).toEqual([449, 489, 90]);
		expect(row?.value).toBeCloseTo((100 * 449) / 489, 9);
		const [watford] = await run('good_outstanding_schools_pct', { districts: ['Watford'] });
		expect([watford?.numerator, watford?.denominator]).toEqual([34, 38]);
	});
});
