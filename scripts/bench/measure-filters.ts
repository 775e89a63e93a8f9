import { ENGINE_MARKS } from '../../src/lib/state/engine-marks';
import { planFilterChanges, type FilterControls } from './filter-plan';
import { call, FILTER_CHANGE, FILTER_CONTROLS, MARK_TIME } from './page-probes';
import type { ServedSite } from './browser';

/** The pages with a filter bar and charts: every theme page and the explorer. */
export const FILTER_PAGES = [
	'/good-schools/',
	'/closing-the-gap/',
	'/send/',
	'/aiming-for-excellence/',
	'/explore/'
];

export interface PageFilterTimes {
	path: string;
	/** ms from each change to every chart updated and painted, in the order made. */
	times: number[];
	/** Of each, ms spent in the queries (the page's `filter:queries` measure; 0 if none ran). */
	queryTimes: number[];
	/** Changes the page did not answer within the time limit (not in `times`). */
	timedOut: number;
	/** Changes the page answered with an error message (not in `times`). */
	errors: number;
}

const CHANGE_TIMEOUT_MS = 30_000;

/**
 * Opens the page, waits until DuckDB is ready (its start-up is measured on its own), then makes
 * `count` seeded filter changes one after another, each timed inside the page.
 */
export async function measureFilterChanges(
	site: ServedSite,
	path: string,
	count: number,
	seed: number,
	progress: (done: number) => void
): Promise<PageFilterTimes> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
		const ready = await page.evaluate(
			call(MARK_TIME, { name: ENGINE_MARKS.ready, timeoutMs: 60_000 })
		);
		if (ready === null) throw new Error(`DuckDB did not start on ${path}`);
		const controls = (await page.evaluate(call(FILTER_CONTROLS))) as FilterControls;
		const steps = planFilterChanges(controls, count, seed);
		const times: number[] = [];
		const queryTimes: number[] = [];
		let timedOut = 0;
		let errors = 0;
		for (const [i, step] of steps.entries()) {
			const change = (await page.evaluate(
				call(FILTER_CHANGE, { ...step, timeoutMs: CHANGE_TIMEOUT_MS })
			)) as { total: number; queries: number; error?: true } | null;
			if (change === null) timedOut++;
			else if (change.error) errors++;
			else {
				times.push(change.total);
				queryTimes.push(change.queries);
			}
			if ((i + 1) % 50 === 0) progress(i + 1);
		}
		return { path, times, queryTimes, timedOut, errors };
	} finally {
		await context.close();
	}
}
