import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOverviewHeadlines } from '../../../src/lib/data/overview-queries';
import { goodOutstandingQuery, type GoodOutstandingCounts } from '../../../src/lib/data/sql/good-outstanding';
import type { OverviewHeadlines } from '../../../src/lib/kpi/headlines';
import { ENGINES, type TestEngine } from '../../helpers/engines';
import { openExtractsInNode } from '../../../src/lib/server/extracts-node';

/**
 * The overview's headline numbers. Expected values for good/outstanding were counted by hand from
 * data/raw/dfe/school_information_2022-23.csv with a separate script: open establishments whose
 * type is LA-maintained or academy (incl. free schools, UTCs, special academies), grade from
 * OFSTEDRATING (Outstanding/Good = good or outstanding), pupils from census NOR. New academies
 * with no grade of their own take their predecessor's (16 links found by hand in the file: each
 * predecessor closed the day before the academy opened under the same name, e.g. Round Diamond
 * 117299 → 149206).
 * County: 509 schools, 473 with their own grade + 16 inherited = 489 graded, 439 + 10 = 449 good or
 * outstanding (91.8%; the council reported 91.9% in January 2025), 20 without a grade; pupils
 * 175,621 of 187,722 (93.6%). Watford (approximate district lookup): 34 of 38.
 */
describe.each(ENGINES)('overview headlines in $name', ({ open }) => {
	let engine: TestEngine;
	let headlines: OverviewHeadlines;

	beforeAll(async () => {
		engine = await open();
		const manifest = (await openExtractsInNode()).manifest;
		headlines = await loadOverviewHeadlines((q) => engine.query(q), manifest);
	});
	afterAll(() => engine.close());

	it('counts good and outstanding schools and pupils across the county', () => {
		const g = headlines.goodOutstanding;
		expect(g.schools).toBe(509);
		expect(g.schools_graded).toBe(489);
		expect(g.schools_inherited_grade).toBe(16);
		expect(g.schools_good_outstanding).toBe(449);
		expect(g.schools_without_grade).toBe(20);
		expect(g.pct_schools).toBe(91.8);
		expect(g.pupils_good_outstanding).toBe(175621);
		expect(g.pupils_graded).toBe(187722);
		expect(g.pct_pupils).toBe(93.6);
		expect(g.latest_inspection).toBe('2024-06-19');
	});

	it('slices by district with a bound value', async () => {
		const [watford] = await engine.query<GoodOutstandingCounts>(
			goodOutstandingQuery({ districts: ['Watford'] })
		);
		expect(watford?.schools_graded).toBe(38);
		expect(watford?.schools_good_outstanding).toBe(34);
	});

	it('treats hostile slice text as a value, not as SQL', async () => {
		const [none] = await engine.query<GoodOutstandingCounts>(
			goodOutstandingQuery({ districts: ["Watford' OR '1'='1"] })
		);
		expect(none?.schools).toBe(0);
	});

	it('gives the KS2 disadvantaged gap against national other pupils for 2023/24 and 2024/25', () => {
		// Published: Herts disadvantaged 41% and 40%; national other 67% and 69% → 26 and 29 points.
		expect(headlines.ks2Gap.map((y) => [y.academic_year, y.herts_disadvantaged, y.national_other, y.gap])).toEqual([
			['2023/24', 41, 67, 26],
			['2024/25', 40, 69, 29]
		]);
	});

	it('gives EHCP timeliness 2019–2024 with England where known', () => {
		expect(headlines.ehcp.map((y) => y.calendar_year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
		const y2024 = headlines.ehcp.find((y) => y.calendar_year === 2024);
		expect(y2024?.herts_including_exceptions).toBe(55.2);
		expect(y2024?.herts_plans_issued).toBe(1781);
		expect(y2024?.herts_within_20_weeks).toBe(984);
		expect(y2024?.england_excluding_exceptions).toBe(46.4);
		expect(headlines.ehcp.find((y) => y.calendar_year === 2020)?.england_excluding_exceptions).toBeNull();
	});
});
