import { goodOutstandingByDistrictQuery } from '$lib/data/sql/good-schools';
import { buildDeck } from '$lib/meeting-pack/deck';
import { openExtractsInNode } from '$lib/server/extracts-node';
import { loadMeetingPack } from '$lib/server/meeting-pack';
import type { PageServerLoad } from './$types';

/** Build time only: the whole deck, its numbers and its charts' data are in the prerendered page. */
export const load: PageServerLoad = async () => {
	const pack = await loadMeetingPack();
	const extracts = await openExtractsInNode();
	try {
		const districts = await extracts.query<{
			district: string;
			pct: number | null;
			graded: number;
		}>(goodOutstandingByDistrictQuery({}));
		const slides = buildDeck({
			evaluations: pack.evaluations,
			districts,
			dataAsAt: pack.dataAsAt,
			asOf: pack.asOf
		});
		return {
			slides,
			evaluations: pack.evaluations,
			datasets: pack.datasets,
			dataAsAt: pack.dataAsAt
		};
	} finally {
		extracts.close();
	}
};
