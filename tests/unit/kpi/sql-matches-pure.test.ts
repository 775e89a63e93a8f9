import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	goodOutstandingQuery,
	type GoodOutstandingCounts
} from '../../../src/lib/data/sql/good-outstanding';
import {
	reportCardDistributionQuery,
	type ReportCardAreaCount
} from '../../../src/lib/data/sql/report-cards';
import { goodOutstanding, type SchoolGradeRow } from '../../../src/lib/kpi/stats/good-outstanding';
import {
	reportCardDistribution,
	type ReportCardRow
} from '../../../src/lib/kpi/stats/report-cards';
import { ENGINES, type TestEngine } from '../../helpers/engines';

/**
 * Two independent implementations of the same definitions, SQL (what the app runs) and pure
 * TypeScript (src/lib/kpi/stats), must agree on the real extracts, whole county and sliced.
 */
describe.each(ENGINES)('SQL and pure statistics agree in $name', ({ open }) => {
	let engine: TestEngine;
	beforeAll(async () => {
		engine = await open();
	});
	afterAll(() => engine.close());

	it.each([{}, { districts: ['Stevenage'] }, { phases: ['secondary'] }])(
		'good/outstanding for %j',
		async (filter) => {
			const [sql] = await engine.query<GoodOutstandingCounts>(goodOutstandingQuery(filter));
			const where = [
				'is_open AND is_state_funded',
				filter.districts ? `district = '${filter.districts[0]}'` : 'TRUE',
				filter.phases ? `phase = '${filter.phases[0]}'` : 'TRUE'
			].join(' AND ');
			const rows = await engine.query<SchoolGradeRow>({
				sql: `SELECT urn, ofsted_grade AS grade, CAST(ofsted_inspected_on AS VARCHAR) AS inspected_on,
					predecessor_grade, CAST(predecessor_inspected_on AS VARCHAR) AS predecessor_inspected_on, pupils
					FROM schools WHERE ${where}`,
				params: []
			});
			const pure = goodOutstanding(rows);
			expect(pure).toMatchObject({
				schools: sql?.schools,
				schools_graded: sql?.schools_graded,
				schools_good_outstanding: sql?.schools_good_outstanding,
				schools_without_grade: sql?.schools_without_grade,
				schools_inherited_grade: sql?.schools_inherited_grade,
				pupils_graded: sql?.pupils_graded,
				pupils_good_outstanding: sql?.pupils_good_outstanding
			});
		}
	);

	it('report-card distributions per evaluation area', async () => {
		const sql = await engine.query<ReportCardAreaCount>(reportCardDistributionQuery());
		const raw = await engine.query<{
			urn: number;
			inspected_on: string;
			evaluation_area: string;
			grade: string;
		}>({
			sql: `SELECT urn, CAST(inspected_on AS VARCHAR) AS inspected_on, evaluation_area, grade FROM ofsted_report_cards`,
			params: []
		});
		const byCard = new Map<string, ReportCardRow>();
		for (const r of raw) {
			const key = `${r.urn}|${r.inspected_on}`;
			const card = byCard.get(key) ?? { urn: r.urn, inspected_on: r.inspected_on, grades: {} };
			(card.grades as Record<string, string>)[r.evaluation_area] = r.grade;
			byCard.set(key, card);
		}
		const pure = reportCardDistribution([...byCard.values()]);
		const fromPure = pure.areas.flatMap((a) =>
			Object.entries(a.counts)
				.filter(([, n]) => n > 0)
				.map(([grade, n]) => `${a.area}|${grade}|${n}`)
		);
		expect(sql.map((r) => `${r.evaluation_area}|${r.grade}|${r.schools}`).sort()).toEqual(
			fromPure.sort()
		);
		expect(pure.schools).toBeGreaterThan(0);
	});
});
