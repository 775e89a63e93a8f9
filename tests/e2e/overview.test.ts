import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';

let site: SiteUnderTest;

beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site?.close();
});

describe('overview page in Chromium', () => {
	it('has the headline numbers in the prerendered HTML, before any script runs', async () => {
		const html = await (await fetch(`${site.url}/`)).text();
		// Published: KS2 gap 26 and 29 points (41 vs 67, 40 vs 69); EHCP 2024 55.2% incl. exceptions.
		// Good/outstanding counted by hand from the school information file, new academies taking
		// their predecessor's grade: 449 of 489 = 91.8%.
		expect(html).toContain('91.8%');
		expect(html).toContain('29 pp');
		expect(html).toContain('55.2%');
	});

	it('starts DuckDB, recalculates a slice in the browser, and never leaves its origin', async () => {
		const page = await site.browser.newPage();
		const recorder = recordPage(page);
		await page.goto(`${site.url}/`);

		const pct = page.getByTestId('pct-schools-good-outstanding');
		expect(await pct.textContent()).toBe('91.8%');
		expect(await page.getByTestId('ks2-gap-latest').textContent()).toBe('29 pp');
		const row2024 = page.locator('[data-testid="ehcp-table"] tr[data-year="2024"]');
		expect(await row2024.locator('[data-col="herts"]').textContent()).toBe('55.2%');
		expect(await row2024.locator('[data-col="england-excl"]').textContent()).toBe('46.4%');

		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		// Keyboard, as a person would: focus the district picker and choose Watford.
		await page.locator('#go-district').focus();
		await page.locator('#go-district').selectOption('Watford');
		await page.getByTestId('computed-in-browser').waitFor({ timeout: 30_000 });
		// Counted by hand: 34 of Watford's 38 graded open state-funded schools → 89.5%.
		expect(await pct.textContent()).toBe('89.5%');
		expect(await page.getByTestId('schools-good-outstanding').textContent()).toBe('34');
		expect(await page.getByTestId('schools-graded').textContent()).toBe('38');

		await page.locator('#go-district').selectOption('');
		await page.locator('[data-slice="All of Hertfordshire"]').waitFor();
		expect(await pct.textContent()).toBe('91.8%');

		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		expect(recorder.requests.some((u) => u.endsWith('.parquet'))).toBe(true);
		expect(recorder.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
		expect(recorder.consoleErrors).toEqual([]);
		expect(recorder.pageErrors).toEqual([]);
		await page.close();
	});

	it('serves deep links from the static build (a missing page gets the 404 page)', async () => {
		const ok = await fetch(`${site.url}/`);
		expect(ok.status).toBe(200);
		const missing = await fetch(`${site.url}/no-such-page/`);
		expect(missing.status).toBe(404);
	});
});
