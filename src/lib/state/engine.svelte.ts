import type { BrowserDatabase } from '$lib/data/duckdb-browser';
import { ENGINE_MARKS } from './engine-marks';

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'error';

/** A User Timing mark, once per page: cheap, and visible in any performance profile. */
function markOnce(name: string): void {
	if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
	performance.mark(name);
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
