import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/security/csp.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to build/<route>/index.html so that any static file server
		// (and a laptop with no network) serves deep links without rewrite rules.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Every prerendered page gets a <meta> Content-Security-Policy with the hash of its own
		// inline bootstrap script (see src/lib/security/csp.js and docs/deployment.md).
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
