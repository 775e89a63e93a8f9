import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';

/**
 * Hostile addresses, in Chromium. Anyone can send a link, so every member page must survive any
 * query string and fragment: no script error, no console error, no request off the origin, the
 * page's own heading still shown (not the error page), and whatever the page says about the
 * address is plain, short text, never markup from the link.
 *
 * The addresses come from a seeded PRNG written here, so a failure names a URL that reproduces.
 * A fixed catalogue comes first so that every kind of input is tried whatever the seed draws.
 */

const ROUTES = ['/', '/good-schools/', '/closing-the-gap/', '/send/', '/aiming-for-excellence/'];
const PER_ROUTE = 25;
const SEED = 0x4e575;

// The static server is Node's http, which refuses a request head over 16 KiB (as nginx refuses
// one over 8 KiB per line by default); a longer address would test the server, not the page.
const MAX_QUERY = 12_000;

/** mulberry32: small, fast and good enough to pick test inputs. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A marker the injection payloads set, so that running one is seen, not just its markup. */
const PWNED = '__fuzzPwned';

const FILTER_PARAMS = ['district', 'phase', 'governance', 'rayg', 'size', 'year'];

const NAMES = [
	...FILTER_PARAMS,
	'DISTRICT',
	' Phase ',
	'district[]',
	'rayg.0',
	'utm_source',
	'q',
	'',
	'__proto__',
	'__proto__[polluted]',
	'constructor',
	'constructor[prototype][polluted]',
	'prototype',
	'toString',
	'hasOwnProperty'
];

const VALUES = [
	'Watford',
	'st. albans',
	'primary',
	'DARK_GREEN',
	'2024/25',
	'2024-2025',
	'small',
	'academy',
	'Narnia',
	`<script>window.${PWNED}=1</script>`,
	`"><img src=x onerror="window.${PWNED}=1">`,
	`<svg/onload=window.${PWNED}=1>`,
	'javascript:alert(1)',
	"' OR 1=1 --",
	"'; DROP TABLE schools; --",
	'" OR ""="',
	"1 UNION SELECT * FROM read_csv('/etc/passwd')",
	'__proto__',
	'constructor',
	'{{7*7}}',
	'${7*7}',
	'../../etc/passwd',
	'Wätförd',
	'ＷＡＴＦＯＲＤ',
	'İstanbul',
	'e\u0301',
	'😀💥',
	'\u202eevil\u202c',
	'\u200b\ufeffWatford',
	'\u0000\u0007\u001b[31m',
	'null',
	'undefined',
	'NaN',
	'-1',
	'1e309'
];

/** Percent-encoding as people (and attackers) get it wrong: truncated, overlong, surrogates. */
const RAW = [
	'%00',
	'%E0%A4%A',
	'%',
	'%%',
	'%zz',
	'%C0%AF',
	'%ED%A0%80',
	'%FF%FE',
	'%uD800',
	'%2',
	'%F0%9F%98',
	'%0D%0ASet-Cookie:x=1',
	'%3Cscript%3Ealert(1)%3C/script%3E',
	'+%2B+',
	'&&&',
	'==',
	';',
	'%26district%3DWatford'
];

const HASHES = [
	'',
	'',
	'#',
	'#main',
	'#main-content',
	'#district=Watford',
	`#<script>window.${PWNED}=1</script>`,
	'#%00',
	'#%E0%A4%A',
	'#__proto__',
	`#${'x'.repeat(3000)}`,
	'#😀'
];

type Next = () => number;
const pick = <T>(next: Next, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const enc = encodeURIComponent;

/** A value as it appears in a query: properly encoded text, or raw (possibly broken) bytes. */
function rawValue(next: Next): string {
	const r = next();
	if (r < 0.55) return enc(pick(next, VALUES));
	if (r < 0.85) return pick(next, RAW);
	return enc(pick(next, VALUES)) + pick(next, RAW) + enc(pick(next, VALUES));
}

function longValue(next: Next): string {
	const unit = pick(next, ['a', 'Watford', '<script>', '%E0%A4%A', ',', 'é']);
	const text = unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);
	return unit.startsWith('%') ? text : enc(text);
}

function manyValues(next: Next): string {
	const count = 1000 + Math.floor(next() * 2000);
	const short = pick(next, ['a', 'x', 'Watford', 'primary', '1']);
	// Comma-separated in one parameter, or the parameter repeated, as parseFilter accepts both.
	if (next() < 0.5) {
		return `${pick(next, FILTER_PARAMS)}=${Array(count).fill(enc(short)).join(',')}`;
	}
	const name = pick(next, ['phase', 'x', 'district']);
	return Array(Math.min(count, 1500))
		.fill(`${name}=${enc(short)}`)
		.join('&');
}

