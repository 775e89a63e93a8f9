import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.js';
import { findChromium } from '../../scripts/ensure-chromium.js';
import { startStaticServer } from '../../scripts/static-server.js';

export interface SiteUnderTest {
	url: string;
	browser: Browser;
	close(): Promise<void>;
}

/**
 * Serves the built site (build/, or a changed copy of it at `root`) on loopback, optionally with
 * extra response headers, and launches Debian's Chromium against it.
 */
export async function openSite(
	options: { root?: string; headers?: Record<string, string> } = {}
): Promise<SiteUnderTest> {
	const executablePath = findChromium() as string | undefined;
	if (!executablePath)
		throw new Error('Chromium not found: run `node scripts/ensure-chromium.js`.');
	const server = (await startStaticServer({
		root: options.root ?? 'build',
		headers: options.headers
	})) as {
		url: string;
		close(): Promise<void>;
	};
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	return {
		url: server.url,
		browser,
		async close() {
			await browser.close();
			await server.close();
		}
	};
}

/** Everything a page asked for and complained about, for the "nothing leaves the origin" checks. */
export interface PageRecorder {
	requests: string[];
	consoleErrors: string[];
	pageErrors: string[];
}

export function recordPage(page: Page): PageRecorder {
	const recorder: PageRecorder = { requests: [], consoleErrors: [], pageErrors: [] };
	page.on('request', (r) => recorder.requests.push(r.url()));
	page.on('console', (m) => {
		if (m.type() === 'error') recorder.consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => recorder.pageErrors.push(e.message));
	return recorder;
}

/** Requests whose origin is not the site's own (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[], siteUrl: string): string[] {
	const origin = new URL(siteUrl).origin;
	return requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}
