import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Accessibility checks for browser tests: axe-core for what can be checked automatically, and a
 * real Tab walk for what axe cannot see (can everything be reached, is focus visible, are targets
 * big enough). Nothing is fetched: axe comes from node_modules and is injected into the page.
 */

const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** The standard this product promises (PRODUCT.md): WCAG 2.2 AA, which includes 2.0 and 2.1. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One axe rule failure, cut down so that a failing `toEqual([])` diff is readable. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	/** CSS selectors of the failing elements (frames and shadow roots joined with ` >>> `). */
	nodes: string[];
}

/** The part of the axe global this uses, once injected into the page. */
interface AxeRunner {
	run(context: Document, options: RunOptions): Promise<AxeResults>;
}

/** Runs axe-core against the page as it is now and returns the WCAG A/AA violations. */
export async function checkAxe(page: Page): Promise<AxeViolation[]> {
	const loaded = await page.evaluate(() => 'axe' in window);
	// Evaluated through DevTools rather than added as a <script>: the pages' Content-Security-Policy
	// refuses inline scripts it has no hash for, which is what addScriptTag would insert.
	if (!loaded) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
	const options: RunOptions = {
		runOnly: { type: 'tag', values: AXE_TAGS },
		resultTypes: ['violations']
	};
	const results: AxeResults = await page.evaluate(
		(runOptions) => (window as unknown as { axe: AxeRunner }).axe.run(document, runOptions),
		options
	);
	return results.violations.map((v) => ({
		id: v.id,
		impact: v.impact ?? null,
		help: v.help,
		nodes: v.nodes.map((n) =>
			n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' >>> ')
		)
	}));
}

/** One place the keyboard focus stopped. */
export interface FocusStop {
	/** A CSS selector that finds this element: `#id`, `[data-testid]`, or a path from one. */
	selector: string;
	/** Its accessible name, approximately (labels, aria-label(ledby), text, alt, title). */
	name: string;
	/** Whether focus is drawn: an outline (style not none, width > 0) or a box-shadow. */
	focusVisible: boolean;
	/** Its size in CSS pixels, for the WCAG 2.2 24 × 24 target-size check. */
	box: { width: number; height: number };
}

export interface KeyboardWalk {
	stops: FocusStop[];
	/** Why the walk stopped: a walk that hit `max-steps` may have found a keyboard trap. */
	end: 'returned-to-start' | 'left-document' | 'max-steps';
}

export interface InteractiveElement {
	selector: string;
	name: string;
}

type InspectMode = 'active' | 'all';
interface InspectResult {
	elements: (FocusStop & { isFirst: boolean })[];
}

/**
 * Runs in the page (serialised by Playwright), so it must be self-contained. Describes either the
 * focused element or every interactive element, with one describer so that the two can be
 * compared selector for selector.
 */
