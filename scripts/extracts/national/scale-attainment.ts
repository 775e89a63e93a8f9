import { isSmallCohort } from '../../../src/lib/kpi/disclosure';
import { academicYearEnding, isComparableYear } from '../lib/academic-year';
import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';

/** What a template school's real results say about one key stage and pupil group. */
interface GroupProfile {
	keyStage: 'KS2' | 'KS4';
	measure: string;
	group: string;
	/** Mean of its published values; null when it only ever had symbols. */
	mean: number | null;
	/** Its latest cohort, where published. */
	cohort: number | null;
	/** The symbol it carried when it had no value (c, x, low…). */
	symbol: string | null;
}

const RANGE: Record<'KS2' | 'KS4', [number, number]> = { KS2: [0, 100], KS4: [0, 90] };
/** Spread of one school's results around its template's, and year to year (measure units). */
const SCHOOL_SD = { KS2: 6, KS4: 3 };
const YEAR_SD = { KS2: 5, KS4: 2.5 };

/** Real school-level rows → per template URN, one profile per key stage, measure and group. */
export function profilesByUrn(attainment: Row[]): Map<number, GroupProfile[]> {
	const byKey = new Map<string, { rows: Row[]; urn: number }>();
	for (const r of attainment) {
		if (r.geography_level !== 'school' || typeof r.urn !== 'number') continue;
		const key = `${r.urn}|${r.key_stage}|${r.measure}|${r.pupil_group}`;
		const entry = byKey.get(key) ?? { rows: [], urn: r.urn };
		entry.rows.push(r);
		byKey.set(key, entry);
	}
	const out = new Map<number, GroupProfile[]>();
	for (const { rows, urn } of byKey.values()) {
		const sorted = [...rows].sort((a, b) => Number(a.time_period) - Number(b.time_period));
		const values = sorted.map((r) => r.value).filter((v): v is number => typeof v === 'number');
		const last = sorted.at(-1) as Row;
		const cohorts = sorted.map((r) => r.cohort).filter((c): c is number => typeof c === 'number');
		const profile: GroupProfile = {
			keyStage: last.key_stage as 'KS2' | 'KS4',
			measure: String(last.measure),
			group: String(last.pupil_group),
			mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
			cohort: cohorts.at(-1) ?? null,
			symbol: sorted.find((r) => r.value === null)?.symbol?.toString() ?? null
		};
		out.set(urn, [...(out.get(urn) ?? []), profile]);
	}
	return out;
}

/** The academic years ending `lastEndYear - years + 1` … `lastEndYear`. */
export const yearsEnding = (lastEndYear: number, years: number) =>
	Array.from({ length: years }, (_, i) => academicYearEnding(lastEndYear - years + 1 + i));

/**
 * School-level attainment for every synthetic school, `years` academic years to 2024/25, shaped
 * like the real rows: each school follows its template's results (same key stages and groups)
 * plus a school effect and yearly noise; small cohorts are published as `c` as the pipeline does;
 * KS2 has no results in 2019/20 and 2020/21 (no tests), so those years carry `z`.
 */
export function scaleAttainment(
	schools: Row[],
	templateUrnOf: (school: Row) => number,
	profiles: Map<number, GroupProfile[]>,
	years: number,
	random: SeededRandom
): Row[] {
	const rows: Row[] = [];
	const periods = yearsEnding(2025, years);
	for (const school of schools) {
		const groups = profiles.get(templateUrnOf(school)) ?? [];
		const effect = random.normal();
		for (const year of periods) {
			const yearNoise = random.normal();
			for (const g of groups) {
				const noTests = g.keyStage === 'KS2' && !isComparableYear('KS2', year.endYear);
				const [lo, hi] = RANGE[g.keyStage];
				const cohort =
					g.cohort === null
						? null
						: Math.max(0, Math.round(g.cohort * (0.85 + 0.3 * random.next())));
				const raw =
					g.mean === null
						? null
						: g.mean + SCHOOL_SD[g.keyStage] * effect + YEAR_SD[g.keyStage] * yearNoise;
				const rounded =
					raw === null
						? null
						: g.keyStage === 'KS2'
							? Math.round(Math.min(hi, Math.max(lo, raw)))
							: Math.round(Math.min(hi, Math.max(lo, raw)) * 10) / 10;
				const suppressed = rounded !== null && isSmallCohort(cohort);
				const value = noTests || suppressed ? null : rounded;
				rows.push({
					key_stage: g.keyStage,
					measure: g.measure,
					academic_year: year.label,
					time_period: year.timePeriod,
					geography_level: 'school',
					geography_code: String(school.urn),
					geography_name: String(school.name),
					urn: Number(school.urn),
					pupil_group: g.group,
					value,
					symbol: noTests ? 'z' : suppressed ? 'c' : value === null ? (g.symbol ?? 'x') : null,
					cohort,
					comparable: isComparableYear(g.keyStage, year.endYear),
					source_file: 'synthetic',
					source_column: `${g.keyStage}_${g.measure}_${g.group}`
				});
			}
		}
	}
	return rows;
}
