/**
 * Tiny helpers for asserting on server-rendered markup without a DOM: the unit tests run in node,
 * and the markup the charts emit is simple and regular enough for this.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';

/** Renders a component on the server and drops Svelte's hydration comments. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Svelte's own Component bound
export function renderHtml<P extends Record<string, any>>(
	component: Component<P>,
	// Checked against the component's props, not inferred from the object literal.
	props: NoInfer<P>
): string {
	const { body } = render(component, { props });
	return body.replace(/<!--[\s\S]*?-->/g, '');
}

/** Every opening tag of an element, e.g. tags(html, 'path'). */
export function tags(html: string, name: string): string[] {
	return html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
}

/** The value of an attribute on an opening tag, or null. */
export function attr(tag: string, name: string): string | null {
	const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
	return m ? (m[1] ?? '') : null;
}

/** The text inside each element with the given class, tags stripped and whitespace collapsed. */
export function textsOf(html: string, className: string): string[] {
	const out: string[] = [];
	// The class must be a whole token: 'legend' must not match 'legend-row'.
	const open = new RegExp(
		`<(\\w+)\\b[^>]*class="(?:[^"]*\\s)?${className}(?:\\s[^"]*)?"[^>]*>`,
		'g'
	);
	for (let m = open.exec(html); m; m = open.exec(html)) {
		const name = m[1] as string;
		// Find the matching close tag, counting nested elements of the same name.
		let depth = 1;
		const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
		re.lastIndex = m.index + m[0].length;
		let end = html.length;
		for (let t = re.exec(html); t; t = re.exec(html)) {
			depth += t[1] === '/' ? -1 : 1;
			if (depth === 0) {
				end = t.index;
				break;
			}
		}
		out.push(
			decode(html.slice(m.index + m[0].length, end).replace(/<[^>]+>/g, ''))
				.replace(/\s+/g, ' ')
				.trim()
		);
	}
	return out;
}

export function decode(s: string): string {
	return s
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}

/**
 * The chart's plot <svg> (the stretched ScaledSvg, not the small marker icons) for a snapshot:
 * Svelte's scoped class hashes dropped (they change with any CSS edit) and every number rounded
 * to one decimal place, so the snapshot only changes when the drawing does.
 */
export function svgSnapshot(html: string): string {
	const svgs = (html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? []).filter((s) =>
		/^<svg\b[^>]*preserveAspectRatio="none"/.test(s)
	);
	return svgs
		.map((s) =>
			s
				.replace(/\s?svelte-[a-z0-9]+/g, '')
				.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
				.replace(/></g, '>\n<')
		)
		.join('\n\n');
}

/** A deep copy, to check afterwards that a component did not change its input. */
export function frozenCopy<T>(value: T): T {
	return structuredClone(value);
}
