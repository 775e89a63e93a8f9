import { sldPlacesAwaitingSchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { DemoGenerator } from './context';
import { illustrativeSource } from './sampling';
import { monthsBetween } from './ehcp-monthly';
import { placesOpenBy, SPECIALIST_PROJECTS } from './specialist-place-projects';

const AREAS = ['west', 'east', 'north'] as const;
const FIRST_MONTH = '2023-01-01';
const LAST_MONTH = '2026-09-01';

/** Waiting at the start of 2023 (illustrative). */
const START: Record<(typeof AREAS)[number], number> = { west: 68, east: 61, north: 52 };
/** New pupils needing an SLD place, per area per month, net of those placed elsewhere. */
const INFLOW_PER_MONTH = 0.7;
/** Share of newly opened SLD places taken by pupils already waiting. */
const TAKEN_FROM_WAITING = 0.6;
/** Earlier support in the early years reduces the waiting list from 2024 (plan area 7). */
const EARLY_YEARS_EFFECT_FROM = '2024-01-01';
const EARLY_YEARS_EFFECT_PER_MONTH = 0.3;
/** Month-to-month wobble: AR(1) with this persistence and spread. */
const NOISE_PERSISTENCE = 0.6;
const NOISE_SD = 2;

export const generateSldPlacesAwaiting: DemoGenerator = (ctx) => {
	const random = ctx.random(sldPlacesAwaitingSchema.name);
	const months = monthsBetween(FIRST_MONTH, LAST_MONTH);
	const effectStart = months.indexOf(EARLY_YEARS_EFFECT_FROM);
	const noise = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<string, number>;
	const rows: Row[] = [];
	months.forEach((month, t) => {
		// Only compared as text: every date in the month sorts on or before "YYYY-MM-31".
		const monthEnd = `${month.slice(0, 8)}31`;
		for (const area of AREAS) {
			const opened = SPECIALIST_PROJECTS.filter((p) => p.type === 'sld_special' && p.area === area)
				.map((p) => placesOpenBy(p, monthEnd))
				.reduce((a, b) => a + b, 0);
			noise[area] = NOISE_PERSISTENCE * (noise[area] ?? 0) + NOISE_SD * random.normal();
			const earlyYears = EARLY_YEARS_EFFECT_PER_MONTH * Math.max(0, t - effectStart);
			const waiting =
				START[area] +
				INFLOW_PER_MONTH * t -
				TAKEN_FROM_WAITING * opened -
				earlyYears +
				(noise[area] ?? 0);
			rows.push({ month, area, pupils_awaiting: Math.max(0, Math.round(waiting)) });
		}
	});
	return {
		schema: sldPlacesAwaitingSchema,
		rows,
		asAt: '2026-09-30',
		source: illustrativeSource(ctx.seed)
	};
};
