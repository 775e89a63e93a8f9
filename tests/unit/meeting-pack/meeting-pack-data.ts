import { goodOutstandingByDistrictQuery } from '../../../src/lib/data/sql/good-schools';
import { buildDeck } from '../../../src/lib/meeting-pack/deck';
import { openExtractsInNode } from '../../../src/lib/server/extracts-node';
import { loadMeetingPack } from '../../../src/lib/server/meeting-pack';

/** The packs' build-time data from the committed extracts, in node DuckDB, as the build makes it. */
export async function loadDeckAndPack() {
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