function param(next: Next): string {
	const r = next();
	if (r < 0.08) return `${enc(pick(next, FILTER_PARAMS))}=${longValue(next)}`;
	if (r < 0.14) return manyValues(next);
	if (r < 0.2) return pick(next, RAW);
	const name = next() < 0.85 ? enc(pick(next, NAMES)) : pick(next, RAW);
	return next() < 0.1 ? name : `${name}=${rawValue(next)}`;
}

/** Every kind of input at least once, before the random ones. */
const CATALOGUE: readonly string[] = [
	'?utm_source=newsletter&foo=bar',
	'?district=Watford&district=Watford&district=Narnia&DISTRICT=dacorum',
	`?district=${'a'.repeat(5000)}`,
	`?phase=${enc('<script>'.repeat(625))}`,
	'?district=%00&phase=%E0%A4%A&rayg=%&size=%zz',
	`?district=${enc(`<script>window.${PWNED}=1</script>`)}#${enc('<script>alert(1)</script>')}`,
	`?rayg=${enc("' OR 1=1 --")}&year=${enc("2024'; DROP TABLE schools; --")}`,
	'?__proto__[polluted]=1&constructor[prototype][polluted]=1&district=__proto__',
	`?district=${enc('Wätförd 😀 \u202eevil ＷＡＴＦＯＲＤ')}`,
	`?district=${Array(1400).fill('Watford').join(',')}`,
	`?${Array(1400).fill('phase=x').join('&')}`,
	'?district=Watford&phase=primary#%E0%A4%A'
];

/**
 * A catalogue address that keeps a real filter once the repeats are merged (Watford, once): the
 * test waits for DuckDB to recompute the page, so that the filtered page is checked too. Only
 * one, because each costs a full DuckDB start.
 */
const RECOMPUTE = new Set([CATALOGUE[9]]);

function fuzzUrls(seed: number, count: number): string[] {
	const next = prng(seed);
	const urls = [...CATALOGUE];
	while (urls.length < count) {
		const params = Array.from({ length: 1 + Math.floor(next() * 6) }, () => param(next));
		urls.push(`?${params.join('&')}${pick(next, HASHES)}`);
	}
	return urls.slice(0, count).map((url) => {
		const hash = url.indexOf('#');
		const query = hash < 0 ? url : url.slice(0, hash);
		return query.slice(0, MAX_QUERY) + (hash < 0 ? '' : url.slice(hash));
	});
}

/** Whether the page must say it ignored part of the address: a parameter it does not use. */
function mustNotice(url: string): boolean {
	const query = url.split('#')[0]?.slice(1) ?? '';
	const names = [...new URLSearchParams(query).keys()].map((n) => n.trim().toLowerCase());
	return names.some((name) => !FILTER_PARAMS.includes(name));
}

let site: SiteUnderTest;

beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

interface Inspection {
	headings: string[];
	pwned: boolean;
	injected: string[];
	notices: { text: string; elements: number }[];
}

/** What the page shows, read in the page: headings, notices, and any sign of injected markup. */
function inspect(marker: string): Inspection {
	const injected: string[] = [];
	for (const el of document.querySelectorAll('*')) {
		for (const attr of el.attributes) {
			// Svelte attaches handlers with addEventListener, so no on* attribute belongs here.
			if (attr.name.toLowerCase().startsWith('on')) injected.push(`${el.tagName} ${attr.name}`);
		}
	}
	for (const script of document.querySelectorAll('script')) {
		const text = `${script.getAttribute('src') ?? ''} ${script.textContent ?? ''}`;
		if (text.includes(marker) || text.includes('alert(')) injected.push('script element');
	}
	return {
		headings: [...document.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim()),
		pwned: marker in window,
		injected,
		notices: [...document.querySelectorAll('.notices li')].map((li) => ({
			text: li.textContent ?? '',
			elements: li.childElementCount
		}))
	};
}

/**
 * Waits until the page has hydrated and run its mount code: every page starts DuckDB from
 * onMount, so its engine status leaving "idle" proves the client read the address (the
 * prerendered HTML alone would pass every check below without running any of the page's code).
 */
async function hydrated(page: Page): Promise<boolean> {
	return page
		.waitForFunction(
			() => document.querySelector('[data-engine]')?.getAttribute('data-engine') !== 'idle',
			undefined,
			{ timeout: 15_000 }
		)
		.then(
			() => true,
			() => false
		);
}

