import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkAxe } from '../helpers/a11y';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';
import { openNodeApiEngine, type TestEngine } from '../helpers/engines';

let site: SiteUnderTest;
let engine: TestEngine;
beforeAll(async () => {
	site = await openSite();
	engine = await openNodeApiEngine();
});
afterAll(async () => {
	engine?.close();
	await site?.close();
});

const ready = (page: Page) =>
	page.locator('[data-explore-status="ready"]').waitFor({ timeout: 90_000 });
const cellText = (page: Page, district: string, phase: string) =>
	page
		.locator(
			`[data-testid="explore-matrix"] tr[data-district="${district}"] td[data-phase="${phase}"] .v`
		)
		.textContent();

/** Written here, independently of the app: % good/outstanding (own grade, else predecessor's). */
async function independentPct(where: string): Promise<string> {
	const [r] = await engine.query<{ good: number; graded: number }>({
		sql: `SELECT count(*) FILTER (WHERE coalesce(ofsted_grade, predecessor_grade) <= 2)::INTEGER AS good,
			count(coalesce(ofsted_grade, predecessor_grade))::INTEGER AS graded
			FROM schools WHERE is_open AND is_state_funded AND ${where}`,
		params: []
	});
	return `${((100 * r!.good) / r!.graded).toFixed(1)}%`;
}

/** RFC 4180 parser for the test (comment lines starting with # are skipped). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const ch = body[i];
		if (quoted) {
			if (ch === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && body[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field || row.length) rows.push([...row, field]);
	return rows.filter((r) => !(r[0] ?? '').startsWith('#') && r.some((f) => f !== ''));
}

describe('/explore in Chromium', () => {
	it('shows the slice in the URL, equal to an independent count and different from the county', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		const recorder = recordPage(page);
		await page.goto(`${site.url}/explore/`);
		await ready(page);
		const countyAll = await cellText(page, 'all', 'all');
		expect(countyAll).toBe('91.8%');

		await page.goto(`${site.url}/explore/?district=Watford&phase=primary`);
		await page.locator('[data-testid="explore-matrix"] tr[data-district="Watford"]').waitFor();
		await ready(page);
		const watfordPrimary = await cellText(page, 'Watford', 'primary');
		expect(watfordPrimary).toBe(await independentPct(`district = 'Watford' AND phase = 'primary'`));
		expect(await cellText(page, 'all', 'all')).not.toBe(countyAll);

		// Change a filter by keyboard alone: open the district list, tick Dacorum.
		await page.locator('summary', { hasText: 'District' }).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('checkbox', { name: 'Dacorum' }).focus();
		await page.keyboard.press('Space');
		await page.waitForURL(/district=Dacorum/);
		await page
			.locator('[data-testid="explore-matrix"] tr[data-district="Dacorum"]')
			.waitFor({ timeout: 90_000 });
		await ready(page);
		const dacorum = await cellText(page, 'Dacorum', 'primary');
		expect(dacorum).toBe(await independentPct(`district = 'Dacorum' AND phase = 'primary'`));

		// Reload: the same state comes back from the address alone.
		await page.reload();
		await page
			.locator('[data-testid="explore-matrix"] tr[data-district="Dacorum"]')
			.waitFor({ timeout: 90_000 });
		await ready(page);
		expect(await cellText(page, 'Dacorum', 'primary')).toBe(dacorum);
		expect(await page.locator('summary', { hasText: 'District' }).textContent()).toContain(
			'Dacorum'
		);

		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		expect(recorder.pageErrors).toEqual([]);
		expect(recorder.consoleErrors).toEqual([]);
		expect(await checkAxe(page)).toEqual([]);
		await page.close();
	});

	it('exports exactly the table on screen, with no value for a cohort of 5 or fewer', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}/explore/?district=Watford&district=Stevenage&district=Hertsmere`);
		await page
			.locator('[data-testid="explore-matrix"] tr[data-district="Hertsmere"]')
			.waitFor({ timeout: 90_000 });
		await ready(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /Download CSV.*district and phase/ }).click()
		]);
		const csv = parseCsv(readFileSync((await download.path()) as string, 'utf8'));
		expect(download.suggestedFilename()).toMatch(/\.csv$/);
		const [header, ...rows] = csv;
		expect(header?.[0]).toBe('District');
		// Screen: each row's value and "n = …" per phase column, in the same order as the CSV.
		const screen = await page
			.locator('[data-testid="explore-matrix"] tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.querySelector('th')?.textContent?.trim() ?? '',
					...[...tr.querySelectorAll('td')].flatMap((td) => [
						td.querySelector('.v')?.textContent?.trim() ?? '',
						(td.querySelector('.n')?.textContent ?? '').replace('n = ', '').trim()
					])
				])
			);
		expect(rows.length).toBe(screen.length);
		rows.forEach((row, i) => {
			const onScreen = screen[i] ?? [];
			expect(row[0]).toBe(onScreen[0]);
			row.slice(1).forEach((value, j) => {
				const shown = onScreen[j + 1] ?? '';
				if (/^[a-z]+$/.test(value)) expect(shown).toBe(value);
				else
					expect(shown.replace(/[%,]/g, '')).toBe(
						j % 2 === 0 ? Number(value).toFixed(1) : String(Math.round(Number(value)))
					);
				// Cohort columns: any number shown is above 5.
				if (j % 2 === 1 && !/^[a-z]+$/.test(value)) expect(Number(value)).toBeGreaterThan(5);
			});
		});
		await page.close();
	});
});
