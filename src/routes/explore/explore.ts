import { KPI_CATALOGUE } from '$lib/kpi/catalogue';

/** KPIs the explorer can break down: those with both a district and a phase grain. */
export const EXPLORE_KPIS = KPI_CATALOGUE.filter(
	(k) => k.grains.includes('district') && k.grains.includes('phase')
).map((k) => k.id);

export const DEFAULT_KPI = 'good_outstanding_schools_pct';

/** Tiles laid out roughly as the districts sit on a map (column, row). */
export const DISTRICT_TILES: Record<string, [number, number]> = {
	'North Hertfordshire': [2, 1],
	Dacorum: [1, 2],
	Stevenage: [2, 2],
	'East Hertfordshire': [3, 2],
	'St Albans': [1, 3],
	'Welwyn Hatfield': [2, 3],
	Broxbourne: [3, 3],
	'Three Rivers': [1, 4],
	Watford: [2, 4],
	Hertsmere: [3, 4]
};

/** Reads `?kpi=` (an explorer parameter, not a filter), falling back to the default. */
export function kpiFromParams(params: URLSearchParams): { kpiId: string; notice: string | null } {
	const asked = params.get('kpi');
	if (asked === null) return { kpiId: DEFAULT_KPI, notice: null };
	if (EXPLORE_KPIS.includes(asked)) return { kpiId: asked, notice: null };
	return {
		kpiId: DEFAULT_KPI,
		notice: `Ignored measure "${asked.slice(0, 40).replace(/[^\w .-]/g, '')}": not one the explorer can break down.`
	};
}
