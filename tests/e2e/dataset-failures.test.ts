import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/data/manifest';
import { findKpi } from '../../src/lib/kpi/catalogue';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';
import { toggleDistrict, toggleOption, waitForSelection } from '../helpers/filter-ui';
import { copyOfBuild } from '../helpers/site-copy';

/**
 * One extract broken on the server, every route in Chromium. Each page must still render, show
 * its prerendered figures, and recalculate everything that does not read the broken dataset;
 * every part that does read it must say so in place, in a sentence naming the dataset and the
 * reason, and nowhere else. No script error; no console error except the browser's own line for
 * a file that is not there; no request off the origin.
 */

interface Scenario {
	name: string;
	dataset: string;
	message: string;
	breakIn(extractsDir: string): void;
	/** What Chromium itself logs for this break (a missing file is a 404 in the console). */
	browserLogs?: RegExp;
}

const SCENARIOS: Scenario[] = [
	{
		name: 'rayg_ratings.parquet deleted',
		dataset: 'rayg_ratings',
		message: 'The RAYG ratings data could not be loaded: the file is missing (HTTP 404).',
		breakIn: (dir) => rmSync(join(dir, 'rayg_ratings.parquet')),
		browserLogs: /^Failed to load resource: the server responded with a status of 404/
	},
	{
		name: 'a4e_licences.parquet truncated',
		dataset: 'a4e_licences',
		message:
			'The Aiming for Excellence licences data could not be loaded: the file is incomplete or damaged (3,000 bytes; the manifest says 5,278).',
		breakIn(dir) {
			const file = join(dir, 'a4e_licences.parquet');
			writeFileSync(file, readFileSync(file).subarray(0, 3000));
		}
	},
	{
		name: 'ehcp_monthly does not have the columns the manifest lists',
		dataset: 'ehcp_monthly',
		message:
			'The monthly EHC plan tracking data could not be loaded: its columns do not match the manifest (plans_issued is INTEGER, not DOUBLE).',
		breakIn(dir) {
			// The file is intact (its checksum matches); the manifest expects another type.
			const path = join(dir, 'manifest.json');
			const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
			const entry = manifest.datasets.find((d) => d.dataset === 'ehcp_monthly');
			const column = entry?.columns.find((c) => c.name === 'plans_issued');
			if (!column) throw new Error('ehcp_monthly.plans_issued is not in the manifest');
			column.type = 'DOUBLE';
			writeFileSync(path, JSON.stringify(manifest, null, '\t'));
		}
	}
];

const title = (id: string) => findKpi(id)?.title ?? id;

/** One thing done on a page, and which parts must then show the broken dataset's message. */
interface Step {
	does: string;
	act(page: Page): Promise<void>;
	/** Headings of the parts that must fail, by broken dataset; any other dataset: none. */
	failing?: Record<string, string[]>;
	/** What must still be right afterwards, whatever is broken. */
	intact?(page: Page): Promise<void>;
}

interface Route {
	path: string;
	steps: Step[];
	/** The extracts the page may download (null: it never starts DuckDB). */
	fetches?: RegExp | null;
}

const detail = (page: Page, id: string) =>
	page.locator(`[data-kpi="${id}"] [data-testid="detail-value"]`).first().textContent();

/** Theme pages: a district, then back to the county (prerendered figures return). */
function themeSteps(failing: Step['failing'], intact: Step['intact'], county: Step['intact']) {
	return [
		{
			does: 'choose Watford',
			async act(page: Page) {
				await toggleDistrict(page, 'Watford');
				await waitForSelection(page, 'Watford');
			},
			failing,
			intact
		},
		{
			does: 'back to the whole county',
			async act(page: Page) {
				await toggleDistrict(page, 'Watford');
				await waitForSelection(page, 'All of Hertfordshire');
			},
			intact: county
		}
	];
}