async function settle(page: Page): Promise<void> {
	// Short on purpose: every load starts DuckDB (18 MB of wasm, then the extracts), so the
	// network is seldom idle for long, and waiting it out each time would take minutes.
	await page.waitForLoadState('networkidle', { timeout: 100 }).catch(() => undefined);
}

/** Reads what the page shows and turns anything wrong into a line of the failure report. */
async function problemsOn(page: Page, heading: string): Promise<string[]> {
	const seen = await page.evaluate(inspect, PWNED);
	return [
		...(seen.headings.length === 1 && seen.headings[0] === heading
			? []
			: [`headings ${JSON.stringify(seen.headings)}, expected ${JSON.stringify([heading])}`]),
		...(seen.pwned ? ['an injected script ran'] : []),
		...seen.injected.map((what) => `injected markup: ${what}`),
		// parseFilter shows at most 10 notices and a count of the rest.
		...(seen.notices.length > 11 ? [`${seen.notices.length} notices`] : []),
		...seen.notices
			.filter((n) => n.elements > 0 || n.text.length > 300 || /[\p{Cc}\p{Cf}]/u.test(n.text))
			.map((n) => `notice not plain text: ${JSON.stringify(n.text.slice(0, 120))}`)
	];
}

describe.each(ROUTES)('%s', (route) => {
	it(`survives ${PER_ROUTE} random and hostile query strings and fragments`, async () => {
		const page = await site.browser.newPage({ viewport: { width: 1024, height: 768 } });
		const recorder = recordPage(page);
		await page.goto(`${site.url}${route}`);
		await hydrated(page);
		const [heading = ''] = (await page.evaluate(inspect, PWNED)).headings;
		expect(heading, 'the clean page has a heading').not.toBe('');

		const failures: string[] = [];
		let deadInARow = 0;
		for (const suffix of fuzzUrls(SEED + ROUTES.indexOf(route), PER_ROUTE)) {
			// A page that never hydrates costs the full wait on every address: after three in a row
			// the route is broken whatever the address, and the report already says so.
			if (deadInARow >= 3) {
				failures.push(`${route}: stopped after three addresses in a row did not hydrate`);
				break;
			}
			const url = `${site.url}${route}${suffix}`;
			const shown = url.length > 160 ? `${url.slice(0, 157)}… (${url.length} chars)` : url;
			const mark = {
				requests: recorder.requests.length,
				console: recorder.consoleErrors.length,
				errors: recorder.pageErrors.length
			};
			const problems: string[] = [];
			// DOMContentLoaded comes before the app's modules load; hydrated() waits for those.
			const response = await page
				.goto(url, { waitUntil: 'domcontentloaded' })
				.catch((error: Error) => error.message.split('\n')[0] ?? 'navigation failed');
			if (typeof response === 'string') problems.push(`navigation failed: ${response}`);
			else if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
			const alive = await hydrated(page);
			deadInARow = alive ? 0 : deadInARow + 1;
			if (!alive) problems.push('the page did not hydrate');
			await settle(page);
			if (route !== '/' && mustNotice(suffix)) {
				await page
					.locator('.notices li')
					.first()
					.waitFor({ timeout: 5_000 })
					.catch(() => problems.push('no notice about a parameter the page does not use'));
			}
			if (route !== '/' && RECOMPUTE.has(suffix)) {
				// The address still holds a real filter: let DuckDB answer, so that the recomputed
				// page is checked too, not only the county page it starts from.
				const status: string = await page
					.waitForFunction(
						() => {
							const el = document.querySelector('[data-page-status]');
							const status = el?.getAttribute('data-page-status');
							return status === 'loading' ? false : `${status}: ${el?.textContent?.trim()}`;
						},
						undefined,
						{ timeout: 30_000 }
					)
					.then(
						async (handle) => String(await handle.jsonValue()),
						() => 'still loading after 30 s'
					);
				if (!status.startsWith('ready')) problems.push(`filtered figures failed: ${status}`);
			}
			problems.push(...(await problemsOn(page, heading)));
			problems.push(...recorder.pageErrors.slice(mark.errors).map((e) => `pageerror: ${e}`));
			problems.push(...recorder.consoleErrors.slice(mark.console).map((e) => `console: ${e}`));
			const foreign = foreignRequests(recorder.requests.slice(mark.requests), site.url);
			problems.push(...foreign.map((u) => `foreign request: ${u}`));
			failures.push(...problems.map((problem) => `${shown}: ${problem}`));
		}
		await page.close();
		expect(failures).toEqual([]);
	}, 180_000); // 25 loads take about 20 s; the margin is for a machine shared with other runs
});
