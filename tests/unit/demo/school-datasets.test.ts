import { describe, expect, it } from 'vitest';
import { createDemoContext, type DemoContext } from '../../../scripts/extracts/demo/context';
import { demoGenerators } from '../../../scripts/extracts/demo/index';
import { generateA4eLicences } from '../../../scripts/extracts/demo/a4e-licences';
import { generateA4eProgrammePlaces } from '../../../scripts/extracts/demo/a4e-programme-places';
import { generateOfstedReportCards } from '../../../scripts/extracts/demo/ofsted-report-cards';
import { generateRaygRatings } from '../../../scripts/extracts/demo/rayg-ratings';
import { generateSchoolsCausingConcern } from '../../../scripts/extracts/demo/schools-causing-concern';
import { generateValuingSendSchools } from '../../../scripts/extracts/demo/valuing-send-schools';
import type { BuiltDataset, Row } from '../../../scripts/extracts/lib/rows';
import { DEMO_SEED } from '../../../scripts/extracts/lib/seeded-random';
import { illustrativeSchemas } from '../../../src/lib/data/schemas/illustrative';

const DISTRICTS = ['Broxbourne', 'Dacorum', 'East Hertfordshire', 'Hertsmere', 'North Hertfordshire', 'St Albans', 'Stevenage', 'Three Rivers', 'Watford', 'Welwyn Hatfield']; // prettier-ignore
/** [phase, age_low, age_high, pupils]: pupils sit on the size-band edges (209/210, 629/630). */
const SHAPES: [string, number, number, number][] = [
	['primary', 3, 11, 209],
	['primary', 4, 11, 210],
	['primary', 3, 11, 420],
	['secondary', 11, 18, 1150],
	['secondary', 11, 16, 629],
	['special', 2, 19, 120],
	['nursery', 2, 5, 90],
	['all-through', 4, 18, 630]
];

/**
 * 40 open state-funded schools (every district, every shape 5 times) with Hertfordshire-like
 * Ofsted grades: 7 outstanding, 27 good, 3 requires improvement, 1 inadequate, 2 ungraded.
 * Every third is an academy. School 39 has no census count. Listed out of URN order on purpose,
 * plus a closed school and an independent school that no dataset may include.
 */
function school(i: number, copy: number): Row {
	const [phase, ageLow, ageHigh, pupils] = SHAPES[i % SHAPES.length] ?? SHAPES[0]!;
	const grade =
		i < 7 ? 1 : [7, 15, 23].includes(i) ? 3 : i === 31 ? 4 : [19, 35].includes(i) ? null : 2;
	const inspected = new Date(Date.UTC(2015, 8, 1 + i * 71)).toISOString().slice(0, 10);
	return {
		urn: 100000 + copy * 1000 + ((i * 37) % 40) * 11,
		name: `Fixture school ${i}`,
		phase,
		district: DISTRICTS[i % DISTRICTS.length] ?? null,
		governance: i % 3 === 2 ? 'academy' : 'maintained',
		is_state_funded: true,
		is_open: true,
		age_low: ageLow,
		age_high: ageHigh,
		pupils: i === 39 ? null : pupils,
		pct_fsm_6yrs: 10 + (i % 5) * 5,
		ofsted_grade: grade,
		ofsted_inspected_on: grade === null ? null : inspected
	};
}

function fixtureSchools(copies = 1): Row[] {
	const schools: Row[] = [];
	for (let copy = 0; copy < copies; copy++)
		for (let i = 0; i < 40; i++) schools.push(school(i, copy));
	schools.push({ ...school(0, 99), urn: 999001, is_open: false });
	schools.push({ ...school(1, 99), urn: 999002, governance: 'other', is_state_funded: false });
	return schools;
}

/** The real Hertfordshire SEN2 rows (DfE, including exceptions). */
const HERTS_EHCP: Row[] = [
	[2019, 1135, 989], [2020, 1170, 922], [2021, 1482, 1135],
	[2022, 1585, 512], [2023, 1363, 566], [2024, 1781, 984]
].map(([year, issued, within]) => ({
	calendar_year: year ?? 0,
	geography_code: 'E10000015',
	basis: 'including_exceptions',
	plans_issued: issued ?? null,
	within_20_weeks: within ?? null
})); // prettier-ignore