const ROUTES: Route[] = [
	{
		path: '/',
		fetches: /^schools\.parquet$/,
		steps: [
			{
				does: 'slice good and outstanding schools by Watford',
				async act(page) {
					await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
					await page.locator('#go-district').selectOption('Watford');
					await page.getByTestId('computed-in-browser').waitFor({ timeout: 60_000 });
				},
				async intact(page) {
					expect(await page.getByTestId('pct-schools-good-outstanding').textContent()).toBe(
						'89.5%'
					);
					// Prerendered cards of every theme, including those of the broken datasets.
					const cards = page.locator('article[data-kpi] [data-testid="kpi-value"]');
					expect(await cards.count()).toBe(18);
					expect(
						await page
							.locator('article[data-kpi="rayg_amber_red_schools"] [data-testid="kpi-value"]')
							.textContent()
					).toMatch(/^\d+$/);
				}
			}
		]
	},
	{
		path: '/good-schools/',
		steps: themeSteps(
			{
				rayg_ratings: [
					title('rayg_amber_red_schools'),
					'The RAYG ratings',
					'The movement between RAYG ratings'
				]
			},
			async (page) => expect(await detail(page, 'good_outstanding_schools_pct')).toBe('89.5%'),
			async (page) => {
				expect(await detail(page, 'good_outstanding_schools_pct')).toBe('91.8%');
				expect(await detail(page, 'rayg_amber_red_schools')).toMatch(/^\d+$/);
			}
		)
	},
	{
		path: '/closing-the-gap/',
		steps: themeSteps(
			{},
			async (page) => {
				expect(await detail(page, 'ks2_rwm_gap_national_other')).toBe('29 pp');
				expect(await page.getByTestId('school-counts').textContent()).toMatch(/\d+ schools/);
			},
			async (page) => expect(await detail(page, 'ks2_rwm_gap_national_other')).toBe('29 pp')
		)
	},
	{
		path: '/send/',
		steps: themeSteps(
			{
				// Every part that reads ehcp_monthly is county-only: a filter cannot change it, so the
				// page keeps the figures prerendered from the good file and never loads the bad one.
				ehcp_monthly: []
			},
			async (page) => {
				expect(await detail(page, 'ehcp_20_weeks_including_exceptions_pct')).toBe('55.2%');
				expect(await detail(page, 'valuing_send_training_pct')).toMatch(/^\d+\.\d%$/);
			},
			async (page) => expect(await detail(page, 'ehcp_20_weeks_monthly_pct')).toMatch(/%$/)
		)
	},
	{
		path: '/aiming-for-excellence/',
		steps: themeSteps(
			{
				a4e_licences: [
					...[
						'a4e_schools_with_licence_pct',
						'a4e_schools_meeting_recommendation_pct',
						'a4e_licences',
						'a4e_licence_spend_gbp'
					].map(title),
					'Licence uptake by school size',
					'Licence uptake by district',
					'Licence uptake by phase'
				]
			},
			async (page) => {
				const programmes = page.locator('ul.statuses li[data-kpi] .status-badge');
				expect(await programmes.count()).toBe(5);
				expect(await page.locator('figure', { hasText: 'each programme' }).count()).toBe(1);
			},
			async (page) => expect(await detail(page, 'a4e_schools_with_licence_pct')).toMatch(/%$/)
		)
	},
	{
		path: '/explore/',
		steps: [
			{
				does: 'choose the licence measure',
				async act(page) {
					await page.locator('#explore-kpi').selectOption('a4e_schools_with_licence_pct');
					await page.waitForURL(/kpi=a4e_schools_with_licence_pct/);
					await waitForSelection(page, 'All of Hertfordshire');
				},
				// The school list shows each school's RAYG rating, so it reads rayg_ratings too.
				failing: { a4e_licences: ['The map and table'], rayg_ratings: ['The list of schools'] },
				async intact(page) {
					if (await page.locator('[data-dataset="rayg_ratings"]').count()) return;
					const rows = page.locator('[data-testid="explore-schools"] tbody tr');
					expect(await rows.count()).toBe(509);
				}
			},
			{
				does: 'back to the default measure, red RAYG rating only',
				async act(page) {
					await page.locator('#explore-kpi').selectOption('good_outstanding_schools_pct');
					await page.waitForURL((url) => !url.searchParams.has('kpi'));
					await waitForSelection(page, 'All of Hertfordshire');
					await toggleOption(page, 'RAYG rating', 'Red');
					await waitForSelection(page, 'All of Hertfordshire; latest RAYG rating red');
				},
				failing: { rayg_ratings: ['The map and table', 'The list of schools'] }
			},
			{
				does: 'Watford instead of a RAYG rating',
				async act(page) {
					await toggleOption(page, 'RAYG rating', 'Red');
					await toggleDistrict(page, 'Watford');
					await waitForSelection(page, 'Watford');
				},
				failing: { rayg_ratings: ['The list of schools'] },
				async intact(page) {
					const cell = page.locator(
						'[data-testid="explore-matrix"] tr[data-district="Watford"] td[data-phase="all"] .v'
					);
					expect(await cell.textContent()).toBe('89.5%');
				}
			}
		]
	},
	{
		path: '/school/117158/',
		fetches: null,
		steps: [
			{
				does: 'read the prerendered profile',
				act: async () => undefined,
				async intact(page) {
					expect(await page.getByTestId('school-name').textContent()).toBe('Chater Junior School');
					const rayg = page.locator('section[aria-labelledby="rayg-title"]');
					expect(await rayg.locator('.strip li').count()).toBeGreaterThan(2);
					const a4e = page.locator('section[aria-labelledby="a4e-title"]');
					expect(await a4e.textContent()).toContain('9');
				}
			}
		]
	},
	{
		path: '/japr/',
		fetches: null,
		steps: [
			{
				does: 'change the academic year',
				async act(page) {
					await page.locator('[data-testid="japr-pack"][data-ready="true"]').waitFor();
					await page.locator('#japr-year').selectOption('2023/24');
					await page.locator('[data-year="2023/24"]').waitFor();
				},
				async intact(page) {
					expect(await page.locator('tbody[data-kpi]').count()).toBeGreaterThan(10);
				}
			}
		]
	},
	{
		path: '/present/',
		fetches: null,
		steps: [
			{
				does: 'move to the next slide',
				async act(page) {
					// Keys work once the page has hydrated.
					await page.locator('[data-testid="deck"][data-ready="true"]').waitFor();
					await page.keyboard.press('ArrowRight');
					await page
						.getByTestId('slide-number')
						.filter({ hasText: /Slide 2 of/ })
						.waitFor();
				},
				async intact(page) {
					expect(await page.locator('[data-testid="slide"] h1').textContent()).toBeTruthy();
				}
			}
		]
	}
];

