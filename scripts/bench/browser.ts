import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-args.js';
import { findChromium } from '../ensure-chromium.js';
import { startStaticServer } from '../static-server.js';

export interface ServedSite {
	url: string;
	/** The folder served. */
	root: string;
	browser: Browser;
	close(): Promise<void>;
}

export function chromiumPath(): string {
	const path = findChromium() as string | undefined;
	if (!path) throw new Error('Chromium not found: run `node scripts/ensure-chromium.js`.');
	return path;
}

/** Serves a built site on 127.0.0.1 and launches headless Chromium as the browser tests do. */
export async function serveAndLaunch(buildDir: string): Promise<ServedSite> {
	const server = (await startStaticServer({ root: buildDir })) as {
		url: string;
		close(): Promise<void>;
	};
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	return {
		url: server.url,
		root: buildDir,
		browser,
		async close() {
			await browser.close();
			await server.close();
		}
	};
}
