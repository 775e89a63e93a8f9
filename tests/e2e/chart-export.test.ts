import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';

/**
 * "Download PNG" and "Download SVG" on real charts in Chromium: the files are what they claim
 * (a 1920 × 1080 PNG that is not blank, with dark title text at the top; a well-formed 1920 × 1080
 * SVG with the title, the source and the chart's own axis labels as text, and shapes), the
 * buttons work by mouse and keyboard and say what happened, and nothing leaves the origin.
 */
let site: SiteUnderTest;

beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

const CASES = [
	{ name: 'line chart', path: '/closing-the-gap/', chart: '.line-chart' },
	{ name: 'bar chart', path: '/good-schools/', chart: '.bar-chart' },
	{ name: 'stacked bar chart', path: '/good-schools/', chart: '.stacked-bar-chart' }
];

async function open(path: string) {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
	const recorder = recordPage(page);
	await page.goto(`${site.url}${path}`);
	await page.waitForLoadState('networkidle');
	return { page, recorder };
}

/** Clicks (or presses Enter on) a button and returns the file the browser is given. */
async function download(page: Page, button: Locator, how: 'click' | 'keyboard'): Promise<Download> {
	const saved = page.waitForEvent('download');
	if (how === 'click') await button.click();
	else {
		await button.focus();
		await page.keyboard.press('Enter');
	}
	return saved;
}

async function bytesOf(file: Download): Promise<Buffer> {
	return readFile(await file.path());
}

/** Width and height from the IHDR chunk, which a PNG must start with after its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Pixels in a box: how many colours, how many not white, how many strongly coloured (chart
 * geometry rather than black or grey text and lines) and how many dark (text).
 */
function countPixels(png: PNG, box = { x: 0, y: 0, width: png.width, height: png.height }) {
	const colours = new Set<number>();
	let nonWhite = 0;
	let coloured = 0;
	let dark = 0;
	for (let y = box.y; y < box.y + box.height; y++) {
		for (let x = box.x; x < box.x + box.width; x++) {
			const i = (y * png.width + x) * 4;
			const [r = 0, g = 0, b = 0] = png.data.subarray(i, i + 3);
			colours.add((r << 16) | (g << 8) | b);
			if (r < 245 || g < 245 || b < 245) nonWhite++;
			if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
			if (r < 90 && g < 90 && b < 90) dark++;
		}
	}
	return { distinct: colours.size, nonWhite, coloured, dark };
}

/** What the SVG file holds, read by the browser's own XML parser. */
async function readSvg(page: Page, text: string) {
	return page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			parseError: doc.querySelector('parsererror')?.textContent ?? null,
			root: root.localName,
			namespace: root.namespaceURI,
			width: root.getAttribute('width'),
			height: root.getAttribute('height'),
			title: root.querySelector(':scope > title')?.textContent ?? null,
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
			shapes: doc.querySelectorAll('path, rect, line, circle, ellipse, polygon, polyline').length,
			// A standalone file cannot rely on the page's CSS or fetch anything.
			external: doc.querySelectorAll('[class], [style], image, use, foreignObject, link').length
		};
	}, text);
}

describe.each(CASES)('$name on $path', ({ path, chart }) => {
	it('downloads a 1920 × 1080 PNG and a well-formed SVG with the title, source and axis labels', async () => {
		const { page, recorder } = await open(path);
		const figure = page
			.getByTestId('chart-figure')
			.filter({ has: page.locator(chart) })
			.first();
		await figure.scrollIntoViewIfNeeded();
		const title = ((await figure.locator('figcaption').textContent()) ?? '').trim();
		expect(title.length).toBeGreaterThan(5);
		// Every axis label the reader can see, read from the live chart.
		const ticks = await figure
			.locator('.chart-region .tick')
			.evaluateAll((els) =>
				els.filter((el) => el.checkVisibility()).map((el) => (el.textContent ?? '').trim())
			);
		expect(ticks.length).toBeGreaterThan(2);

		// The buttons: named uniquely, big enough, described by a visible hint giving the size.
		const png = page.getByRole('button', { name: `Download PNG of ${title}`, exact: true });
		const svg = page.getByRole('button', { name: `Download SVG of ${title}`, exact: true });
		expect(await png.count()).toBe(1);
		expect(await svg.count()).toBe(1);
		expect(await png.getAttribute('data-testid')).toBe('download-png');
		for (const button of [png, svg]) {
			const box = await button.boundingBox();
			expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
			const hint = page.locator(`#${await button.getAttribute('aria-describedby')}`);
			expect(await hint.isVisible()).toBe(true);
			expect(await hint.textContent()).toContain('PNG 1920 × 1080');
		}
		const status = figure.getByTestId('download-status');
		expect(await status.getAttribute('aria-live')).toBe('polite');

		// PNG, by mouse.
		const pngFile = await download(page, png, 'click');
		expect(pngFile.suggestedFilename()).toMatch(/^herts-kpi_[a-z0-9-]+\.png$/);
		const pngBytes = await bytesOf(pngFile);
		expect(pngSize(pngBytes)).toEqual({ width: 1920, height: 1080 });
		const image = PNG.sync.read(pngBytes);
		expect([image.width, image.height]).toEqual([1920, 1080]);
		const all = countPixels(image);
		expect(all.distinct).toBeGreaterThan(200);
		expect(all.nonWhite).toBeGreaterThan(50_000);
		expect(all.coloured).toBeGreaterThan(5_000);
		// The title is burnt in: dark text in the band at the top (the slide's margins are 64 and 48)…
		const titleBand = countPixels(image, { x: 64, y: 48, width: 1200, height: 60 });
		expect(titleBand.dark).toBeGreaterThan(5_000);
		// …and the source at the bottom: grey text in the last 150 rows.
		const sourceBand = countPixels(image, { x: 64, y: 930, width: 1200, height: 150 });
		expect(sourceBand.nonWhite).toBeGreaterThan(3_000);
		await expect
			.poll(async () => (await status.textContent())?.trim())
			.toBe('PNG image downloaded.');

		// SVG, by keyboard.
		const svgFile = await download(page, svg, 'keyboard');
		expect(svgFile.suggestedFilename()).toMatch(/^herts-kpi_[a-z0-9-]+\.svg$/);
		const text = (await bytesOf(svgFile)).toString('utf8');
		const doc = await readSvg(page, text);
		expect(doc.parseError).toBeNull();
		expect(doc).toMatchObject({
			root: 'svg',
			namespace: 'http://www.w3.org/2000/svg',
			width: '1920',
			height: '1080',
			title,
			external: 0
		});
		const joined = doc.texts.join(' ');
		expect(joined).toContain(title);
		expect(doc.texts.some((t) => t.startsWith('Source'))).toBe(true);
		for (const tick of ticks) expect(joined).toContain(tick);
		expect(doc.texts.some((t) => ticks.includes(t))).toBe(true);
		expect(doc.shapes).toBeGreaterThan(3);
		await expect
			.poll(async () => (await status.textContent())?.trim())
			.toBe('SVG image downloaded.');

		expect(recorder.pageErrors).toEqual([]);
		expect(recorder.consoleErrors).toEqual([]);
		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		await page.close();
	});
});