function context(copies = 1, seed = DEMO_SEED): DemoContext {
	return createDemoContext(seed, fixtureSchools(copies), HERTS_EHCP);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Everything wrong with a dataset against its schema, as readable strings (empty = fine). */
function schemaProblems({ schema, rows }: BuiltDataset): string[] {
	const problems: string[] = [];
	const names = schema.columns.map((c) => c.name);
	const keys = new Set<string>();
	rows.forEach((row, i) => {
		const extra = Object.keys(row).filter((k) => !names.includes(k));
		if (extra.length) problems.push(`row ${i}: extra columns ${extra.join(', ')}`);
		for (const c of schema.columns) {
			if (!(c.name in row)) problems.push(`row ${i}: no ${c.name}`);
			const v = row[c.name];
			if (v === null || v === undefined) {
				if (!c.nullable) problems.push(`row ${i}: ${c.name} is null`);
				continue;
			}
			const ok = {
				VARCHAR: typeof v === 'string',
				INTEGER: Number.isInteger(v),
				DOUBLE: typeof v === 'number' && Number.isFinite(v),
				BOOLEAN: typeof v === 'boolean',
				DATE: typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v))
			}[c.type];
			if (!ok) problems.push(`row ${i}: ${c.name} = ${JSON.stringify(v)} is not ${c.type}`);
		}
		const key = JSON.stringify(schema.key.map((k) => row[k]));
		if (keys.has(key)) problems.push(`row ${i}: duplicate key ${key}`);
		keys.add(key);
	});
	return problems;
}

function eligibleUrns(schools: Row[]): number[] {
	return schools
		.filter((s) => s.is_open === true && s.is_state_funded === true)
		.map((s) => Number(s.urn))
		.sort((a, b) => a - b);
}

