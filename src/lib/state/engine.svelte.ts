import type { BrowserDatabase } from '$lib/data/duckdb-browser';
import { ENGINE_MARKS } from './engine-marks';

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'error';

/** A User Timing mark, once per page: cheap, and visible in any performance profile. */
function markOnce(name: string): void {
	if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
	performance.mark(name);
}

/**
 * Starts DuckDB as the app starts, before the page hydrates (see src/hooks.client.ts): the
 * wasm downloads and compiles in DuckDB's worker, off the main thread, while the page hydrates,
 * instead of after. Pages still call `EngineState.start()`, which joins the same start.
 */
export function startEngineEarly(basePath: string): void {
	markOnce(ENGINE_MARKS.requested);
	import('$lib/data/duckdb-browser')
		.then(({ getBrowserDatabase }) => getBrowserDatabase(basePath))
		.then(
			() => markOnce(ENGINE_MARKS.ready),
			() => {
				// A failed start is reported by the page's own start(), which tries again.
			}
		);
}

/**
 * The in-browser DuckDB as the page sees it: a status to show people, and the database once it
 * is ready. The import is dynamic so the engine (and its wasm) loads only in the browser.
 */
export class EngineState {
	status = $state<EngineStatus>('idle');
	error = $state<string | null>(null);
	database: BrowserDatabase | null = null;

	async start(basePath: string): Promise<BrowserDatabase | null> {
		if (this.database) return this.database;
		this.status = 'starting';
		markOnce(ENGINE_MARKS.requested);
		try {
			const { getBrowserDatabase } = await import('$lib/data/duckdb-browser');
			this.database = await getBrowserDatabase(basePath);
			markOnce(ENGINE_MARKS.ready);
			this.status = 'ready';
			this.error = null;
			return this.database;
		} catch (error) {
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
			return null;
		}
	}
}
