import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { chromium, type Browser, type Page } from 'playwright-core';
import { render } from 'svelte/server';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../scripts/static-server.js';
import { checkAxe, interactiveElements, walkByKeyboard } from '../../helpers/a11y';
import AppliedFilters from '../../../src/lib/components/AppliedFilters.svelte';
import FilterBar from '../../../src/lib/components/FilterBar.svelte';
import {
	DISTRICT_VALUES,
	GOVERNANCE_VALUES,
	PHASE_VALUES,
	RAYG_VALUES,
	SIZE_BAND_VALUES,
	type KpiFilter
} from '../../../src/lib/kpi/filter';
import type { FilterOptions } from '../../../src/lib/state/url-filter';

/**
 * The filter bar's accessible structure, read from its server-rendered HTML (the markup is what
 * assistive technology gets), then the same components in Chromium with the app's CSS.
 */

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

const EVERYTHING: FilterOptions = {
	districts: [...DISTRICT_VALUES],
	phases: [...PHASE_VALUES],
	governance: [...GOVERNANCE_VALUES],
	rayg: [...RAYG_VALUES],
	sizeBands: [...SIZE_BAND_VALUES],
	years: ['2022/23', '2023/24', '2024/25']
};

const noop = () => {};

function bar(available: FilterOptions, filter: KpiFilter = {}): string {
	return render(FilterBar, { props: { filter, available, onchange: noop } }).body;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** The text people read: tags and Svelte's hydration comments removed, entities decoded. */
const text = (html: string) =>
	html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ENTITIES[e] ?? '')
		.trim();

const attr = (tag: string, name: string) =>
	new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];

