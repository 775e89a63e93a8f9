import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTS_PATH, MANIFEST_FILE, type Manifest } from '../../src/lib/data/manifest';
import { NATIONAL_OUT_DIR } from '../extracts/national/build-national';
import type { Scale } from './scales';

function run(command: string, args: string[], env: Record<string, string> = {}): void {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

/**
 * The national set: generated afresh (deterministic, about 10 s) into .bench/, with the rest of
 * static/ (the favicon) copied beside it so the national build serves the same files.
 */
export function prepareNationalStatic(scale: Scale, seed: number): void {
	run('npx', ['tsx', 'scripts/extracts/main.ts', '--scale', 'national', '--seed', String(seed)]);
	mkdirSync(scale.staticDir, { recursive: true });
	for (const entry of readdirSync('static'))
		if (entry !== 'data')
			cpSync(join('static', entry), join(scale.staticDir, entry), { recursive: true });
	if (!existsSync(join(NATIONAL_OUT_DIR, MANIFEST_FILE)))
		throw new Error('The national extracts were not written.');
}

/** `vite build` with the scale's environment (see svelte.config.js). */
export function buildSite(scale: Scale): void {
	run('npx', ['vite', 'build', '--logLevel', 'warn'], scale.buildEnv);
}

export function readManifest(scale: Scale): Manifest {
	return JSON.parse(
		readFileSync(join(scale.staticDir, EXTRACTS_PATH, MANIFEST_FILE), 'utf8')
	) as Manifest;
}
