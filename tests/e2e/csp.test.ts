import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, deploymentHeaders } from '../../src/lib/security/csp.js';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';
import { toggleDistrict, waitForSelection } from '../helpers/filter-ui';

/**
 * The Content-Security-Policy on every route, in Chromium: the <meta> SvelteKit writes is there
 * before anything it governs, says exactly what src/lib/security/csp.js says (plus the hash of
 * each inline script the page really has), and nothing the pages do is refused by it, with
 * DuckDB running (a filter change) and a chart downloaded. The same again with the HTTP headers
 * of docs/deployment.md added, as a configured host would send them. No request leaves the
 * origin, and the build links no other host's scripts, styles, fonts or images.
 */

interface Route {
	path: string;
	/** Makes the page do what it does in the browser: start DuckDB, recalculate, draw. */
	exercise(page: Page): Promise<void>;
}

async function chooseWatford(page: Page) {
	await toggleDistrict(page, 'Watford');
	await waitForSelection(page, 'Watford');
}

const ROUTES: Route[] = [
	{
		path: '/',
		async exercise(page) {
			await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
			await page.locator('#go-district').selectOption('Watford');
			await page.getByTestId('computed-in-browser').waitFor({ timeout: 60_000 });
		}
	},
	{
		path: '/good-schools/',
		async exercise(page) {
			await chooseWatford(page);
			// A chart image: the SVG is drawn from a blob: URL onto a canvas (img-src blob:).
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page
					.getByRole('button', { name: /Download PNG/ })
					.first()
					.click()
			]);
			expect(download.suggestedFilename()).toMatch(/\.png$/);
		}
	},
	{ path: '/closing-the-gap/', exercise: chooseWatford },
	{ path: '/send/', exercise: chooseWatford },
	{ path: '/aiming-for-excellence/', exercise: chooseWatford },
	{ path: '/explore/', exercise: chooseWatford },
	{
		// Prerendered in full; nothing runs but SvelteKit's start-up (hydration).
		path: '/school/117158/',
		async exercise(page) {
			await page.getByRole('link', { name: 'RAYG rating (illustrative)' }).click();
		}
	},
	{
		path: '/japr/',
		async exercise(page) {
			await page.locator('#japr-year').selectOption('2023/24');
			await page.locator('[data-year="2023/24"]').waitFor();
		}
	},
	{
		path: '/present/',
		async exercise(page) {
			await page.keyboard.press('ArrowRight');
			await page
				.getByTestId('slide-number')
				.filter({ hasText: /Slide 2 of/ })
				.waitFor();
		}
	},
	{
		// The speaker-notes window the deck opens: a page of its own, with its own policy.
		path: '/present/notes/',
		async exercise(page) {
			await page.getByTestId('notes-text').waitFor();
		}
	}
];

/** "a 'b' c; d e" → { a: ["'b'", 'c'], d: ['e'] } */
function parsePolicy(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

const quoted = (sources: readonly string[]) =>
	sources.map((s) => (/^[a-z-]+:$/.test(s) ? s : `'${s}'`));

/** SHA-256 (base64) of each inline script of the page as served, as CSP hashes them. */
async function inlineHashes(url: string, tag: 'script' | 'style'): Promise<string[]> {
	const html = await (await fetch(url)).text();
	const inline = new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)<\\/${tag}>`, 'g');
	return [...html.matchAll(inline)].map(
		(m) =>
			`'sha256-${createHash('sha256')
				.update(m[1] ?? '')
				.digest('base64')}'`
	);
}

/** Hashes of the page's inline scripts (SvelteKit's bootstrap). */
const inlineScriptHashes = (url: string) => inlineHashes(url, 'script');
/** Hashes of the page's inline styles (SvelteKit inlines small stylesheets: inlineStyleThreshold). */
const inlineStyleHashes = (url: string) => inlineHashes(url, 'style');

/** Collects CSP violations from the first moment of every document (and its frames). */
const WATCH_VIOLATIONS = () => {
	const found: string[] = [];
	(window as unknown as { __cspViolations: string[] }).__cspViolations = found;
	document.addEventListener('securitypolicyviolation', (e) =>
		found.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
	);
};