/** Inner HTML of every element of a kind, for elements that do not nest (label, legend…). */
const elements = (html: string, name: string) =>
	[...html.matchAll(new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => ({
		attrs: m[1] ?? '',
		inner: m[2] ?? ''
	}));

/** The accessible name each form control gets from its `<label for>`. */
function labelFor(html: string, id: string): string | null {
	const label = elements(html, 'label').find((l) => attr(` ${l.attrs}`, 'for') === id);
	return label ? text(label.inner) : null;
}

const legends = (html: string) => elements(html, 'legend').map((l) => text(l.inner));

describe('FilterBar (server-rendered markup)', () => {
	it('is a named region with a legend for every group and a label for every control', () => {
		const html = bar(EVERYTHING);
		expect(html).toMatch(/<section[^>]*aria-label="Filters"/);
		expect(tags(html, 'fieldset')).toHaveLength(5);
		expect(legends(html)).toEqual([
			'Show schools in these districts',
			'Phase',
			'Governance',
			'RAYG rating',
			'School size'
		]);

		const controls = [...tags(html, 'input'), ...tags(html, 'select')];
		expect(controls).toHaveLength(10 + 8 + 3 + 5 + 3 + 1);
		const ids = controls.map((tag) => attr(tag, 'id'));
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			expect(id, 'every control has an id').toBeTruthy();
			expect(labelFor(html, id as string), `label for ${id}`).toMatch(/\S/);
		}
	});

	it('labels values in words people use', () => {
		const html = bar(EVERYTHING);
		const names = tags(html, 'input').map((tag) => labelFor(html, attr(tag, 'id') as string));
		expect(names).toEqual([
			...DISTRICT_VALUES,
			'Nursery',
			'Primary',
			'Middle',
			'Secondary',
			'All-through',
			'Special',
			'Alternative provision',
			'Post-16',
			'Maintained',
			'Academy',
			'Other',
			'Dark green',
			'Light green',
			'Yellow',
			'Amber',
			'Red',
			'Small (under 210 pupils)',
			'Medium (210–629 pupils)',
			'Large (630 or more pupils)'
		]);
		const select = tags(html, 'select')[0] as string;
		expect(labelFor(html, attr(select, 'id') as string)).toBe('Year');
	});

	it('puts districts in a disclosure whose summary says what is chosen, in words', () => {
		expect(text(elements(bar(EVERYTHING), 'summary')[0]?.inner ?? '')).toBe('District: all');
		const two = bar(EVERYTHING, { districts: ['Dacorum', 'Watford'] });
		expect(text(elements(two, 'summary')[0]?.inner ?? '')).toBe('District: Dacorum and Watford');
		const three = bar(EVERYTHING, { districts: ['Dacorum', 'Stevenage', 'Watford'] });
		expect(text(elements(three, 'summary')[0]?.inner ?? '')).toBe('District: 3 of 10 chosen');
		// Closed by default so that the bar stays short.
		expect(tags(two, 'details')[0]).not.toMatch(/\sopen/);
	});

	it('shows only the dimensions a page supports', () => {
		const html = bar({ phases: ['primary', 'secondary'] });
		expect(tags(html, 'details')).toHaveLength(0);
		expect(tags(html, 'select')).toHaveLength(0);
		expect(legends(html)).toEqual(['Phase']);
		expect(tags(html, 'input').map((tag) => attr(tag, 'value'))).toEqual(['primary', 'secondary']);

		const yearsOnly = bar({ years: ['2024/25'], phases: [] });
		expect(tags(yearsOnly, 'fieldset')).toHaveLength(0);
		expect(tags(yearsOnly, 'input')).toHaveLength(0);
		expect(tags(yearsOnly, 'select')).toHaveLength(1);
	});

	it('always has a Clear filters button that does not submit anything', () => {
		for (const html of [bar(EVERYTHING), bar({})]) {
			const buttons = elements(html, 'button');
			expect(buttons).toHaveLength(1);
			expect(attr(` ${buttons[0]?.attrs}`, 'type')).toBe('button');
			expect(text(buttons[0]?.inner ?? '')).toBe('Clear filters');
		}
	});

	it('ticks what the filter holds and nothing else', () => {
		const html = bar(EVERYTHING, { phases: ['primary'], rayg: ['amber', 'red'] });
		const ticked = tags(html, 'input')
			.filter((tag) => /\schecked(\s|=|\/?>)/.test(tag))
			.map((tag) => attr(tag, 'value'));
		expect(ticked).toEqual(['primary', 'amber', 'red']);
	});

	it('offers only canonical values, respelt, and escapes the rest away', () => {
		const html = bar({ districts: ['watford', 'Narnia', '<img src=x onerror=alert(1)>'] });
		expect(tags(html, 'input').map((tag) => attr(tag, 'value'))).toEqual(['Watford']);
		expect(html).not.toContain('<img');
		expect(html).not.toContain('Narnia');
	});

	it('selects the year in the filter, and shows a several-year selection as it is', () => {
		const selected = (html: string) =>
			elements(html, 'option')
				.filter((o) => /\sselected/.test(` ${o.attrs}`))
				.map((o) => text(o.inner));
		const options = (html: string) => elements(html, 'option').map((o) => text(o.inner));
		expect(selected(bar(EVERYTHING))).toEqual(['All years']);
		expect(options(bar(EVERYTHING))).toEqual(['All years', '2022/23', '2023/24', '2024/25']);
		expect(selected(bar(EVERYTHING, { years: ['2023/24'] }))).toEqual(['2023/24']);
		const two = bar(EVERYTHING, { years: ['2023/24', '2024/25'] });
		expect(selected(two)).toEqual(['2023/24 and 2024/25']);
		expect(options(two)).toEqual([
			'All years',
			'2023/24 and 2024/25',
			'2022/23',
			'2023/24',
			'2024/25'
		]);
	});
});

