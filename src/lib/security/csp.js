/**
 * The Content-Security-Policy, in one place: svelte.config.js gives it to SvelteKit, which puts
 * it in a <meta> on every prerendered page with a hash for that page's inline bootstrap script;
 * docs/deployment.md gives the same policy as HTTP headers (a test checks the two agree); the
 * browser tests check that pages carry it and that nothing the app does breaks it.
 *
 * Everything comes from the site's own origin. The exceptions, and why:
 * - 'wasm-unsafe-eval': DuckDB is WebAssembly, which a CSP blocks from compiling without it.
 *   It allows compiling wasm only, not eval() of JavaScript.
 * - img-src blob:: chart downloads (PNG, and the pictures in the PowerPoint file) draw the chart's
 *   SVG from a same-origin blob: URL onto a canvas. Images cannot run script. data: is not
 *   needed: the PowerPoint export's data: URLs go into the file, never into an <img>.
 * - style-src-attr 'unsafe-inline': Svelte and the charts position and colour elements with
 *   style attributes. Only attributes: stylesheets stay 'self', and the <style> SvelteKit inlines
 *   in each page's head (kit.inlineStyleThreshold, for a fast first paint) is allowed by its hash.
 *
 * This file is plain JavaScript because svelte.config.js imports it before anything is compiled.
 */

/** @typedef {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} Directives */

/** @satisfies {Directives} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	// The DuckDB worker is a file of the build, never a blob: or data: URL.
	'worker-src': ['self'],
	// The manifest, the extracts and the wasm; SvelteKit's __data.json on client navigation.
	'connect-src': ['self'],
	'img-src': ['self', 'blob:'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-inline'],
	'font-src': ['self'],
	'object-src': ['none'],
	'frame-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/**
 * Directives a <meta> cannot carry (browsers ignore them there), so only the HTTP header has
 * them: no other site may put the dashboard in a frame.
 */
export const HEADER_ONLY_DIRECTIVES = {
	'frame-ancestors': ['none']
};

/** Keywords are quoted in a policy; schemes such as data: are not. */
const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-inline',
	'unsafe-eval',
	'wasm-unsafe-eval',
	'strict-dynamic'
]);

/** @param {Record<string, readonly string[]>} directives */
export function serializePolicy(directives) {
	return Object.entries(directives)
		.map(([name, sources]) =>
			[name, ...sources.map((s) => (KEYWORDS.has(s) ? `'${s}'` : s))].join(' ')
		)
		.join('; ');
}

/**
 * The policy as an HTTP header. It is the meta policy plus frame-ancestors, with one change:
 * script-src and style-src also allow inline content, because each page's bootstrap script and
 * inlined styles have their own hashes and one header cannot list them all. Browsers enforce the header and the page's meta together
 * (a script must satisfy both), so inline scripts still run only when the meta lists their hash;
 * the header adds frame-ancestors and covers responses that have no meta, such as the worker.
 */
export function headerPolicy() {
	return serializePolicy({
		...CSP_DIRECTIVES,
		'script-src': [...CSP_DIRECTIVES['script-src'], 'unsafe-inline'],
		// The same for the <style> inlined in each page's head: the meta lists its hash.
		'style-src': [...CSP_DIRECTIVES['style-src'], 'unsafe-inline'],
		...HEADER_ONLY_DIRECTIVES
	});
}

/** Every header docs/deployment.md asks a host to send, by name. */
export function deploymentHeaders() {
	return {
		'Content-Security-Policy': headerPolicy(),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer'
	};
}
