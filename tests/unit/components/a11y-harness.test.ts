import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../scripts/static-server.js';
import { checkAxe, interactiveElements, walkByKeyboard } from '../../helpers/a11y';

/**
 * The accessibility harness checked against pages whose answers are known by construction, so a
 * browser test that passes with it means something: it must find a planted violation, pass a clean
 * page, reach exactly the three controls a person can reach, and notice a missing focus style.
 */

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

const page = (title: string, body: string, css = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
	body { font: 17px/1.45 system-ui, sans-serif; color: #0b0c0c; background: #fff; }
	button, input { font: inherit; min-height: 2.5rem; }
	a, summary { display: inline-block; min-height: 24px; }
	:focus-visible { outline: 3px solid #ffdd00; box-shadow: 0 0 0 6px #0b0c0c; }
	${css}
</style>
</head>
<body><main><h1>${title}</h1>${body}</main></body>
</html>`;

const PAGES: Record<string, string> = {
	'unlabelled.html': page(
		'Unlabelled input',
		'<p><label for="named">Named</label> <input id="named"></p><p><input id="nameless" type="text"></p>'
	),
	// Three reachable controls, and one of each kind of thing that must not count: disabled,
	// display:none, visibility:hidden, tabindex=-1, inert, and content of a closed <details>…
	// except its summary, which is the third control.
	'clean.html': page(
		'Clean page',
		`<p><a href="#next" id="next">Next section</a></p>
		<p><label for="school">School name</label> <input id="school" type="text"></p>
		<details><summary data-testid="more">More options</summary><button type="button">Hidden inside</button></details>
		<p><button type="button" disabled>Disabled</button></p>
		<p><a href="#x" style="display:none">Not displayed</a></p>
		<p><button type="button" style="visibility:hidden">Invisible</button></p>
		<p><span tabindex="-1">Script-focusable only</span></p>
		<div inert><button type="button">Inert</button></div>`
	),
	'no-focus-style.html': page(
		'No focus style',
		`<p><button type="button" id="plain">Plain</button> <button type="button" id="tiny">x</button></p>`,
		'#plain:focus-visible { outline: none; box-shadow: none; } #tiny { min-height: 0; width: 16px; height: 16px; padding: 0; }'
	)
};

let dir: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;

async function open(name: string): Promise<Page> {
	const tab = await browser.newPage();
	await tab.goto(`${server.url}/${name}`);
	return tab;
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'a11y-harness-'));
	for (const [name, html] of Object.entries(PAGES)) await writeFile(join(dir, name), html);
	server = (await startStaticServer({ root: dir })) as typeof server;
	browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('checkAxe', () => {
	it('reports an unlabelled input, compactly, and nothing else', async () => {
		const tab = await open('unlabelled.html');
		const violations = await checkAxe(tab);
		expect(violations.map((v) => v.id)).toEqual(['label']);
		expect(violations[0]).toMatchObject({ impact: 'critical', nodes: ['#nameless'] });
		expect(violations[0]?.help).toMatch(/label/i);
		await tab.close();
	});

	it('passes a clean page, and can run twice on one page', async () => {
		const tab = await open('clean.html');
		expect(await checkAxe(tab)).toEqual([]);
		expect(await checkAxe(tab)).toEqual([]);
		await tab.close();
	});
});

describe('walkByKeyboard and interactiveElements', () => {
	it('reaches exactly the three controls, in order, each with visible focus', async () => {
		const tab = await open('clean.html');
		const walk = await walkByKeyboard(tab);
		expect(
			walk.stops.map(({ selector, name, focusVisible }) => ({ selector, name, focusVisible }))
		).toEqual([
			{ selector: '#next', name: 'Next section', focusVisible: true },
			{ selector: '#school', name: 'School name', focusVisible: true },
			{ selector: '[data-testid="more"]', name: 'More options', focusVisible: true }
		]);
		expect(walk.end).not.toBe('max-steps');
		for (const stop of walk.stops) expect(stop.box.height).toBeGreaterThanOrEqual(24);

		const controls = await interactiveElements(tab);
		expect(controls).toEqual(walk.stops.map(({ selector, name }) => ({ selector, name })));
		await tab.close();
	});

	it('starts from the top whatever was focused before', async () => {
		const tab = await open('clean.html');
		await tab.focus('#school');
		const walk = await walkByKeyboard(tab);
		expect(walk.stops[0]?.selector).toBe('#next');
		expect(walk.stops).toHaveLength(3);
		await tab.close();
	});

	it('follows a disclosure once it is open', async () => {
		const tab = await open('clean.html');
		await tab.click('summary');
		const walk = await walkByKeyboard(tab);
		expect(walk.stops.map((s) => s.name)).toEqual([
			'Next section',
			'School name',
			'More options',
			'Hidden inside'
		]);
		expect((await interactiveElements(tab)).map((c) => c.name)).toContain('Hidden inside');
		await tab.close();
	});

	it('notices focus that is not drawn and a target under 24 × 24', async () => {
		const tab = await open('no-focus-style.html');
		const walk = await walkByKeyboard(tab);
		expect(walk.stops.map((s) => [s.selector, s.focusVisible])).toEqual([
			['#plain', false],
			['#tiny', true]
		]);
		expect(walk.stops[1]?.box).toEqual({ width: 16, height: 16 });
		await tab.close();
	});

	it('stops at maxSteps', async () => {
		const tab = await open('clean.html');
		const walk = await walkByKeyboard(tab, 2);
		expect(walk).toMatchObject({ end: 'max-steps' });
		expect(walk.stops).toHaveLength(2);
		await tab.close();
	});
});
