import { a4eLicencesSchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { SeededRandom } from '../lib/seeded-random';
import type { DemoGenerator } from './context';
import { addDays, illustrativeSource, openStateFunded, weightedOrder } from './sampling';
import { RECOMMENDED_LICENCES, sizeBandOf } from '../../../src/lib/kpi/size-bands';

/** £37.50 a licence, against the usual £65 (A4E learning offer 2023–24). */
export const LICENCE_PRICE_GBP = 37.5;

// The size bands and recommended licences are defined once, with the KPI definitions.
export { RECOMMENDED_LICENCES, sizeBandOf, type SizeBand } from '../../../src/lib/kpi/size-bands';

/**
 * About 60% of schools bought licences, and a little over half of those bought at least the
 * recommended number (so about a third of all schools meet the recommendation).
 */
const SHARE_WITH_LICENCES = 0.6;
const SHARE_OF_BUYERS_MEETING = 0.55;
/** Primaries took the course up more readily than secondaries. */
const PHASE_WEIGHT: Record<string, number> = {
	primary: 1.2,
	nursery: 1.1,
	special: 1.1,
	secondary: 0.8
};

/** Most orders came in the launch term (autumn 2023), tailing off to March 2025. */
function orderDate(random: SeededRandom): string {
	const r = random.next();
	if (r < 0.55) return addDays('2023-09-04', random.int(0, 108));
	if (r < 0.85) return addDays('2024-01-08', random.int(0, 196));
	return addDays('2024-09-02', random.int(0, 209));
}

export const generateA4eLicences: DemoGenerator = (ctx) => {
	const random = ctx.random(a4eLicencesSchema.name);
	const schools = openStateFunded(ctx.schools);
	const buyers = weightedOrder(schools, (s) => PHASE_WEIGHT[String(s.phase)] ?? 1, random).slice(
		0,
		Math.round(SHARE_WITH_LICENCES * schools.length)
	);
	const meeting = new Set(
		buyers.slice(0, Math.round(SHARE_OF_BUYERS_MEETING * buyers.length)).map((s) => Number(s.urn))
	);
	const buying = new Set(buyers.map((s) => Number(s.urn)));

	const rows: Row[] = schools.map((s) => {
		const urn = Number(s.urn);
		const band = sizeBandOf(typeof s.pupils === 'number' ? s.pupils : null);
		const recommended = RECOMMENDED_LICENCES[band];
		let licences = 0;
		if (meeting.has(urn)) licences = recommended + (random.chance(0.2) ? random.int(1, 3) : 0);
		else if (buying.has(urn)) licences = random.int(1, recommended - 1);
		return {
			urn,
			district: typeof s.district === 'string' ? s.district : null,
			phase: String(s.phase),
			size_band: band,
			recommended_licences: recommended,
			licences,
			spend_gbp: licences * LICENCE_PRICE_GBP,
			ordered_on: licences > 0 ? orderDate(random) : null
		};
	});
	return {
		schema: a4eLicencesSchema,
		rows,
		asAt: '2025-08-31',
		source: illustrativeSource(ctx.seed)
	};
};
