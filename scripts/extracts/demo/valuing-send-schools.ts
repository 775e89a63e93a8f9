import { valuingSendSchoolsSchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';
import type { DemoGenerator } from './context';
import { addDays, illustrativeSource, openStateFunded, weightedOrder } from './sampling';

/**
 * Training waves as cumulative shares of schools. The plan's targets are 70% by 31 Aug 2023 and
 * 75% by 31 Dec 2023; the demo lands just short of the first (68%, at risk) and just past the
 * second (76%, met), then reaches 86% by the end of the 2023/24 summer term.
 */
const TRAINING_WAVES = [
	{ from: '2022-09-05', to: '2023-07-21', cumulativeShare: 0.68 },
	{ from: '2023-09-04', to: '2023-12-15', cumulativeShare: 0.76 },
	{ from: '2024-01-08', to: '2024-07-19', cumulativeShare: 0.86 }
];

/**
 * Readiness scores as a share of the schools trained by each date. Targets: 50% by 31 Aug 2023
 * (demo 52%, met) and 60% by 31 Dec 2023 (demo 58%, at risk); 2024 then catches up.
 */
const READINESS_BY_AUG_2023 = 0.52;
const READINESS_BY_DEC_2023 = 0.58;
const READINESS_2024_SHARE_OF_REST = 0.6;
/** A readiness score takes at least two weeks after training to complete. */
const MIN_DAYS_AFTER_TRAINING = 14;

/** Specialist settings took up the training first, secondaries and post-16 a little later. */
const PHASE_WEIGHT: Record<string, number> = {
	special: 1.4,
	nursery: 1.1,
	primary: 1.1,
	middle: 0.85,
	secondary: 0.85,
	'all-through': 0.85,
	'post-16': 0.8,
	'alternative provision': 0.9
};

function daysFrom(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function dateBetween(random: SeededRandom, from: string, to: string): string {
	return addDays(from, random.int(0, daysFrom(from, to)));
}

/** Training sessions ran on weekdays: a Saturday or Sunday moves back to the Friday. */
function weekdayOnOrBefore(iso: string): string {
	const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
	return day === 6 ? addDays(iso, -1) : day === 0 ? addDays(iso, -2) : iso;
}

function later(a: string, b: string): string {
	return a > b ? a : b;
}

export const generateValuingSendSchools: DemoGenerator = (ctx) => {
	const random = ctx.random(valuingSendSchoolsSchema.name);
	const schools = openStateFunded(ctx.schools);
	const trainedOn = new Map<number, string>();
	const readinessOn = new Map<number, string>();

	const order = weightedOrder(schools, (s) => PHASE_WEIGHT[String(s.phase)] ?? 1, random);
	let next = 0;
	for (const wave of TRAINING_WAVES) {
		const upTo = Math.round(wave.cumulativeShare * schools.length);
		for (; next < upTo; next++) {
			const urn = Number(order[next]?.urn);
			trainedOn.set(urn, weekdayOnOrBefore(dateBetween(random, wave.from, wave.to)));
		}
	}

	// Readiness in three rounds. Each picks at random among schools without a score that were
	// trained at least two weeks before the round closes, as many as the round's share calls for.
	const trainedCount = (by: string) => [...trainedOn.values()].filter((on) => on <= by).length;
	const round = (from: string, to: string, wanted: (eligible: number) => number) => {
		const eligible = [...trainedOn]
			.filter(([urn, on]) => !readinessOn.has(urn) && addDays(on, MIN_DAYS_AFTER_TRAINING) <= to)
			.map(([urn, on]) => ({ urn, on, key: random.next() }))
			.sort((a, b) => a.key - b.key);
		for (const { urn, on } of eligible.slice(0, Math.max(0, wanted(eligible.length)))) {
			const earliest = later(addDays(on, MIN_DAYS_AFTER_TRAINING), from);
			readinessOn.set(urn, dateBetween(random, earliest, to));
		}
	};
	round('2022-09-01', '2023-08-31', () =>
		Math.round(READINESS_BY_AUG_2023 * trainedCount('2023-08-31'))
	);
	round(
		'2023-09-01',
		'2023-12-31',
		() => Math.round(READINESS_BY_DEC_2023 * trainedCount('2023-12-31')) - readinessOn.size
	);
	round('2024-01-01', '2024-12-31', (eligible) =>
		Math.round(READINESS_2024_SHARE_OF_REST * eligible)
	);

	const rows: Row[] = schools.map((s) => {
		const urn = Number(s.urn);
		return {
			urn,
			district: typeof s.district === 'string' ? s.district : null,
			phase: String(s.phase),
			attended_training_on: trainedOn.get(urn) ?? null,
			readiness_score_completed_on: readinessOn.get(urn) ?? null
		};
	});
	return {
		schema: valuingSendSchoolsSchema,
		rows,
		asAt: '2024-12-31',
		source: illustrativeSource(ctx.seed)
	};
};
