import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkAxe, interactiveElements, walkByKeyboard } from '../helpers/a11y';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';
import { openNodeApiEngine, type TestEngine } from '../helpers/engines';

/**
 * Every page members read, in Chromium: real values from the extracts (published figures, or an
 * independent SQL count written here), zero axe violations (WCAG 2.2 A/AA rules), every control
 * reachable by keyboard with focus visible, no request outside the origin, no console error.
 */
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

async function open(
	path: string
): Promise<{ page: Page; recorder: ReturnType<typeof recordPage> }> {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
	const recorder = recordPage(page);
	await page.goto(`${site.url}${path}`);
	await page.waitForLoadState('networkidle');
	return { page, recorder };
}

const detail = (page: Page, id: string) =>
	page.locator(`[data-kpi="${id}"] [data-testid="detail-value"]`).first().textContent();
const card = (page: Page, id: string) =>
	page.locator(`article[data-kpi="${id}"] [data-testid="kpi-value"]`).textContent();

/** An independent count on the extracts, written out here rather than taken from the app. */
async function scalar(sql: string): Promise<number> {
	const [row] = await engine.query<{ v: number }>({ sql, params: [] });
	return row?.v as number;
}

const ROUTES: { path: string; check: (page: Page) => Promise<void> }[] = [
	{
		path: '/',
		async check(page) {
			// Hand count (predecessor rule): 449 of 489; published KS2 gap 69 − 40 = 29; SEN2 55.2%.
			expect(await card(page, 'good_outstanding_schools_pct')).toBe('91.8%');
			expect(await card(page, 'ks2_rwm_gap_national_other')).toBe('29 pp');
			expect(await card(page, 'ehcp_20_weeks_including_exceptions_pct')).toBe('55.2%');
			// Status in words and an icon on every card.
			const badges = page.locator('article[data-kpi] .status-badge');
			expect(await badges.count()).toBeGreaterThan(10);
			for (const text of await badges.allTextContents())
				expect(text.trim().length).toBeGreaterThan(2);
			expect(await page.locator('article[data-kpi] .status-badge svg[data-icon]').count()).toBe(
				await badges.count()
			);
		}
	},
	{
		path: '/good-schools/',
		async check(page) {
			expect(await detail(page, 'good_outstanding_schools_pct')).toBe('91.8%');
			expect(await detail(page, 'good_outstanding_schools_count')).toBe('449');
			const amberRed = await scalar(
				`SELECT count(*)::INTEGER AS v FROM rayg_ratings WHERE academic_year = '2025/26' AND rating IN ('amber', 'red')`
			);
			expect(await detail(page, 'rayg_amber_red_schools')).toBe(String(amberRed));
		}
	},
	{
		path: '/closing-the-gap/',
		async check(page) {
			// Published: KS2 69 − 40 = 29 pp; KS4 Attainment 8 national other 50.4 − Herts dis. 34.2 = 16.2.
			expect(await detail(page, 'ks2_rwm_gap_national_other')).toBe('29 pp');
			expect(await detail(page, 'ks4_att8_gap_national_other')).toBe('16.2 points');
			expect(await page.getByTestId('school-counts').textContent()).toContain('377 schools');
		}
	},
	{
		path: '/send/',
		async check(page) {
			expect(await detail(page, 'ehcp_20_weeks_including_exceptions_pct')).toBe('55.2%');
			const trained = await scalar(
				`SELECT 100.0 * count(*) FILTER (WHERE attended_training_on <= DATE '2024-12-31') / count(*) AS v FROM valuing_send_schools`
			);
			expect(await detail(page, 'valuing_send_training_pct')).toBe(`${trained.toFixed(1)}%`);
		}
	},
	{
		path: '/aiming-for-excellence/',
		async check(page) {
			const withLicence = await scalar(
				`SELECT 100.0 * count(*) FILTER (WHERE licences > 0) / count(*) AS v FROM a4e_licences`
			);
			expect(await detail(page, 'a4e_schools_with_licence_pct')).toBe(`${withLicence.toFixed(1)}%`);
		}
	}
];

describe.each(ROUTES)('$path', ({ path, check }) => {
	it('shows real values from the extracts', async () => {
		const { page, recorder } = await open(path);
		await check(page);
		expect(recorder.pageErrors).toEqual([]);
		expect(recorder.consoleErrors).toEqual([]);
		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		await page.close();
	});

	it('has no axe violations (WCAG 2.2 A and AA rules)', async () => {
		const { page } = await open(path);
		expect(await checkAxe(page)).toEqual([]);
		// Open every data table and check again: hidden content must pass too.
		const show = page.getByRole('button', { name: 'Show data table' });
		while ((await show.count()) > 0) await show.first().click();
		expect(await checkAxe(page)).toEqual([]);
		await page.close();
	});

	it('can be walked by keyboard alone: every control reached, focus always visible', async () => {
		const { page } = await open(path);
		const walk = await walkByKeyboard(page, 600);
		expect(walk.end).not.toBe('max-steps');
		const reached = new Set(walk.stops.map((s) => s.selector));
		const missed = (await interactiveElements(page)).filter((e) => !reached.has(e.selector));
		expect(missed).toEqual([]);
		expect(walk.stops.filter((s) => !s.focusVisible)).toEqual([]);
		await page.close();
	});
});

describe('filters live in the URL and recompute in the browser', () => {
	it('choosing a district by keyboard updates the address and the figures, and survives a reload', async () => {
		const { page, recorder } = await open('/good-schools/');
		await page.locator('[data-engine]').first().waitFor();
		await page.locator('summary', { hasText: 'District' }).focus();
		await page.keyboard.press('Enter');
		const watford = page.getByRole('checkbox', { name: 'Watford' });
		await watford.focus();
		await page.keyboard.press('Space');
		await page.waitForURL(/district=Watford/);
		// Hand count: 34 of Watford's 38 graded schools are good or outstanding.
		await page.waitForFunction(
			() =>
				document.querySelector(
					'[data-kpi="good_outstanding_schools_pct"] [data-testid="detail-value"]'
				)?.textContent === '89.5%',
			undefined,
			{ timeout: 60_000 }
		);
		await page.reload();
		await page.waitForFunction(
			() =>
				document.querySelector(
					'[data-kpi="good_outstanding_schools_pct"] [data-testid="detail-value"]'
				)?.textContent === '89.5%',
			undefined,
			{ timeout: 60_000 }
		);
		expect(await page.getByRole('status').first().textContent()).toContain('Watford');
		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		expect(recorder.pageErrors).toEqual([]);
		await page.close();
	});

	it('ignores unknown URL values with a visible notice', async () => {
		const { page, recorder } = await open('/good-schools/?district=Narnia&phase=primary');
		await page.getByText('Ignored district "Narnia"').waitFor({ timeout: 30_000 });
		expect(recorder.pageErrors).toEqual([]);
		await page.close();
	});
});
