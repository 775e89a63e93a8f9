import type { BrowserContext, Page, Request } from 'playwright-core';
import { ENGINE_MARKS } from '../../src/lib/state/engine-marks';
import { compressedSizesOnce, sumTransfers, type TransferTotal } from './compression';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentTypeOf, resolveFile } from '../static-server.js';
import { call, HEADLINE_PAINT, MARK_TIME, RESOURCES_STARTED_BEFORE } from './page-probes';
import type { ServedSite } from './browser';

/**
 * The three headline numbers of the overview (the figures the goals compare with Evidence and
 * Observable Framework): schools good or outstanding, the KS2 disadvantage gap, and new EHC
 * plans within 20 weeks. Each score-card number carries elementtiming="kpi:<id>".
 */
export const HEADLINE_KPIS = [
	'kpi:good_outstanding_schools_pct',
	'kpi:ks2_rwm_gap_national_other',
	'kpi:ehcp_20_weeks_excluding_exceptions_pct'
];

const TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1280, height: 900 };

/** One visit to the overview. Times are ms from navigation start, by the page's clock. */
export interface OverviewVisit {
	headlineMs: number | null;
	duckdbRequestedMs: number | null;
	duckdbReadyMs: number | null;
}

export interface OverviewRun {
	/** A new browser context: empty HTTP cache, nothing compiled. */
	cold: OverviewVisit;
	/** The same context navigating to the overview again, as a person coming back would. */
	warm: OverviewVisit;
	/** Main-thread JS heap in use after the cold visit, DuckDB ready, a full GC (bytes). */
	heapUsedBytes: number;
}

async function visit(page: Page, url: string): Promise<OverviewVisit> {
	await page.goto(url, { waitUntil: 'load' });
	const headlineMs = (await page.evaluate(
		call(HEADLINE_PAINT, { ids: HEADLINE_KPIS, timeoutMs: 10_000 })
	)) as number | null;
	const duckdbReadyMs = (await page.evaluate(
		call(MARK_TIME, { name: ENGINE_MARKS.ready, timeoutMs: TIMEOUT_MS })
	)) as number | null;
	const duckdbRequestedMs = (await page.evaluate(
		call(MARK_TIME, { name: ENGINE_MARKS.requested, timeoutMs: 1 })
	)) as number | null;
	return { headlineMs, duckdbRequestedMs, duckdbReadyMs };
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize;
}

/** One cold and one warm visit, with nothing recorded that could slow the page down. */
export async function measureOverview(site: ServedSite): Promise<OverviewRun> {
	const context = await site.browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const cold = await visit(page, `${site.url}/`);
		const heapUsedBytes = await heapAfterGc(context, page);
		const warm = await visit(page, `${site.url}/`);
		return { cold, warm, heapUsedBytes };
	} finally {
		await context.close();
	}
}

export interface OverviewBytes {
	/** Every response of a cold visit until DuckDB is ready and the network is idle. */
	total: TransferTotal;
	/** Responses to requests made before DuckDB was asked for: what the overview itself needs. */
	beforeDuckdb: TransferTotal;
}

/**
 * A separate cold visit that lists every request (the DuckDB worker's too) and sizes each from
 * the file the server sent, as sent and compressed. Which requests came before DuckDB was asked
 * for is read from the page's own Resource Timing, on the same clock as the `duckdb:requested`
 * mark (the worker's requests all come after it: the worker is created after the mark).
 */
export async function measureOverviewBytes(site: ServedSite): Promise<OverviewBytes> {
	const context = await site.browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const finished: string[] = [];
		page.on('requestfinished', (request: Request) => finished.push(request.url()));
		const seen = await visit(page, `${site.url}/`);
		await page.waitForLoadState('networkidle');
		const requestedAt = seen.duckdbRequestedMs ?? Infinity;
		const early = (await page.evaluate(call(RESOURCES_STARTED_BEFORE, requestedAt))) as string[];
		const size = (url: string) => {
			const file = resolveFile(resolve(site.root), new URL(url).pathname) as {
				path: string;
			} | null;
			if (!file) throw new Error(`No file behind ${url}`);
			return compressedSizesOnce(readFileSync(file.path), contentTypeOf(file.path) as string);
		};
		const own = finished.filter((url) => url.startsWith(site.url));
		return {
			total: sumTransfers(own.map(size)),
			beforeDuckdb: sumTransfers([`${site.url}/`, ...early].map(size))
		};
	} finally {
		await context.close();
	}
}