const MODES = [
	{ mode: 'the <meta> policy alone', headers: undefined },
	{ mode: 'the deployment headers as well', headers: deploymentHeaders() }
];

describe.each(MODES)('CSP with $mode', ({ headers }) => {
	let site: SiteUnderTest;
	beforeAll(async () => {
		site = await openSite({ headers });
	});
	afterAll(async () => {
		await site?.close();
	});

	it.each(ROUTES)(
		'$path: policy as intended, nothing refused, nothing off the origin',
		async (route) => {
			const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
			const recorder = recordPage(page);
			await page.addInitScript(WATCH_VIOLATIONS);
			const response = await page.goto(`${site.url}${route.path}`);
			await page.locator('h1').first().waitFor();

			if (headers) {
				expect(response?.headers()['content-security-policy']).toBe(
					headers['Content-Security-Policy']
				);
				expect(response?.headers()['x-content-type-options']).toBe('nosniff');
			}

			// One policy, in the head, before any script, preload or stylesheet it governs.
			const metas = await page.evaluate(() =>
				[...document.head.children].map((el) => ({
					tag: `${el.tagName.toLowerCase()}${el.getAttribute('rel') ? ` ${el.getAttribute('rel')}` : ''}`,
					csp: el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
					content: el.getAttribute('content')
				}))
			);
			const at = metas.findIndex((m) => m.csp);
			expect(metas.filter((m) => m.csp)).toHaveLength(1);
			expect(metas.slice(0, at).map((m) => m.tag)).toEqual(['meta', 'meta', 'link icon']);

			// Exactly the configured directives; script-src and style-src add only this page's inline
			// script and style hashes.
			const policy = parsePolicy(metas[at]?.content ?? '');
			const hashes = await inlineScriptHashes(`${site.url}${route.path}`);
			expect(hashes.length).toBeGreaterThan(0);
			const expected = Object.fromEntries(
				Object.entries(CSP_DIRECTIVES).map(([name, sources]) => [name, quoted(sources)])
			);
			expected['script-src'] = [...(expected['script-src'] ?? []), ...hashes];
			const styleHashes = [...new Set(await inlineStyleHashes(`${site.url}${route.path}`))];
			if (styleHashes.length > 0)
				expected['style-src'] = [...(expected['style-src'] ?? []), ...styleHashes];
			expect(policy).toEqual(expected);

			await route.exercise(page);
			// Let anything started by the exercise (the worker, lazy chunks) settle and report.
			await page.waitForLoadState('networkidle');

			const violations = await page.evaluate(
				() => (window as unknown as { __cspViolations: string[] }).__cspViolations
			);
			expect(violations).toEqual([]);
			expect(recorder.consoleErrors).toEqual([]);
			expect(recorder.pageErrors).toEqual([]);
			expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
			await page.close();
		}
	);
});

describe('the build loads nothing from another host', () => {
	function files(dir: string, ext: RegExp): string[] {
		return readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return files(path, ext);
			return ext.test(name) ? [path] : [];
		});
	}

	it('no script, stylesheet, font, image or preload from another origin; no analytics', () => {
		const offenders: string[] = [];
		for (const file of files('build', /\.html$/)) {
			const html = readFileSync(file, 'utf8');
			for (const m of html.matchAll(
				/<(script|link|img|iframe|source)\b[^>]*\b(?:src|href)="([^"]*)"/g
			))
				if (/^(https?:)?\/\//.test(m[2] ?? '')) offenders.push(`${file}: <${m[1]}> ${m[2]}`);
		}
		for (const file of files('build/_app', /\.css$/)) {
			const css = readFileSync(file, 'utf8');
			if (/@import|url\(\s*['"]?(https?:)?\/\//.test(css))
				offenders.push(`${file}: external url()`);
		}
		for (const file of files('build/_app', /\.js$/)) {
			const js = readFileSync(file, 'utf8');
			if (/google-analytics|googletagmanager|fonts\.googleapis|plausible\.io|matomo/.test(js))
				offenders.push(`${file}: analytics or web fonts`);
		}
		expect(offenders).toEqual([]);
	});
});
