import type { ClientInit } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { startEngineEarly } from '$lib/state/engine.svelte';

/** Pages built entirely at build time, with no DuckDB-backed filters: profiles and meeting packs. */
const NO_ENGINE = ['/school/', '/japr/', '/present/'];

/**
 * Runs once when the app starts, before the first page hydrates. The dashboard pages offer
 * DuckDB-backed filters, so the engine starts here, in the background; the prerendered numbers
 * are already painted by then (decision 8). Profiles and the meeting packs never query, so they
 * do not pay for the 18 MB wasm (a presenter's laptop on weak wifi least of all).
 */
export const init: ClientInit = () => {
	const base = resolve('/').replace(/\/$/, '');
	const path = window.location.pathname.slice(base.length);
	if (!NO_ENGINE.some((prefix) => path.startsWith(prefix))) startEngineEarly(base);
};
