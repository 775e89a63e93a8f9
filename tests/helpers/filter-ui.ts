import type { Page } from 'playwright-core';

/**
 * Filters changed the way people change them: through the filter bar, then waiting until the
 * page shows the new selection and has finished recalculating. The applied-filters line changes
 * only when the new figures arrive, so waiting on it never reads the previous answer.
 */

/** Ticks or unticks a district in the filter bar's district list. */
export async function toggleDistrict(page: Page, district: string): Promise<void> {
	const details = page.locator('.filter-bar details.districts');
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
		await details.locator('summary').click();
	await details.getByRole('checkbox', { name: district, exact: true }).click();
}

/** Ticks or unticks a value of another dimension, found by its legend ("RAYG rating", "Phase"). */
export async function toggleOption(page: Page, legend: string, option: string): Promise<void> {
	await page
		.locator('.filter-bar fieldset.group')
		.filter({ has: page.locator('legend', { hasText: legend }) })
		.getByRole('checkbox', { name: option, exact: true })
		.click();
}

/**
 * Waits until the page says it shows `description` (the applied-filters line) and is no longer
 * recalculating, on theme pages and on the explorer alike.
 */
export async function waitForSelection(
	page: Page,
	description: string,
	timeout = 60_000
): Promise<void> {
	// Two frames: the address has changed, so let the page react before reading its state.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	await page.waitForFunction(
		(expected) => {
			const shown = document.querySelector('.applied-filters .description')?.textContent ?? '';
			const busy = document.querySelector(
				'[data-page-status="loading"], [data-explore-status="loading"]'
			);
			return shown.replace(/\s+/g, ' ').trim() === `Showing: ${expected}` && !busy;
		},
		description,
		{ timeout }
	);
}
