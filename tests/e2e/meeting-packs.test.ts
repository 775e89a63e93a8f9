import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_CATALOGUE } from '../../src/lib/kpi/catalogue';
import type { Slide } from '../../src/lib/meeting-pack/deck';
import { checkAxe } from '../helpers/a11y';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';
import { pdfPageTexts } from '../helpers/pdf-text';
import { loadDeckAndPack } from '../unit/meeting-pack/meeting-pack-data';

let site: SiteUnderTest;
let slides: Slide[];
let dataAsAt: string;

beforeAll(async () => {
	site = await openSite();
	const built = await loadDeckAndPack();
	slides = built.slides;
	dataAsAt = built.pack.dataAsAt;
});
afterAll(async () => {
	await site?.close();
});

/** 2026-10-31 → "31 October 2026", as the pack prints dates. */
const longDate = (iso: string) =>
	new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});

/** Where soffice is, if LibreOffice is installed. */
function findSoffice(): string | null {
	for (const path of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'])
		if (existsSync(path)) return path;
	return null;
}

describe('the JAPR meeting pack', () => {
	it('prints to a paged PDF with every KPI row, the data date and page numbers', async () => {
		const page = await site.browser.newPage();
		const recorder = recordPage(page);
		await page.goto(`${site.url}/japr/`);
		await page.getByTestId('japr-pack').waitFor();
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const pages = await pdfPageTexts(new Uint8Array(pdf));
		const all = pages.join(' ');

		// Cover, contents, four sections of at least a page each, symbols and sources: at least 8
		// pages; a table that spilled a row per page would run far past 30.
		expect(pages.length).toBeGreaterThanOrEqual(8);
		expect(pages.length).toBeLessThanOrEqual(30);
		expect(pages[0]).toContain('School improvement contract KPIs: 2024/25');
		expect(pages[0]).toContain(`Data as at ${longDate(dataAsAt)}`);
		expect(pages[1]).toContain('Contents');
		// Page numbers come from the print stylesheet's margin boxes.
		expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
		// pdf.js splits ligatures ("Di ff erence") and wrapped cells into separate runs, so compare
		// with whitespace removed.
		const squashed = all.replace(/\s+/g, '');
		for (const kpi of KPI_CATALOGUE)
			expect(squashed, kpi.id).toContain(kpi.title.replace(/\s+/g, ''));
		// No site chrome in the pack.
		expect(all).not.toContain('Skip to main content');
		expect(all).not.toContain('Show data table');

		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		expect(recorder.consoleErrors).toEqual([]);
		await page.close();
	});

	it('switches year from the picker and from the address, and passes axe', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/japr/?year=2023/24`);
		await page.locator('[data-year="2023/24"]').waitFor();
		const gap = page.locator('tbody[data-kpi="ks2_rwm_gap_national_other"] td.this-year');
		// DfE: 41% of Herts disadvantaged pupils against 67% of other pupils nationally (2023/24).
		expect((await gap.textContent())?.trim()).toBe('26 pp');
		await page.locator('#japr-year').selectOption('2024/25');
		await page.locator('[data-year="2024/25"]').waitFor();
		expect((await gap.textContent())?.trim()).toBe('29 pp');
		expect(page.url()).not.toContain('year=');
		expect(await checkAxe(page)).toEqual([]);
		await page.close();
	});
});

describe('presentation mode', () => {
	it('walks every slide by keyboard and back, and opens speaker notes', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
		const recorder = recordPage(page);
		await page.goto(`${site.url}/present/`);
		await page.locator('[data-testid="deck"][data-ready="true"]').waitFor();
		const slide = page.getByTestId('slide');
		const number = page.getByTestId('slide-number');
		const expectAt = async (i: number) => {
			await page.locator(`[data-testid="slide"][data-index="${i + 1}"]`).waitFor();
			expect(await slide.getAttribute('data-slide')).toBe(slides[i]?.id);
			expect(await number.textContent()).toContain(`${i + 1} / ${slides.length}`);
			expect(await page.locator('#slide-title').textContent()).toBe(slides[i]?.title);
		};
		await expectAt(0);
		// Forward with the keys presenters and clickers use.
		const forward = ['ArrowRight', ' ', 'PageDown', 'ArrowDown'];
		for (let i = 1; i < slides.length; i++) {
			await page.keyboard.press(forward[i % forward.length] ?? 'ArrowRight');
			await expectAt(i);
		}
		await page.keyboard.press('ArrowRight');
		await expectAt(slides.length - 1);
		for (let i = slides.length - 2; i >= 0; i--) {
			await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'PageUp');
			await expectAt(i);
		}
		await page.keyboard.press('End');
		await expectAt(slides.length - 1);
		await page.keyboard.press('Home');
		await expectAt(0);

		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('s');
		const notes = page.getByTestId('speaker-notes');
		await notes.waitFor();
		expect(await notes.textContent()).toContain(slides[1]?.notes.slice(0, 60));
		await page.keyboard.press('ArrowRight');
		await expectAt(2);
		expect(await notes.textContent()).toContain(slides[2]?.notes.slice(0, 60));
		await page.keyboard.press('s');
		expect(await notes.count()).toBe(0);

		expect(await checkAxe(page)).toEqual([]);
		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		expect(recorder.consoleErrors).toEqual([]);
		expect(recorder.pageErrors).toEqual([]);
		await page.close();
	});

	it('keeps a speaker-notes window in step, and lets it move the slides', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } });
		const page = await context.newPage();
		await page.goto(`${site.url}/present/#3`);
		await page.locator('[data-testid="deck"][data-ready="true"]').waitFor();
		await page.locator('[data-testid="slide"][data-index="3"]').waitFor();
		const [notes] = await Promise.all([
			context.waitForEvent('page'),
			page.getByTestId('notes-window-button').click()
		]);
		await notes.locator('[data-testid="notes-window"][data-index="3"]').waitFor();
		expect(await notes.getByTestId('notes-text').textContent()).toBe(slides[2]?.notes);
		// The deck moves the notes...
		await page.keyboard.press('ArrowRight');
		await notes.locator('[data-testid="notes-window"][data-index="4"]').waitFor();
		// ...and the notes window moves the deck.
		await notes.keyboard.press('ArrowRight');
		await page.locator('[data-testid="slide"][data-index="5"]').waitFor();
		await notes.locator('[data-testid="notes-window"][data-index="5"]').waitFor();
		expect(await notes.getByTestId('notes-text').textContent()).toBe(slides[4]?.notes);
		expect(await checkAxe(notes)).toEqual([]);
		await context.close();
	});

	it('downloads the deck as PowerPoint with titles, alt text and notes', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
		const recorder = recordPage(page);
		await page.goto(`${site.url}/present/`);
		await page.locator('[data-testid="deck"][data-ready="true"]').waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			page.getByTestId('download-pptx').click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.pptx$/);
		const dir = mkdtempSync(join(tmpdir(), 'deck-'));
		const file = join(dir, 'deck.pptx');
		await download.saveAs(file);
		const zip = await JSZip.loadAsync(readFileSync(file));
		const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');

		const slideFiles = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
		expect(slideFiles).toHaveLength(slides.length);
		for (const [i, s] of slides.entries()) {
			const xml = await read(`ppt/slides/slide${i + 1}.xml`);
			expect(xml, s.id).toContain('type="title"');
			expect(xml, s.id).toContain(s.title.replace(/&/g, '&amp;'));
			const pictures = [...xml.matchAll(/<p:cNvPr [^>]*descr="([^"]+)"/g)].map((m) => m[1]);
			if (s.chart) expect(pictures.length, s.id).toBe(1);
			// The alt text is the chart's own: its caption and its summary.
			if (s.chart) expect(pictures[0]?.length ?? 0, s.id).toBeGreaterThan(40);
			const notes = await read(`ppt/notesSlides/notesSlide${i + 1}.xml`);
			expect(notes, s.id).toContain(s.notes.slice(0, 40).replace(/&/g, '&amp;'));
		}
		// The chart images are real PNGs at presentation resolution.
		const media = Object.keys(zip.files).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
		expect(media).toHaveLength(slides.filter((s) => s.chart).length);
		const png = await zip.file(media[0] ?? '')!.async('uint8array');
		const view = new DataView(png.buffer, png.byteOffset);
		// 1920 wide; as tall as the chart's shape needs, up to 16:9.
		expect(view.getUint32(16)).toBe(1920);
		expect(view.getUint32(20)).toBeGreaterThanOrEqual(540);
		expect(view.getUint32(20)).toBeLessThanOrEqual(1080);

		// LibreOffice, where installed, must open it without error.
		const soffice = findSoffice();
		if (soffice) {
			execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
				timeout: 180_000,
				env: { ...process.env, HOME: dir }
			});
			const converted = await pdfPageTexts(new Uint8Array(readFileSync(join(dir, 'deck.pdf'))));
			expect(converted).toHaveLength(slides.length);
			expect(converted[1]).toContain(slides[1]?.title.slice(0, 30));
		} else writeFileSync(join(dir, 'soffice-skipped.txt'), 'LibreOffice not installed');
		console.log(
			`PPTX check: ${slides.length} slides; LibreOffice ${soffice ? 'opened it' : 'not installed, skipped'}`
		);

		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		expect(recorder.consoleErrors).toEqual([]);
		await page.close();
	});
});
