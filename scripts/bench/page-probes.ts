/**
 * Code the benchmark runs inside the page. Kept as JavaScript source text, not functions: tsx
 * compiles functions with helpers (`__name`) that do not exist in the page. Every time is taken
 * with the page's own clock (performance.now(), 0 = navigation start).
 */

/** Serialises a call to one of the probes below with a JSON argument. */
export const call = (probe: string, arg: unknown = null) => `(${probe})(${JSON.stringify(arg)})`;

/**
 * When the given score-card numbers were first painted (Element Timing, `elementtiming` on each
 * number), the latest of them, or null if any was not reported within `timeoutMs`.
 */
export const HEADLINE_PAINT = `async ({ ids, timeoutMs }) => {
	const seen = new Map();
	return await new Promise((resolve) => {
		const finish = (value) => { observer.disconnect(); resolve(value); };
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (ids.includes(entry.identifier)) seen.set(entry.identifier, entry.renderTime || entry.loadTime);
			if (ids.every((id) => seen.has(id))) finish(Math.max(...seen.values()));
		});
		observer.observe({ type: 'element', buffered: true });
		setTimeout(() => finish(null), timeoutMs);
	});
}`;

/** First contentful paint (ms), waiting for it up to `timeoutMs`; null if it never came. */
export const FIRST_CONTENTFUL_PAINT = `async ({ timeoutMs }) => {
	const started = performance.now();
	while (performance.now() - started < timeoutMs) {
		const entry = performance.getEntriesByName('first-contentful-paint')[0];
		if (entry) return entry.startTime;
		await new Promise((r) => setTimeout(r, 20));
	}
	return null;
}`;

/** The start time of a User Timing mark, waiting for it up to `timeoutMs`; null if it never came. */
export const MARK_TIME = `async ({ name, timeoutMs }) => {
	const started = performance.now();
	while (performance.now() - started < timeoutMs) {
		const entry = performance.getEntriesByName(name, 'mark')[0];
		if (entry) return entry.startTime;
		await new Promise((r) => setTimeout(r, 20));
	}
	return null;
}`;

/** URLs of the page's own requests (Resource Timing) that started before a time. */
export const RESOURCES_STARTED_BEFORE = `(time) =>
	performance.getEntriesByType('resource').filter((e) => e.startTime < time).map((e) => e.name)`;

/**
 * One filter change, made the way a person makes it (a click on a checkbox or a choice in a
 * menu, which fire the same events), timed from just before the change to the first frame after
 * the page's results region reports a newer generation and is no longer busy: every chart on
 * the page is then updated and painted. Returns milliseconds, or null after \`timeoutMs\`.
 */
export const FILTER_CHANGE = `async ({ control, value, timeoutMs }) => {
	const region = document.querySelector('[data-generation]');
	const before = Number(region.dataset.generation);
	const updated = () => Number(region.dataset.generation) > before && region.getAttribute('aria-busy') !== 'true';
	const element = document.querySelector(control);
	const t0 = performance.now();
	if (element instanceof HTMLSelectElement) {
		element.value = value;
		element.dispatchEvent(new Event('change', { bubbles: true }));
	} else element.click();
	const ok = await new Promise((resolve) => {
		if (updated()) return resolve(true);
		const observer = new MutationObserver(() => {
			if (updated()) { observer.disconnect(); clearTimeout(timer); resolve(true); }
		});
		const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, timeoutMs);
		observer.observe(region, { attributes: true, attributeFilter: ['data-generation', 'aria-busy'] });
	});
	if (!ok) return null;
	// The next frame paints the update; a task queued from its animation frame runs after the paint.
	await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
	const total = performance.now() - t0;
	// A change the page answered with an error is not a measurement of updating the charts.
	if (document.querySelector('[data-page-status="error"], [data-explore-status="error"]')) return { error: true };
	const measure = performance.getEntriesByName('filter:queries', 'measure').filter((m) => m.startTime >= t0).at(-1);
	return { total, queries: measure ? measure.duration : 0 };
}`;

/** The filter controls the page offers: CSS selectors for checkboxes, and menus with their values. */
export const FILTER_CONTROLS = `() => {
	const checkboxes = [...document.querySelectorAll('.filter-bar input[type="checkbox"]')].map((el) => '#' + CSS.escape(el.id));
	const menus = [...document.querySelectorAll('.filter-bar select, #explore-kpi')].map((el) => ({
		selector: '#' + CSS.escape(el.id),
		values: [...el.options].map((o) => o.value),
		current: el.value
	}));
	return { checkboxes, menus };
}`;
