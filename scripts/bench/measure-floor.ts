import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../static-server.js';
import { HEADLINE_KPIS } from './measure-load';
import { call, FIRST_CONTENTFUL_PAINT } from './page-probes';

/**
 * The floor: a plain HTML page with nothing but the three headline numbers (the comparison the
 * goals quote at 94 ms), served the same way. Measured in the same run, it shows how much of the
 * overview's time is the page's own and how much is the machine's. Its numbers are painted in
 * its first contentful paint, which is what is timed: Chromium gave no Element Timing entries
 * for this page (nothing else on it is painted later for them to be told apart from).
 */
const FLOOR_HTML = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Floor</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}</style></head>
<body><h1>Headline figures</h1>
<p>Schools good or outstanding: <span elementtiming="${HEADLINE_KPIS[0]}">91.8%</span></p>
<p>KS2 disadvantage gap: <span elementtiming="${HEADLINE_KPIS[1]}">29 pp</span></p>
<p>EHC plans within 20 weeks: <span elementtiming="${HEADLINE_KPIS[2]}">55.2%</span></p>
</body></html>
`;

export async function measureFloor(browser: Browser, runs: number): Promise<(number | null)[]> {
	const root = '.bench/floor';
	mkdirSync(root, { recursive: true });
	writeFileSync(join(root, 'index.html'), FLOOR_HTML);
	const server = (await startStaticServer({ root })) as { url: string; close(): Promise<void> };
	const times: (number | null)[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto(`${server.url}/`, { waitUntil: 'load' });
			times.push(
				(await page.evaluate(call(FIRST_CONTENTFUL_PAINT, { timeoutMs: 10_000 }))) as number | null
			);
			await context.close();
		}
	} finally {
		await server.close();
	}
	return times;
}
