import { loadDeck } from '$lib/server/deck';
import type { PageServerLoad } from './$types';

/** Build time only: the notes window needs the slides' titles and notes, not their charts. */
export const load: PageServerLoad = async () => {
	const { slides } = await loadDeck();
	return {
		slides: slides.map(({ id, title, message, notes }) => ({ id, title, message, notes }))
	};
};
