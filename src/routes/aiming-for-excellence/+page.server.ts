import { loadThemePage } from '$lib/server/theme-page';
import type { PageServerLoad } from './$types';
import { a4eSpec } from './spec';

// Prerendered: the county figures are computed at build time from the published extracts.
export const load: PageServerLoad = () => loadThemePage(a4eSpec);
