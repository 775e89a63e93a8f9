import { beforeAll, describe, expect, it } from 'vitest';
import type { KpiSeriesRow } from '../../../src/lib/kpi/definition';
import { KPI_CATALOGUE } from '../../../src/lib/kpi/catalogue';
import {
	japrSections,
	periodNote,
	rowForYear,
	type JaprRow,
	type JaprSection
} from '../../../src/lib/meeting-pack/japr-table';
import { loadMeetingPack, type MeetingPackData } from '../../../src/lib/server/meeting-pack';

const row = (
	period: string,
	period_end: string,
	value: number | null,
	comparable = true
): KpiSeriesRow => ({
	period,
	period_end,
	value,
	numerator: null,
	denominator: null,
	comparator_value: null,
	comparable
});

describe('which value belongs to an academic year', () => {
	const monthly = [
		row('2025-07', '2025-07-31', 61),
		row('2025-08', '2025-08-31', 62),
		row('2025-09', '2025-09-30', 63)
	];

	it('takes the latest period ending in the year, and says which it is', () => {
		const found = rowForYear(monthly, '2024/25');
		expect(found?.value).toBe(62);
		expect(periodNote(found!, '2024/25')).toBe('Aug 2025');
		expect(periodNote(row('2024', '2024-12-31', 55.2), '2024/25')).toBe('Calendar year 2024');
		expect(periodNote(row('2024/25', '2025-08-31', 1), '2024/25')).toBeNull();
		expect(periodNote(row('2020/21', '2021-08-31', 1, false), '2020/21')).toBe(
			'not comparable with other years'
		);
	});

	it('skips empty values and years with no data', () => {
		expect(rowForYear([row('2024/25', '2025-08-31', null)], '2024/25')).toBeNull();
		expect(rowForYear(monthly, '2022/23')).toBeNull();
	});
});

describe('the JAPR table from the published extracts', () => {
	let pack: MeetingPackData;
	let sections: JaprSection[];
	const find = (id: string): JaprRow => {
		const found = sections.flatMap((s) => s.rows).find((r) => r.kpiId === id);
		if (!found) throw new Error(`no row ${id}`);
		return found;
	};
	const texts = (r: JaprRow) => r.cells.map((c) => c.text);

	beforeAll(async () => {
		pack = await loadMeetingPack();
		sections = japrSections(pack.evaluations, '2024/25', pack.commentary, pack.asOf);
	});

	it('defaults to the latest year with KS2 results, 2024/25', () => {
		expect(pack.defaultYear).toBe('2024/25');
		expect(pack.years[0]).toBe('2021/22');
	});

	it('has one section per priority, then SEND and A4E, with every KPI once', () => {
		expect(sections.map((s) => s.theme)).toEqual([
			'good_schools',
			'closing_the_gap',
			'send',
			'a4e'
		]);
		const ids = sections.flatMap((s) => s.rows.map((r) => r.kpiId));
		expect(ids.toSorted()).toEqual(KPI_CATALOGUE.map((k) => k.id).toSorted());
	});

	it('shows the published KS2 and KS4 gaps for the year and the year before', () => {
		// DfE: Herts disadvantaged 41% vs national other 67% (2023/24); 40% vs 69% (2024/25).
		expect(texts(find('ks2_rwm_gap_national_other')).slice(1)).toEqual(['26 pp', '29 pp']);
		// DfE: Herts disadvantaged A8 34.4 vs national other 50.0; 34.2 vs 50.4.
		expect(texts(find('ks4_att8_gap_national_other')).slice(1)).toEqual([
			'15.6 points',
			'16.2 points'
		]);
		// Herts all pupils 64% against England 62% (2024/25).
		const ks2 = find('ks2_rwm_all_pupils');
		expect(ks2.cells[2].text).toBe('64.0%');
		expect(ks2.england).toEqual({ text: '62.0%', note: null });
	});

	it('places calendar-year SEN2 figures in the academic year they end in', () => {
		const ehcp = find('ehcp_20_weeks_including_exceptions_pct');
		// SEN2: 32.3% (2022), 41.5% (2023), 55.2% (2024).
		expect(texts(ehcp)).toEqual(['32.3%', '41.5%', '55.2%']);
		expect(ehcp.cells.map((c) => c.period)).toEqual([
			'Calendar year 2022',
			'Calendar year 2023',
			'Calendar year 2024'
		]);
		// England's headline (excluding exceptions) for 2024 is 46.4%.
		expect(find('ehcp_20_weeks_excluding_exceptions_pct').england.text).toBe('46.4%');
	});

	it('shows the frozen good/outstanding figure in its own year and says it is the latest', () => {
		const go = find('good_outstanding_schools_pct');
		// 449 of 489 graded schools on 19 June 2024 (the last comparable count).
		expect(texts(go)).toEqual(['x', '91.8%', 'x']);
		expect(go.cells[1].period).toBe('Last comparable, 19 June 2024');
		expect(go.latestNote).toBe('Latest: 91.8% (Last comparable, 19 June 2024)');
	});

	it('gives a gap no England figure in another unit, and no neighbour data it does not have', () => {
		const gap = find('ks2_rwm_gap_national_other');
		expect(gap.england.text).toBe('z');
		expect([gap.neighbourMean, gap.quartile]).toEqual(['x', 'x']);
	});

	it('puts the year’s commentary beside its KPI, with author and date', () => {
		const gap = find('ks2_rwm_gap_national_other');
		expect(gap.commentary?.text).toMatch(/^Read the gap beside attainment for all pupils/);
		expect(gap.commentary?.author).toBe('Lead for Vulnerable Learners (illustrative)');
		expect(gap.commentary?.writtenOn).toMatch(/^2025-1[01]-\d\d$/);
		expect(find('ks2_rwm_all_pupils').commentary).toBeNull();
	});

	it('states every status in words', () => {
		for (const r of sections.flatMap((s) => s.rows))
			expect(r.status.label).toMatch(/^[A-Z][a-z ]+$/);
	});
});