describe('AppliedFilters (server-rendered markup)', () => {
	const applied = (props: { filter: KpiFilter; notices?: string[]; cohort?: string }) =>
		render(AppliedFilters, { props }).body;

	it('says what is applied in words, inside a polite status region', () => {
		const html = applied({ filter: { districts: ['Watford', 'Dacorum'], phases: ['primary'] } });
		expect(html).toMatch(/<div[^>]*role="status"/);
		expect(text(html)).toBe('Showing: Watford and Dacorum; primary schools');
	});

	it('says "All of Hertfordshire" when nothing is applied, and shows no empty extras', () => {
		const html = applied({ filter: {} });
		expect(text(html)).toBe('Showing: All of Hertfordshire');
		expect(html).not.toContain('<ul');
	});

	it('shows the cohort when given', () => {
		const html = applied({ filter: {}, cohort: 'Based on 38 schools, 17,666 pupils' });
		expect(text(html)).toBe('Showing: All of Hertfordshire Based on 38 schools, 17,666 pupils');
	});

	it('lists notices inside the same status region, escaped', () => {
		const html = applied({
			filter: {},
			notices: [
				'Ignored district "Narnia": not a Hertfordshire district.',
				'Ignored phase "<script>": not a school phase this dashboard knows.'
			]
		});
		const status = /<div[^>]*role="status"[^>]*>([\s\S]*)<\/div>\s*$/.exec(
			html.replace(/<!--[\s\S]*?-->/g, '').trim()
		);
		expect(status).not.toBeNull();
		const items = elements(status?.[1] ?? '', 'li').map((li) => text(li.inner));
		expect(items).toEqual([
			'Ignored district "Narnia": not a Hertfordshire district.',
			'Ignored phase "<script>": not a school phase this dashboard knows.'
		]);
		expect(html).not.toContain('<script>');
		expect(text(html)).toContain('Some of the address could not be used:');
	});
});

/**
 * The same components hydrated in Chromium with the app's global CSS, wired to the URL the way a
 * page wires them, so that what the markup promises is checked where people meet it: axe, a real
 * Tab walk (every control reached, focus drawn, targets at least 24 × 24) and keyboard-only use.
 */
