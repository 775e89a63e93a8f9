import type { ClientInit } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { startEngineEarly } from '$lib/state/engine.svelte';

/**
 * Runs once when the app starts, before the first page hydrates. Every page but the school
 * profiles offers DuckDB-backed filters, so the engine starts here, in the background; the
 * prerendered numbers are already painted by then (decision 8).
 */
export const init: ClientInit = () => {
	if (!window.location.pathname.includes('/school/'))
		startEngineEarly(resolve('/').replace(/\/$/, ''));
};
