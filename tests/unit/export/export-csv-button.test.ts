import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/ensure-chromium.js';
import { startStaticServer } from '../../../scripts/static-server.js';
import { checkAxe, walkByKeyboard } from '../../helpers/a11y';
import { foreignRequests, recordPage } from '../../helpers/browser';
import { attr, renderHtml, tags } from '../charts/html';
import ExportCsvButton from '../../../src/lib/components/ExportCsvButton.svelte';
import type { Column, Row } from '../../../src/lib/charts/types';

/**
 * The Download CSV button: its markup as assistive technology gets it, then the button hydrated
 * in Chromium with the app's CSS, clicked by keyboard, and the file it saves read back.
 */

const COLUMNS: Column[] = [
	{ key: 'district', label: 'District' },
	{ key: 'pct', label: 'Good or outstanding', numeric: true, format: (v) => `${v.toFixed(1)}%` },
	{ key: 'schools', label: 'Schools', numeric: true }
];
const ROWS: Row[] = [
	{ district: 'Watford', pct: 89.47368421052632, schools: 38 },
	{ district: 'Dacorum', pct: { symbol: 'c' }, schools: null }
];
const PROPS = {
	what: 'good-schools-by-district',
	title: 'Schools by district',
	columns: COLUMNS,
	rows: ROWS,
	filterDescription: 'Watford and Dacorum',
	filterQuery: 'district=Dacorum&district=Watford',
	source: 'DfE performance tables',
	asAt: '2026-08-31'
};

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

describe('ExportCsvButton (server-rendered markup)', () => {
	it('is one real button, not a submit button, named "Download CSV: <title>"', () => {
		const html = renderHtml(ExportCsvButton, PROPS);
		const buttons = tags(html, 'button');
		expect(buttons).toHaveLength(1);
		expect(attr(buttons[0] as string, 'type')).toBe('button');
		expect(attr(buttons[0] as string, 'aria-label')).toBe('Download CSV: Schools by district');
		// The visible words start the name, so speech users can say what they see (WCAG 2.5.3).
		expect(html.replace(/<[^>]+>/g, '').trim()).toBe('Download CSV');
	});
});

describe('ExportCsvButton in Chromium', () => {
	let dir: string;
	let server: { url: string; close(): Promise<void> };
	let browser: Browser;

	// Columns and rows go through JSON, so the harness rebuilds the one formatter by hand.
	const HARNESS = `<script lang="ts">
	import ExportCsvButton from '$lib/components/ExportCsvButton.svelte';
	import type { Column, Row } from '$lib/charts/types';
	const columns: Column[] = ${JSON.stringify(COLUMNS)};
	columns[1]!.format = (v: number) => v.toFixed(1) + '%';
	const rows: Row[] = ${JSON.stringify(ROWS)};
	const props = ${JSON.stringify({ ...PROPS, columns: undefined, rows: undefined })};
</script>

<main class="container">
	<h1>Export</h1>
	<ExportCsvButton {...props} {columns} {rows} />
</main>
`;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'export-csv-'));
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
			'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Export</title>' +
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
		const executablePath = findChromium() as string | undefined;
		browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	async function open(): Promise<{ tab: Page; recorder: ReturnType<typeof recordPage> }> {
		const tab = await browser.newPage({ acceptDownloads: true });
		const recorder = recordPage(tab);
		await tab.goto(`${server.url}/index.html`);
		await tab.getByRole('button', { name: 'Download CSV: Schools by district' }).waitFor();
		return { tab, recorder };
	}

	it('has no WCAG A/AA violations, is reached by Tab with focus drawn, and is 24 × 24 or more', async () => {
		const { tab } = await open();
		expect(await checkAxe(tab)).toEqual([]);
		const walk = await walkByKeyboard(tab);
		expect(walk.stops).toHaveLength(1);
		const [stop] = walk.stops;
		expect(stop?.name).toBe('Download CSV: Schools by district');
		expect(stop?.focusVisible).toBe(true);
		expect(stop?.box.width).toBeGreaterThanOrEqual(24);
		expect(stop?.box.height).toBeGreaterThanOrEqual(24);
		// The app's yellow-and-black focus ring, not a style of the button's own.
		await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await tab.keyboard.press('Tab');
		const ring = await tab.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const style = getComputedStyle(el);
			return {
				tag: el.tagName,
				outline: `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
				shadow: style.boxShadow
			};
		});
		expect(ring).toEqual({
			tag: 'BUTTON',
			outline: '3px solid rgb(255, 221, 0)',
			shadow: 'rgb(11, 12, 12) 0px 0px 0px 6px'
		});
		await tab.close();
	});

	it('saves the table as CSV from memory, by keyboard, with nothing sent anywhere', async () => {
		const { tab, recorder } = await open();
		const before = recorder.requests.length;
		await tab.getByRole('button', { name: 'Download CSV: Schools by district' }).focus();
		const [download] = await Promise.all([
			tab.waitForEvent('download'),
			tab.keyboard.press('Enter')
		]);
		expect(download.url()).toMatch(/^blob:/);
		const today = await tab.evaluate(() => {
			const d = new Date();
			const pad = (n: number) => String(n).padStart(2, '0');
			return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
		});
		expect(download.suggestedFilename()).toBe(
			`herts-kpi_good-schools-by-district_district-dacorum-watford_${today}.csv`
		);
		const file = await readFile((await download.path()) as string);
		expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(file.toString('utf8')).toBe(
			'\uFEFF' +
				'# Title,Schools by district\r\n' +
				'# Filters applied,Watford and Dacorum\r\n' +
				'# Filters as URL query,?district=Dacorum&district=Watford\r\n' +
				'# Source,DfE performance tables\r\n' +
				'# Data as at,2026-08-31\r\n' +
				`# Generated on,${today}\r\n` +
				'# Symbol c,confidential: suppressed to protect confidentiality (small numbers)\r\n' +
				'# Symbol low,rounds to 0 but is not zero\r\n' +
				'# Symbol x,unavailable: no data for this item\r\n' +
				'# Symbol z,not applicable\r\n' +
				'District,Good or outstanding (%),Schools\r\n' +
				'Watford,89.47368421052632,38\r\n' +
				'Dacorum,c,x\r\n'
		);
		// The link is gone from the page, and the only requests were the page's own blob.
		expect(await tab.locator('a[download]').count()).toBe(0);
		const made = recorder.requests.slice(before);
		expect(made.every((u) => u.startsWith('blob:'))).toBe(true);
		expect(foreignRequests(recorder.requests, server.url)).toEqual([]);
		expect(recorder.consoleErrors).toEqual([]);
		expect(recorder.pageErrors).toEqual([]);
		await tab.close();
	});
});
