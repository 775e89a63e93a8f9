import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkAxe } from '../helpers/a11y';
import { foreignRequests, openSite, recordPage, type SiteUnderTest } from '../helpers/browser';
import { openNodeApiEngine, type TestEngine } from '../helpers/engines';

/**
 * A profile page for every school, from the built site: one per row of the schools extract and
 * one per school with results but no schools row. Listed here with SQL of the test's own, so a
 * school the app's query forgot would show up missing.
 */
let site: SiteUnderTest;
let engine: TestEngine;
let schools: { urn: number; name: string }[];

beforeAll(async () => {
	engine = await openNodeApiEngine();
	schools = await engine.query<{ urn: number; name: string }>({
		sql: `SELECT urn, name FROM schools
UNION ALL
SELECT urn, max(geography_name) AS name FROM attainment
WHERE geography_level = 'school' AND urn NOT IN (SELECT urn FROM schools)
GROUP BY urn
ORDER BY urn`,
		params: []
	});
	site = await openSite();
});
afterAll(async () => {
	engine?.close();
	await site?.close();
});

const decode = (s: string) =>
	s
		.replace(/&#39;|&#x27;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The text of the page's h1, entities decoded. */
const heading = (html: string) =>
	decode(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<!--[\s\S]*?-->/g, '') ?? '');

async function open(urn: number): Promise<{ page: Page; recorder: ReturnType<typeof recordPage> }> {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
	const recorder = recordPage(page);
	await page.goto(`${site.url}/school/${urn}/`);
	await page.waitForLoadState('networkidle');
	return { page, recorder };
}

/** The first URN a query finds, for picking schools with a given feature from the extracts. */
async function firstUrn(sql: string): Promise<number> {
	const [row] = await engine.query<{ urn: number }>({ sql, params: [] });
	if (!row) throw new Error(`No school found for: ${sql}`);
	return row.urn;
}

describe('school profiles in the build', () => {
	it('exist for every school in the extracts (591 + 2 new), each naming its school', () => {
		expect(schools).toHaveLength(593);
		const missing: number[] = [];
		const misnamed: string[] = [];
		for (const { urn, name } of schools) {
			const file = join('build', 'school', String(urn), 'index.html');
			if (!existsSync(file)) {
				missing.push(urn);
				continue;
			}
			const found = heading(readFileSync(file, 'utf8'));
			if (found !== name) misnamed.push(`${urn}: expected "${name}", found "${found}"`);
		}
		expect(missing).toEqual([]);
		expect(misnamed).toEqual([]);
	});
});

describe('school profiles in Chromium', () => {
	let sample: { urn: number; name: string }[];
	let axeSample: number[];

	beforeAll(async () => {
		// Schools that exercise each kind of page, then a spread across the rest.
		const special = await Promise.all([
			firstUrn(`SELECT urn FROM schools WHERE phase = 'primary' AND is_open
				AND urn IN (SELECT urn FROM ofsted_report_cards)
				AND urn IN (SELECT urn FROM schools_causing_concern) ORDER BY urn`),
			firstUrn(`SELECT DISTINCT urn FROM attainment WHERE key_stage = 'KS4'
				AND geography_level = 'school' AND symbol = 'c' ORDER BY urn`),
			firstUrn(`SELECT urn FROM schools WHERE ofsted_grade IS NULL
				AND predecessor_urn IN (SELECT urn FROM schools) ORDER BY urn`),
			firstUrn(`SELECT urn FROM schools WHERE status = 'Closed' ORDER BY urn`),
			firstUrn(`SELECT urn FROM schools WHERE NOT is_state_funded ORDER BY urn`),
			firstUrn(`SELECT urn FROM schools WHERE phase = 'special' ORDER BY urn`),
			firstUrn(`SELECT DISTINCT urn FROM attainment WHERE geography_level = 'school'
				AND urn NOT IN (SELECT urn FROM schools) ORDER BY urn`)
		]);
		axeSample = special.slice(0, 3);
		const urns = new Set(special);
		const step = Math.floor(schools.length / 9);
		for (let i = step; urns.size < 15 && i < schools.length; i += step)
			urns.add(schools[i]?.urn as number);
		sample = [...urns].map(
			(urn) => schools.find((s) => s.urn === urn) as { urn: number; name: string }
		);
		expect(sample).toHaveLength(15);
	});

	it('open with no page error, console error or request outside the site', async () => {
		for (const { urn, name } of sample) {
			const { page, recorder } = await open(urn);
			expect(await page.getByTestId('school-name').textContent(), `URN ${urn}`).toBe(name);
			// Every council-internal section says it is illustrative, in words.
			expect(await page.locator('.illustrative').count(), `URN ${urn}`).toBeGreaterThanOrEqual(5);
			expect(recorder.pageErrors, `URN ${urn}`).toEqual([]);
			expect(recorder.consoleErrors, `URN ${urn}`).toEqual([]);
			expect(foreignRequests(recorder.requests, site.url), `URN ${urn}`).toEqual([]);
			await page.close();
		}
	});

	it('have no axe violations (WCAG 2.2 A and AA rules) on 3 varied profiles', async () => {
		for (const urn of axeSample) {
			const { page } = await open(urn);
			expect(await checkAxe(page), `URN ${urn}`).toEqual([]);
			await page.close();
		}
	});

	it("link a new school's predecessor to the predecessor's own profile", async () => {
		const [link] = await engine.query<{ urn: number; predecessor_urn: number; name: string }>({
			sql: `SELECT s.urn, s.predecessor_urn, p.name FROM schools AS s
JOIN schools AS p ON p.urn = s.predecessor_urn
WHERE s.ofsted_grade IS NULL ORDER BY s.urn`,
			params: []
		});
		if (!link) throw new Error('No school with a listed predecessor');
		const { page, recorder } = await open(link.urn);
		const sentence = (await page.getByTestId('predecessor').textContent())?.replace(/\s+/g, ' ');
		expect(sentence).toMatch(
			/^ ?Its predecessor, .+ \(URN \d+\), was judged (Outstanding|Good|Requires improvement|Inadequate) on \d{1,2} [A-Z][a-z]+ \d{4}\./
		);
		await page.getByTestId('predecessor').getByRole('link').click();
		await page.waitForURL(new RegExp(`/school/${link.predecessor_urn}/$`));
		expect(await page.getByTestId('school-name').textContent()).toBe(link.name);
		expect(await page.locator('.kicker').textContent()).toContain(String(link.predecessor_urn));
		expect(recorder.pageErrors).toEqual([]);
		expect(recorder.consoleErrors).toEqual([]);
		await page.close();
	});
});
