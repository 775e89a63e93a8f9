import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../../src/lib/data/manifest';
import { findKpi } from '../../../src/lib/kpi/catalogue';
import type { KpiSeriesRow, SeriesContext } from '../../../src/lib/kpi/definition';
import { evaluateKpi } from '../../../src/lib/kpi/evaluate';
import { openNodeApiEngine, type TestEngine } from '../../helpers/engines';

const manifest = JSON.parse(readFileSync('static/data/extracts/manifest.json', 'utf8')) as Manifest;
const context: SeriesContext = {
	asAt: Object.fromEntries(manifest.datasets.map((d) => [d.dataset, d.as_at]))
};
const TODAY = '2026-11-23';

describe('evaluating KPIs on the real extracts', () => {
	let engine: TestEngine;
	beforeAll(async () => {
		engine = await openNodeApiEngine();
	});
	afterAll(() => engine.close());

	const evaluate = async (id: string) => {
		const kpi = findKpi(id);
		if (!kpi) throw new Error(`no KPI ${id}`);
		return evaluateKpi(kpi, await engine.query<KpiSeriesRow>(kpi.series({}, context)), TODAY);
	};

	it('KS2 gap to national other: baseline 2021/22, pace and years to close', async () => {
		const e = await evaluate('ks2_rwm_gap_national_other');
		// Published: 2021/22 66−36 = 30; 2022/23 66−36 = 30; 2023/24 67−41 = 26; 2024/25 69−40 = 29.
		expect([e.baseline?.period, e.baseline?.value]).toEqual(['2021/22', 30]);
		expect([e.latest?.period, e.latest?.value]).toEqual(['2024/25', 29]);
		expect(e.changeSinceBaseline).toBe(-1);
		// Slope over x = 0..3, y = 30, 30, 26, 29: Σ(x−x̄)(y−ȳ) = −3.5, Σ(x−x̄)² = 5 → −0.7 a year.
		// The 2018/19 value (25) sits before the no-test years and is not joined to the trend.
		expect(e.pace?.slope.perYear).toBeCloseTo(-0.7, 9);
		expect(e.pace?.yearsToClose).toBeCloseTo(29 / 0.7, 9);
		// Last year widened by 3 (worsening) while the trend narrows within tolerance: at risk.
		expect(e.status.direction).toBe('worsening');
		expect(e.status.status).toBe('at_risk');
		expect(e.status.label).toBe('At risk');
	});

	it('Valuing SEND training: each target judged at its due date', async () => {
		const e = await evaluate('valuing_send_training_pct');
		// Independent count on the extract: schools trained by each due date over all schools.
		const [counts] = await engine.query<{ n: number; aug: number; dec: number }>({
			sql: `SELECT count(*)::INTEGER AS n,
				count(*) FILTER (WHERE attended_training_on <= DATE '2023-08-31')::INTEGER AS aug,
				count(*) FILTER (WHERE attended_training_on <= DATE '2023-12-31')::INTEGER AS dec
				FROM valuing_send_schools`,
			params: []
		});
		const aug = (100 * counts!.aug) / counts!.n;
		const dec = (100 * counts!.dec) / counts!.n;
		expect(e.status.perTarget.map((t) => t.valueAtDue)).toEqual([aug, dec]);
		expect(e.status.perTarget.map((t) => t.status)).toEqual([
			aug >= 70 ? 'met' : 'missed',
			dec >= 75 ? 'met' : 'missed'
		]);
		expect(findKpi(e.kpiId)?.illustrative).toBe(true);
	});

	it('EHCP 20 weeks (SEN2): baseline 2021, latest 2024', async () => {
		const e = await evaluate('ehcp_20_weeks_including_exceptions_pct');
		expect([e.baseline?.period, e.baseline?.value, e.latest?.period, e.latest?.value]).toEqual([
			'2021',
			76.6,
			'2024',
			55.2
		]);
		expect(e.changeSinceBaseline).toBeCloseTo(55.2 - 76.6, 9);
		expect(e.pace).toBeNull();
	});

	it('gives every KPI a status in words and an icon, never colour alone', async () => {
		const { KPI_CATALOGUE } = await import('../../../src/lib/kpi/catalogue');
		for (const kpi of KPI_CATALOGUE) {
			const e = evaluateKpi(kpi, await engine.query<KpiSeriesRow>(kpi.series({}, context)), TODAY);
			expect(e.status.label.length).toBeGreaterThan(2);
			expect(e.status.icon.length).toBeGreaterThan(2);
			expect(e.status.explanation.length).toBeGreaterThan(10);
		}
	});
});
