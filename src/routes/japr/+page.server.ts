import { loadMeetingPack } from '$lib/server/meeting-pack';
import type { PageServerLoad } from './$types';

/** Build time only: the pack is prerendered with every year's table data in the page. */
export const load: PageServerLoad = () => loadMeetingPack();
