import { a4eProgrammePlacesSchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';
import type { DemoGenerator } from './context';
import { illustrativeSource, openStateFunded, weightedOrder } from './sampling';

interface ProgrammeYear {
	programme: string;
	academicYear: string;
	/** Share of open state-funded schools taking part (at least one school when there are any). */
	share: number;
	/** Phases that can take part; undefined = all. */
	phases?: string[];
	places: (random: SeededRandom) => number;
}

const ALL_MAINSTREAM = ['primary', 'middle', 'secondary', 'all-through'];

/**
 * What each programme is and when it ran comes from the A4E learning offer; who took part and
 * how many is illustrative. Behaviour Leadership started with 4 seminars from January 2024 for a
 * headteacher and another senior leader; Drawbridge is a 2-year programme (cohorts start 2023/24
 * and 2025/26); PiXL is an annual membership, strongest among secondaries; the governor course
 * ("Improving outcomes for Each and Every Child") ran in 2023/24 and was repeated in 2024/25.
 */
const PROGRAMME_YEARS: ProgrammeYear[] = [
	{ programme: 'behaviour_leadership', academicYear: '2023/24', share: 0.06, places: (r) => (r.chance(0.85) ? 2 : 1) },
	{ programme: 'behaviour_leadership', academicYear: '2024/25', share: 0.05, places: (r) => (r.chance(0.85) ? 2 : 1) },
	{ programme: 'behaviour_leadership', academicYear: '2025/26', share: 0.04, places: (r) => (r.chance(0.85) ? 2 : 1) },
	{ programme: 'the_difference', academicYear: '2023/24', share: 0.02, places: () => 1 },
	{ programme: 'the_difference', academicYear: '2024/25', share: 0.025, places: () => 1 },
	{ programme: 'the_difference', academicYear: '2025/26', share: 0.02, places: () => 1 },
	{ programme: 'drawbridge', academicYear: '2023/24', share: 0.015, places: () => 1 },
	{ programme: 'drawbridge', academicYear: '2025/26', share: 0.015, places: () => 1 },
	{ programme: 'pixl', academicYear: '2023/24', share: 0.14, phases: ALL_MAINSTREAM, places: () => 1 },
	{ programme: 'pixl', academicYear: '2024/25', share: 0.15, phases: ALL_MAINSTREAM, places: () => 1 },
	{ programme: 'pixl', academicYear: '2025/26', share: 0.15, phases: ALL_MAINSTREAM, places: () => 1 },
	{ programme: 'governor_training', academicYear: '2023/24', share: 0.2, places: (r) => r.int(1, 3) },
	{ programme: 'governor_training', academicYear: '2024/25', share: 0.1, places: (r) => r.int(1, 2) }
]; // prettier-ignore

/** Drawbridge cohorts continue into their second year. */
const SECOND_YEAR: Record<string, string> = { '2023/24': '2024/25', '2025/26': '2026/27' };
const LAST_YEAR = '2025/26';
/** PiXL members mostly renew; secondaries are more likely to be members. */
const PIXL_RENEWAL = 0.85;
const PIXL_WEIGHT: Record<string, number> = { secondary: 3, 'all-through': 3 };

export const generateA4eProgrammePlaces: DemoGenerator = (ctx) => {
	const random = ctx.random(a4eProgrammePlacesSchema.name);
	const schools = openStateFunded(ctx.schools);
	const rows: Row[] = [];
	let pixlMembers = new Set<number>();

	for (const py of PROGRAMME_YEARS) {
		const eligible = schools.filter((s) => !py.phases || py.phases.includes(String(s.phase)));
		const wanted = eligible.length === 0 ? 0 : Math.max(1, Math.round(py.share * schools.length));
		let chosen: Row[];
		if (py.programme === 'pixl') {
			const renewing = eligible.filter(
				(s) => pixlMembers.has(Number(s.urn)) && random.chance(PIXL_RENEWAL)
			);
			const others = eligible.filter((s) => !renewing.includes(s));
			const joining = weightedOrder(others, (s) => PIXL_WEIGHT[String(s.phase)] ?? 1, random);
			chosen = [...renewing, ...joining].slice(0, wanted);
			pixlMembers = new Set(chosen.map((s) => Number(s.urn)));
		} else {
			chosen = weightedOrder(eligible, () => 1, random).slice(0, wanted);
		}
		for (const school of chosen) {
			const places = py.places(random);
			const years = [py.academicYear];
			const second = SECOND_YEAR[py.academicYear];
			if (py.programme === 'drawbridge' && second && second <= LAST_YEAR) years.push(second);
			for (const academicYear of years)
				rows.push({
					urn: Number(school.urn),
					programme: py.programme,
					academic_year: academicYear,
					places
				});
		}
	}
	rows.sort(
		(a, b) =>
			String(a.programme).localeCompare(String(b.programme)) ||
			String(a.academic_year).localeCompare(String(b.academic_year)) ||
			Number(a.urn) - Number(b.urn)
	);
	return {
		schema: a4eProgrammePlacesSchema,
		rows,
		asAt: '2026-08-31',
		source: illustrativeSource(ctx.seed)
	};
};
