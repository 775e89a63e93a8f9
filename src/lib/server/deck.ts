import { goodOutstandingByDistrictQuery } from '../data/sql/good-schools';
import { buildDeck } from '../meeting-pack/deck';
import { openExtractsInNode } from './extracts-node';
import { loadMeetingPack } from './meeting-pack';

/** Build time only: the Chairs Briefing deck and the data its charts draw. */
export async function loadDeck() {
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
		return { pack, slides };
	} finally {
		extracts.close();
	}
}
