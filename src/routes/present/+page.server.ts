import { loadDeck } from '$lib/server/deck';
import type { PageServerLoad } from './$types';

/** Build time only: the whole deck, its numbers and its charts' data are in the prerendered page. */
export const load: PageServerLoad = async () => {
	const { pack, slides } = await loadDeck();
	return {
		slides,
		evaluations: pack.evaluations,
		datasets: pack.datasets,
		dataAsAt: pack.dataAsAt
	};
};