function weekday(iso: string): number {
	return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

describe('every illustrative generator', () => {
	const ctx = context();
	const built = demoGenerators.map((generate) => generate(ctx));

	it('is listed in the order of illustrativeSchemas, each with its own schema', () => {
		expect(built.map((d) => d.schema)).toEqual(illustrativeSchemas);
		expect(illustrativeSchemas.every((s) => s.illustrative)).toBe(true);
	});

	it('gives the same rows from two runs with the same seed', () => {
		const again = demoGenerators.map((generate) => generate(context()));
		expect(again).toEqual(built);
	});

	it('gives different numbers from a different seed', () => {
		const other = demoGenerators.map((generate) => generate(context(1, DEMO_SEED + 1)));
		expect(other.map((d) => d.rows)).not.toEqual(built.map((d) => d.rows));
	});

	it('does not change the schools it is given', () => {
		const schools = fixtureSchools();
		const before = structuredClone(schools);
		for (const generate of demoGenerators)
			generate(createDemoContext(DEMO_SEED, schools, HERTS_EHCP));
		expect(schools).toEqual(before);
	});

	it.each(illustrativeSchemas.map((s, i) => [s.name, i] as const))(
		'%s: rows match the schema, with an as-at date and an illustrative source',
		(_name, i) => {
			const dataset = built[i]!;
			expect(dataset.rows.length).toBeGreaterThan(0);
			expect(schemaProblems(dataset)).toEqual([]);
			expect(dataset.asAt).toMatch(ISO_DATE);
			expect(dataset.source).toMatch(
				/^Illustrative: generated for the demo from seed \d+; not council data/
			);
			for (const c of dataset.schema.columns) expect(c.description.length).toBeGreaterThan(5);
		}
	);
});

describe('rayg_ratings', () => {
	const { rows } = generateRaygRatings(context());

	it('rates each open state-funded school once a year from 2021/22 to 2025/26', () => {
		const years = ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26'];
		expect(rows).toHaveLength(40 * 5);
		expect([...new Set(rows.map((r) => r.urn))]).toEqual(eligibleUrns(fixtureSchools()));
		expect(new Set(rows.map((r) => r.academic_year))).toEqual(new Set(years));
	});

	it('gives EY ratings only from age 3 or under and post-16 ratings only with a sixth form', () => {
		const byUrn = new Map(fixtureSchools().map((s) => [s.urn, s]));
		for (const r of rows) {
			const s = byUrn.get(r.urn)!;
			expect(r.ey_rating !== null).toBe(Number(s.age_low) <= 3);
			expect(r.post16_rating !== null).toBe(Number(s.age_high) >= 18);
		}
		// Shapes 0, 2, 5, 6 start at age 2–3 (20 schools); 3, 5, 7 run to 18+ (15 schools).
		expect(rows.filter((r) => r.ey_rating !== null)).toHaveLength(20 * 5);
		expect(rows.filter((r) => r.post16_rating !== null)).toHaveLength(15 * 5);
	});

	// Ten copies of the fixture (400 schools) so that shares are not dominated by chance.
	const big = context(10);
	const many = generateRaygRatings(big).rows;
	const gradeOf = new Map(big.schools.map((s) => [s.urn, s.ofsted_grade]));
	const share = (list: Row[], colours: string[]) =>
		list.filter((r) => colours.includes(String(r.rating))).length / list.length;

	it('follows Ofsted loosely: outstanding green, RI/inadequate amber or red, ungraded yellow', () => {
		// Centres 1.2, -1.35/-2, -0.45 with spread about 0.7: ~95% green, ~70% amber+red, ~50% yellow.
		expect(
			share(
				many.filter((r) => gradeOf.get(r.urn) === 1),
				['dark_green', 'light_green']
			)
		).toBeGreaterThan(0.85);
		const weak = many.filter((r) => [3, 4].includes(Number(gradeOf.get(r.urn))));
		expect(share(weak, ['amber', 'red'])).toBeGreaterThan(0.55);
		const ungraded = many.filter((r) => gradeOf.get(r.urn) === null);
		expect(share(ungraded, ['yellow'])).toBeGreaterThan(0.35);
		for (const colour of ['dark_green', 'light_green', 'amber', 'red'])
			expect(share(ungraded, ['yellow'])).toBeGreaterThan(share(ungraded, [colour]));
	});

	it('has roughly 5–10% amber or red each year', () => {
		// This fixture has slightly more RI/inadequate schools than the county (10% v 7%), so about
		// 11% in 2021/22 easing to 9% by 2025/26; the real county mix gives about 7% to 5%.
		for (const year of ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26']) {
			const s = share(
				many.filter((r) => r.academic_year === year),
				['amber', 'red']
			);
			expect(s).toBeGreaterThan(0.05);
			expect(s).toBeLessThan(0.14);
		}
	});

	it('is mostly stable from year to year, with some movement', () => {
		let pairs = 0;
		let moved = 0;
		for (let i = 1; i < many.length; i++)
			if (many[i]!.urn === many[i - 1]!.urn) {
				pairs++;
				if (many[i]!.rating !== many[i - 1]!.rating) moved++;
			}
		// Consecutive years correlate about 0.9, so roughly a quarter of schools change colour.
		expect(moved / pairs).toBeGreaterThan(0.1);
		expect(moved / pairs).toBeLessThan(0.4);
	});
});

describe('valuing_send_schools', () => {
	const { rows } = generateValuingSendSchools(context());
	const trainedBy = (date: string) =>
		rows.filter((r) => r.attended_training_on !== null && String(r.attended_training_on) <= date);
	const readyBy = (date: string) =>
		trainedBy(date).filter(
			(r) =>
				r.readiness_score_completed_on !== null && String(r.readiness_score_completed_on) <= date
		);

	it('has one row per open state-funded school', () => {
		expect(rows.map((r) => r.urn)).toEqual(eligibleUrns(fixtureSchools()));
	});

	it('lands just short of the August 2023 training target and meets December 2023', () => {
		// 68% of 40 = 27.2 → 27 (67.5% < 70%); 76% of 40 = 30.4 → 30 (75% ≥ 75%).
		expect(trainedBy('2023-08-31')).toHaveLength(27);
		expect(trainedBy('2023-12-31')).toHaveLength(30);
		// 86% of 40 = 34.4 → 34 trained by the end of summer 2024; 6 never.
		expect(trainedBy('2024-07-31')).toHaveLength(34);
		expect(rows.filter((r) => r.attended_training_on === null)).toHaveLength(6);
	});

	it('meets the August readiness target and falls short in December', () => {
		// 52% of 27 = 14.04 → 14 (51.9% ≥ 50%); 58% of 30 = 17.4 → 17 (56.7% < 60%).
		expect(readyBy('2023-08-31')).toHaveLength(14);
		expect(readyBy('2023-12-31')).toHaveLength(17);
	});

	it('trains on weekdays from September 2022 to July 2024 and completes readiness after training', () => {
		for (const r of rows) {
			const trained = r.attended_training_on;
			if (trained === null) {
				expect(r.readiness_score_completed_on).toBeNull();
				continue;
			}
			expect(String(trained) >= '2022-09-01' && String(trained) <= '2024-07-31').toBe(true);
			expect([1, 2, 3, 4, 5]).toContain(weekday(String(trained)));
			if (r.readiness_score_completed_on !== null)
				expect(String(r.readiness_score_completed_on) > String(trained)).toBe(true);
		}
	});
});

describe('a4e_licences', () => {
	const { rows } = generateA4eLicences(context());
	const byUrn = new Map(fixtureSchools().map((s) => [s.urn, s]));

	it('bands on pupils: small < 210, medium 210–629, large ≥ 630, unknown small', () => {
		const expected = (pupils: number | null) =>
			pupils === null || pupils < 210 ? 'small' : pupils < 630 ? 'medium' : 'large';
		for (const r of rows) {
			const pupils = byUrn.get(r.urn)!.pupils as number | null;
			expect(r.size_band).toBe(expected(pupils));
			expect(r.recommended_licences).toBe({ small: 2, medium: 6, large: 12 }[expected(pupils)]);
		}
		// Shapes 0, 5, 6 and the school with no count are small (16); 1, 2, 4 medium (15); 3, 7 large (9).
		const count = (band: string) => rows.filter((r) => r.size_band === band).length;
		expect([count('small'), count('medium'), count('large')]).toEqual([16, 15, 9]);
	});

	it('has 60% of schools with a licence and fewer meeting the recommendation', () => {
		// 60% of 40 = 24 buyers; 55% of 24 = 13.2 → 13 meet the recommendation.
		expect(rows.filter((r) => Number(r.licences) > 0)).toHaveLength(24);
		expect(rows.filter((r) => Number(r.licences) >= Number(r.recommended_licences))).toHaveLength(
			13
		);
	});

	it('prices every licence at £37.50 and dates only real orders', () => {
		for (const r of rows) {
			expect(r.spend_gbp).toBe(Number(r.licences) * 37.5);
			expect(r.ordered_on === null).toBe(r.licences === 0);
			if (r.ordered_on !== null)
				expect(String(r.ordered_on) >= '2023-09-01' && String(r.ordered_on) <= '2025-03-31').toBe(
					true
				);
		}
	});
});

describe('a4e_programme_places', () => {
	const { rows } = generateA4eProgrammePlaces(context());
	const byUrn = new Map(fixtureSchools().map((s) => [s.urn, s]));
	const schoolsIn = (programme: string, year: string) =>
		rows.filter((r) => r.programme === programme && r.academic_year === year);

	it('starts Behaviour Leadership in 2023/24 with a head and a senior leader', () => {
		const years = new Set(
			rows.filter((r) => r.programme === 'behaviour_leadership').map((r) => r.academic_year)
		);
		expect([...years].sort()).toEqual(['2023/24', '2024/25', '2025/26']);
		// 6% of 40 = 2.4 → 2 schools in the first year.
		expect(schoolsIn('behaviour_leadership', '2023/24')).toHaveLength(2);
		for (const r of rows.filter((r) => r.programme === 'behaviour_leadership'))
			expect([1, 2]).toContain(r.places);
	});

	it('keeps each Drawbridge school for the two years of the programme', () => {
		const first = schoolsIn('drawbridge', '2023/24').map((r) => r.urn);
		expect(first.length).toBeGreaterThan(0);
		expect(schoolsIn('drawbridge', '2024/25').map((r) => r.urn)).toEqual(first);
	});

	it('offers PiXL only to mainstream schools and the governor course to 20% in 2023/24', () => {
		for (const r of rows.filter((r) => r.programme === 'pixl'))
			expect(['primary', 'middle', 'secondary', 'all-through']).toContain(byUrn.get(r.urn)!.phase);
		expect(schoolsIn('governor_training', '2023/24')).toHaveLength(8);
		expect(rows.every((r) => Number(r.places) >= 1)).toBe(true);
	});
});

describe('schools_causing_concern', () => {
	const big = context(10);
	const { rows } = generateSchoolsCausingConcern(big);
	const rayg = generateRaygRatings(big).rows;
	const byUrn = new Map(big.schools.map((s) => [s.urn, s]));
	const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

	it('lists only maintained schools, each added for an amber/red rating or an Ofsted 3–4', () => {
		expect(rows.length).toBeGreaterThan(10);
		for (const r of rows) {
			const school = byUrn.get(r.urn)!;
			expect(school.governance).toBe('maintained');
			const added = String(r.added_on);
			if (String(r.reason).startsWith('Ofsted')) {
				expect([3, 4]).toContain(school.ofsted_grade);
				continue;
			}
			// Added in the autumn (15 Sep – early Dec) of a year the school was rated amber or red.
			const startYear = Number(added.slice(0, 4));
			const rating = rayg.find(
				(x) => x.urn === r.urn && String(x.academic_year).startsWith(`${startYear}/`)
			);
			expect(
				String(r.reason).startsWith(rating?.rating === 'red' ? 'RAYG red' : 'RAYG amber')
			).toBe(true);
			expect(['amber', 'red']).toContain(rating?.rating);
			expect(added >= `${startYear}-09-15` && added <= `${startYear}-12-03`).toBe(true);
		}
	});

	it('never overlaps spells for a school, and most end within 18 months', () => {
		const closed = rows.filter((r) => r.removed_on !== null);
		for (let i = 1; i < rows.length; i++)
			if (rows[i]!.urn === rows[i - 1]!.urn)
				expect(String(rows[i]!.added_on) > String(rows[i - 1]!.removed_on)).toBe(true);
		for (const r of closed) expect(String(r.removed_on) > String(r.added_on)).toBe(true);
		// 85% are drawn at 8–18 months and 15% at 19–26: "a few overrun".
		const overrun = closed.filter(
			(r) => days(String(r.added_on), String(r.removed_on)) > 18 * 30.5
		);
		expect(overrun.length).toBeGreaterThan(0);
		expect(overrun.length / closed.length).toBeLessThan(0.3);
		expect(rows.some((r) => r.removed_on === null)).toBe(true);
	});
});

describe('ofsted_report_cards', () => {
	const { rows } = generateOfstedReportCards(context());
	const byUrn = new Map(fixtureSchools().map((s) => [s.urn, s]));
	const core = ['achievement', 'attendance_and_behaviour', 'curriculum_and_teaching', 'inclusion', 'leadership_and_governance', 'personal_development_and_wellbeing']; // prettier-ignore

	it('covers 17% of schools, inspected on term-time weekdays from 10 November 2025', () => {
		// 17% of 40 = 6.8 → 7 schools.
		const urns = new Set(rows.map((r) => r.urn));
		expect(urns.size).toBe(7);
		for (const r of rows) {
			expect(String(r.inspected_on) >= '2025-11-10' && String(r.inspected_on) <= '2026-10-23').toBe(
				true
			);
			expect([1, 2, 3, 4]).toContain(weekday(String(r.inspected_on)));
		}
	});

	it('grades the six core areas, plus early years and sixth form only where they exist', () => {
		for (const urn of new Set(rows.map((r) => r.urn))) {
			const school = byUrn.get(urn)!;
			const areas = rows.filter((r) => r.urn === urn).map((r) => r.evaluation_area);
			const expected = [...core];
			if (Number(school.age_low) <= 4) expected.push('early_years');
			if (Number(school.age_high) >= 18) expected.push('sixth_form');
			expect([...areas].sort()).toEqual(expected.sort());
			expect(new Set(rows.filter((r) => r.urn === urn).map((r) => r.safeguarding_met)).size).toBe(
				1
			);
		}
	});

	it('centres on expected standard and does not follow the old Ofsted grade', () => {
		const big = context(10);
		const many = generateOfstedReportCards(big).rows;
		const share = (list: Row[], grade: string) =>
			list.filter((r) => r.grade === grade).length / list.length;
		// Cut-points give about 60% expected, 23% strong, 12% needs attention.
		expect(share(many, 'expected_standard')).toBeGreaterThan(0.45);
		expect(share(many, 'expected_standard')).toBeLessThan(0.75);
		const grade = new Map(big.schools.map((s) => [s.urn, s.ofsted_grade]));
		const good = many.filter((r) => grade.get(r.urn) === 2);
		// Formerly good schools get the whole range, not one mapped grade.
		expect(new Set(good.map((r) => r.grade)).size).toBeGreaterThanOrEqual(3);
	});
});
