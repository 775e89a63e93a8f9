import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../svelte.config.js';
import {
	CSP_DIRECTIVES,
	deploymentHeaders,
	headerPolicy,
	HEADER_ONLY_DIRECTIVES
} from '../../../src/lib/security/csp.js';

/**
 * One policy, three places: src/lib/security/csp.js, the <meta> SvelteKit writes into every
 * page (svelte.config.js), and the headers docs/deployment.md asks hosts to send. These checks
 * keep them the same and keep the policy to the site's own origin.
 */
const DOC = readFileSync('docs/deployment.md', 'utf8');

describe('content security policy', () => {
	it('is what SvelteKit puts in every page, in hash mode', () => {
		expect(config.kit?.csp).toEqual({ mode: 'hash', directives: CSP_DIRECTIVES });
	});

	it('allows nothing from another origin', () => {
		const all = { ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES };
		for (const [directive, sources] of Object.entries(all)) {
			for (const source of sources) {
				const allowed =
					['self', 'none', 'wasm-unsafe-eval'].includes(source) ||
					(directive === 'style-src-attr' && source === 'unsafe-inline') ||
					(directive === 'img-src' && source === 'blob:');
				expect(allowed, `${directive} ${source}`).toBe(true);
			}
		}
		expect(all['default-src']).toEqual(['self']);
		expect(all['object-src']).toEqual(['none']);
		expect(all['frame-ancestors']).toEqual(['none']);
	});

	it('is given in docs/deployment.md exactly, wherever the doc shows it', () => {
		const policy = headerPolicy();
		const lines = DOC.split('\n').filter((line) => line.includes("default-src 'self';"));
		expect(lines.length).toBeGreaterThanOrEqual(4); // http, nginx, Apache, IIS
		for (const line of lines) {
			const shown = /default-src [^"\n]*/.exec(line)?.[0];
			expect(shown).toBe(policy);
		}
		for (const [name, value] of Object.entries(deploymentHeaders()))
			expect(DOC).toContain(`${name}: ${value}`);
	});

	it('differs in the header only by frame-ancestors and inline scripts (limited by the meta)', () => {
		const header = Object.fromEntries(
			headerPolicy()
				.split('; ')
				.map((d) => [d.split(' ')[0], d.split(' ').slice(1)])
		);
		expect(header['frame-ancestors']).toEqual(["'none'"]);
		expect(header['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
		delete header['frame-ancestors'];
		delete header['script-src'];
		const meta = { ...CSP_DIRECTIVES } as Record<string, string[]>;
		delete meta['script-src'];
		expect(Object.keys(header)).toEqual(Object.keys(meta));
	});
});