/** Every dataset-error message on the page: which part, which dataset, what it says. */
async function datasetErrors(page: Page) {
	return page.locator('[data-dataset]').evaluateAll((nodes) =>
		nodes.map((n) => ({
			dataset: n.getAttribute('data-dataset'),
			heading: n.querySelector('strong')?.textContent?.trim() ?? '',
			text: (n.textContent ?? '').replace(/\s+/g, ' ').trim()
		}))
	);
}

describe.each(SCENARIOS)('with $name', (scenario) => {
	let site: SiteUnderTest;
	let copy: ReturnType<typeof copyOfBuild>;
	beforeAll(async () => {
		copy = copyOfBuild(scenario.breakIn);
		site = await openSite({ root: copy.root });
	});
	afterAll(async () => {
		await site?.close();
		copy?.remove();
	});

	it.each(ROUTES)('$path renders, works, and says in place what cannot be shown', async (route) => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		const recorder = recordPage(page);
		await page.goto(`${site.url}${route.path}`);
		await page.locator('h1').first().waitFor();

		for (const step of route.steps) {
			await step.act(page);
			const expected = step.failing?.[scenario.dataset] ?? [];
			const errors = await datasetErrors(page);
			expect(
				errors.map((e) => e.heading),
				step.does
			).toEqual(expected.map((h) => `${h} cannot be shown.`));
			for (const e of errors) {
				expect(e.dataset).toBe(scenario.dataset);
				expect(e.text).toBe(
					`${e.heading} ${scenario.message} Other figures on this page are unaffected.`
				);
			}
			// No part failed for any other reason.
			expect(await page.locator('.query-state[data-state="error"]').count(), step.does).toBe(
				errors.length
			);
			await step.intact?.(page);
		}

		const extracts = recorder.requests
			.filter((u) => u.endsWith('.parquet'))
			.map((u) => u.split('/').pop() ?? '');
		if (route.fetches === null) expect(extracts).toEqual([]);
		else if (route.fetches) for (const file of extracts) expect(file).toMatch(route.fetches);
		expect(recorder.pageErrors).toEqual([]);
		const logs = recorder.consoleErrors.filter((m) => !scenario.browserLogs?.test(m));
		expect(logs).toEqual([]);
		expect(foreignRequests(recorder.requests, site.url)).toEqual([]);
		await page.close();
	});
});