describe('FilterBar in Chromium', () => {
	let dir: string;
	let server: { url: string; close(): Promise<void> };
	let browser: Browser;

	const HARNESS = `<script lang="ts">
	import AppliedFilters from '$lib/components/AppliedFilters.svelte';
	import FilterBar from '$lib/components/FilterBar.svelte';
	import type { KpiFilter } from '$lib/kpi/filter';
	import {
		allowedFor,
		parseFilter,
		serializeFilter,
		type FilterOptions
	} from '$lib/state/url-filter';

	// Everything but governance, to show a link asking for a filter the page does not offer.
	const available: FilterOptions = ${JSON.stringify({ ...EVERYTHING, governance: undefined })};
	let state = $state(parseFilter(new URLSearchParams(location.search), allowedFor(available)));

	function onchange(filter: KpiFilter) {
		const query = serializeFilter(filter).toString();
		history.replaceState(null, '', query ? '?' + query : location.pathname);
		state = { filter, notices: [] };
	}
</script>

<main class="container">
	<h1>Filter bar</h1>
	<FilterBar filter={state.filter} {available} {onchange} />
	<AppliedFilters filter={state.filter} notices={state.notices} cohort="Based on 38 schools, 17,666 pupils" />
</main>
`;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'filter-bar-'));
		const src = join(dir, 'src');
		await mkdir(src);
		// The harness lives outside the repository; this lets its imports find the project's packages.
		await symlink(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
		await writeFile(join(src, 'Harness.svelte'), HARNESS);
		await writeFile(
			join(src, 'main.ts'),
			`import { mount } from 'svelte';\nimport ${JSON.stringify(resolve('src/app.css'))};\nimport Harness from './Harness.svelte';\nmount(Harness, { target: document.body });\n`
		);
		await writeFile(
			join(src, 'index.html'),
			'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Filter bar</title>' +
				'<script type="module" src="./main.ts"></script></head><body></body></html>'
		);
		await build({
			root: src,
			configFile: false,
			logLevel: 'silent',
			resolve: { alias: { $lib: resolve('src/lib') } },
			plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
			build: { outDir: join(dir, 'out'), emptyOutDir: true, minify: false }
		});
		server = (await startStaticServer({ root: join(dir, 'out') })) as typeof server;
		browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	async function open(query = ''): Promise<Page> {
		const tab = await browser.newPage();
		await tab.goto(`${server.url}/index.html${query}`);
		await tab.getByRole('button', { name: 'Clear filters' }).waitFor();
		return tab;
	}

	/** Presses Tab until the control with this accessible name has focus (a person would too). */
	async function tabTo(tab: Page, name: string) {
		for (let i = 0; i < 60; i++) {
			await tab.keyboard.press('Tab');
			const focused = await tab.evaluate(() => {
				const el = document.activeElement as HTMLInputElement | null;
				return el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
			});
			if (focused === name) return;
		}
		throw new Error(`Tab never reached "${name}"`);
	}

	const status = (tab: Page) => tab.getByRole('status').innerText();
	const search = (tab: Page) => tab.evaluate(() => decodeURIComponent(location.search));

	it('has no WCAG A/AA violations, closed or open', async () => {
		const tab = await open('?phase=primary&year=2024/25');
		expect(await checkAxe(tab)).toEqual([]);
		await tab.locator('summary').click();
		expect(await checkAxe(tab)).toEqual([]);
		await tab.close();
	});

	it('reaches every control by Tab, with focus drawn and targets at least 24 × 24', async () => {
		const tab = await open();
		for (const open of [false, true]) {
			if (open) await tab.locator('summary').click();
			const walk = await walkByKeyboard(tab);
			const controls = await interactiveElements(tab);
			expect(walk.end).not.toBe('max-steps');
			expect(walk.stops.map((s) => s.selector)).toEqual(controls.map((c) => c.selector));
			// Summary, 8 phases, 5 ratings, 3 sizes, year, clear (+ 10 districts when open).
			expect(controls).toHaveLength(19 + (open ? 10 : 0));
			for (const stop of walk.stops) {
				expect(stop.focusVisible, stop.name).toBe(true);
				expect(stop.box.width, stop.name).toBeGreaterThanOrEqual(24);
				expect(stop.box.height, stop.name).toBeGreaterThanOrEqual(24);
				expect(stop.name).not.toBe('');
			}
		}
		await tab.close();
	});

	it('works by keyboard alone, and the URL follows', async () => {
		const tab = await open();
		await tabTo(tab, 'District: all');
		await tab.keyboard.press('Enter');
		await tabTo(tab, 'Watford');
		await tab.keyboard.press('Space');
		await tabTo(tab, 'Dacorum'); // Tab wraps round to earlier controls in a person's hands too
		await tab.keyboard.press('Space');
		await tabTo(tab, 'Primary');
		await tab.keyboard.press('Space');
		expect(await search(tab)).toBe('?district=Dacorum&district=Watford&phase=primary');
		expect(await status(tab)).toContain('Showing: Dacorum and Watford; primary schools');
		await expect(tab.locator('summary').innerText()).resolves.toBe('District: Dacorum and Watford');

		await tabTo(tab, 'Year');
		await tab.keyboard.press('ArrowDown');
		expect(await search(tab)).toBe('?district=Dacorum&district=Watford&phase=primary&year=2022/23');

		await tabTo(tab, 'Clear filters');
		await tab.keyboard.press('Enter');
		expect(await search(tab)).toBe('');
		expect(await status(tab)).toContain('Showing: All of Hertfordshire');
		expect(await tab.locator('input:checked').count()).toBe(0);
		await tab.close();
	});

	it('shows what a shared link asked for, and says what it could not use', async () => {
		const tab = await open('?district=watford&district=Narnia&phase=PRIMARY&governance=academy');
		expect(await tab.getByLabel('Primary', { exact: true }).isChecked()).toBe(true);
		expect(await tab.getByLabel('Watford', { exact: true }).isChecked()).toBe(true);
		const text = await status(tab);
		expect(text).toContain('Showing: Watford; primary schools');
		expect(text).toContain('Based on 38 schools, 17,666 pupils');
		expect(text).toContain('Ignored district "Narnia": not a Hertfordshire district.');
		// This page does not offer governance, so the link's governance is dropped, and said so.
		expect(text).toContain(
			'Ignored governance "academy": this page cannot be filtered by governance.'
		);
		await tab.close();
	});
});
