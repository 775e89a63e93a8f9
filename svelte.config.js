import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/security/csp.js';

// The benchmark builds the site a second time against a national-scale extract set without
// touching the published one: KPI_STATIC_DIR replaces static/ (the extracts are served from
// <dir>/data/extracts and prerendering reads them there), KPI_BUILD_DIR replaces build/, and
// KPI_SKIP_PROFILES leaves out the per-school profiles (22,000 at national scale; the benchmark
// does not visit them). Unset, the build is exactly the published site.
const staticDir = process.env.KPI_STATIC_DIR || 'static';
const buildDir = process.env.KPI_BUILD_DIR || 'build';
const skipProfiles = Boolean(process.env.KPI_SKIP_PROFILES);

/**
 * The pages prerendered when profiles are skipped: every page but the per-school ones.
 * @type {(`/${string}`)[]}
 */
const MAIN_PAGES = [
	'/',
	'/good-schools/',
	'/closing-the-gap/',
	'/send/',
	'/aiming-for-excellence/',
	'/explore/'
];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		files: { assets: staticDir },
		// Styles go inline in each page's <head> (every stylesheet is under 8 kB): a linked
		// stylesheet is render-blocking, and queued behind a dozen module preloads it held the
		// first paint of the prerendered headline numbers back by hundreds of milliseconds.
		inlineStyleThreshold: 8192,
		// Every page is prerendered to build/<route>/index.html so that any static file server
		// (and a laptop with no network) serves deep links without rewrite rules.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html', strict: true }),
		prerender: skipProfiles
			? {
					entries: MAIN_PAGES,
					crawl: false,
					handleHttpError: 'fail',
					handleMissingId: 'fail',
					handleUnseenRoutes: 'ignore'
				}
			: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Every prerendered page gets a <meta> Content-Security-Policy with the hash of its own
		// inline bootstrap script and inlined styles (see src/lib/security/csp.js and
		// docs/deployment.md).
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