function inspectInPage(mode: InspectMode): InspectResult {
	const store = window as unknown as { __a11yWalkFirst?: Element | null };

	const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

	const textOf = (el: Element): string => {
		const html = el as HTMLElement;
		return clean(typeof html.innerText === 'string' ? html.innerText : el.textContent);
	};

	const nameOf = (el: Element): string => {
		const labelledBy = el.getAttribute('aria-labelledby');
		if (labelledBy) {
			const parts = labelledBy
				.split(/\s+/)
				.map((id) => document.getElementById(id))
				.filter((x): x is HTMLElement => x !== null)
				.map((x) => clean(x.textContent));
			if (parts.join('')) return parts.join(' ');
		}
		const ariaLabel = clean(el.getAttribute('aria-label'));
		if (ariaLabel) return ariaLabel;
		const control = el as HTMLInputElement;
		if (control.labels && control.labels.length > 0) {
			const labelText = [...control.labels].map((l) => textOf(l)).join(' ');
			if (clean(labelText)) return clean(labelText);
		}
		if (el instanceof HTMLInputElement) {
			if (['button', 'submit', 'reset'].includes(el.type)) return clean(el.value);
			if (el.type === 'image') return clean(el.alt);
		}
		const own = textOf(el);
		if (own) return own;
		const img = el.querySelector('img[alt]');
		if (img) return clean(img.getAttribute('alt'));
		return clean(el.getAttribute('title')) || clean(el.getAttribute('placeholder'));
	};

	const unique = (selector: string) => {
		try {
			return document.querySelectorAll(selector).length === 1;
		} catch {
			return false;
		}
	};

	const selectorOf = (el: Element): string => {
		const steps: string[] = [];
		let node: Element | null = el;
		while (node && node !== document.documentElement) {
			if (node.id && unique(`#${CSS.escape(node.id)}`)) {
				steps.unshift(`#${CSS.escape(node.id)}`);
				break;
			}
			const testId = node.getAttribute('data-testid');
			if (testId && unique(`[data-testid="${CSS.escape(testId)}"]`)) {
				steps.unshift(`[data-testid="${CSS.escape(testId)}"]`);
				break;
			}
			const tag = node.tagName.toLowerCase();
			const parent: Element | null = node.parentElement;
			const sameTag = parent ? [...parent.children].filter((c) => c.tagName === node?.tagName) : [];
			steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
			node = parent;
		}
		return steps.join(' > ');
	};

	const describe = (el: Element) => {
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
		const rect = el.getBoundingClientRect();
		return {
			selector: selectorOf(el),
			name: nameOf(el).slice(0, 120),
			focusVisible: outline || shadow,
			box: { width: Math.round(rect.width * 10) / 10, height: Math.round(rect.height * 10) / 10 },
			isFirst: store.__a11yWalkFirst === el
		};
	};

	if (mode === 'active') {
		let active: Element | null = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		// Focus on <body> (or nowhere) means it has left the page's controls for the browser's own.
		if (!active || active === document.body || active === document.documentElement) {
			return { elements: [] };
		}
		if (store.__a11yWalkFirst === undefined || store.__a11yWalkFirst === null) {
			store.__a11yWalkFirst = active;
			return { elements: [{ ...describe(active), isFirst: false }] };
		}
		return { elements: [describe(active)] };
	}

	const candidates = document.querySelectorAll(
		'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
	);
	const seenRadioGroups = new Set<string>();
	const found: Element[] = [];
	for (const el of candidates) {
		const html = el as HTMLElement;
		if (html.tabIndex < 0) continue;
		if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) continue;
		if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
		// Only a details element's own first summary is a control.
		if (el.tagName === 'SUMMARY' && el.parentElement?.querySelector(':scope > summary') !== el) {
			continue;
		}
		const visible =
			typeof html.checkVisibility === 'function'
				? html.checkVisibility({ visibilityProperty: true })
				: html.getClientRects().length > 0;
		if (!visible) continue;
		// Tab stops once per radio group (on the checked radio, else the first).
		if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
			const key = `${el.form ? 'form' : 'doc'}:${el.name}`;
			if (seenRadioGroups.has(key)) continue;
			const scope = el.form ?? document;
			const group = [...scope.querySelectorAll('input[type="radio"]')].filter(
				(r) => (r as HTMLInputElement).name === el.name
			) as HTMLInputElement[];
			const stop = group.find((r) => r.checked) ?? group[0];
			if (stop !== el) continue;
			seenRadioGroups.add(key);
		}
		found.push(el);
	}
	return { elements: found.map(describe) };
}

/**
 * Presses Tab from the top of the page and records every stop, until focus comes back to the
 * first stop, leaves the document, or `maxSteps` presses have been made.
 */
export async function walkByKeyboard(page: Page, maxSteps = 300): Promise<KeyboardWalk> {
	await page.evaluate(() => {
		(window as unknown as { __a11yWalkFirst?: Element | null }).__a11yWalkFirst = null;
		(document.activeElement as HTMLElement | null)?.blur();
		// Focusing <body> moves the sequential-focus starting point to the top of the document,
		// whatever was clicked before.
		const body = document.body;
		const had = body.getAttribute('tabindex');
		body.setAttribute('tabindex', '-1');
		body.focus();
		if (had === null) body.removeAttribute('tabindex');
		else body.setAttribute('tabindex', had);
		window.scrollTo(0, 0);
	});
	const stops: FocusStop[] = [];
	for (let step = 0; step < maxSteps; step++) {
		await page.keyboard.press('Tab');
		const { elements } = await page.evaluate(inspectInPage, 'active' as InspectMode);
		const here = elements[0];
		if (!here) return { stops, end: 'left-document' };
		if (here.isFirst) return { stops, end: 'returned-to-start' };
		stops.push({
			selector: here.selector,
			name: here.name,
			focusVisible: here.focusVisible,
			box: here.box
		});
	}
	return { stops, end: 'max-steps' };
}

/** Every visible, enabled, keyboard-focusable control, described as walkByKeyboard describes stops. */
export async function interactiveElements(page: Page): Promise<InteractiveElement[]> {
	const { elements } = await page.evaluate(inspectInPage, 'all' as InspectMode);
	return elements.map(({ selector, name }) => ({ selector, name }));
}
