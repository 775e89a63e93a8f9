import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../../scripts/extracts/lib/publish';

/** The committed inputs and extracts the pipeline tests start from. */
export const RAW = 'data/raw';
export const PUBLISHED = 'static/data/extracts';

/** A fresh temporary folder holding a copy of data/raw (the tests never touch the real one). */
export function copyOfRawData(prefix = 'raw-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	cpSync(RAW, dir, { recursive: true });
	return dir;
}

/** A copy of the committed extracts in a fresh folder `extracts` under `parent`. */
export function copyOfPublished(parent: string): string {
	const out = join(parent, 'extracts');
	cpSync(PUBLISHED, out, { recursive: true });
	return out;
}

/** Byte-level snapshot of a folder and its sub-folders: relative path → SHA-256. */
export function snapshot(dir: string, prefix = ''): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) Object.assign(out, snapshot(path, `${prefix}${name}/`));
		else out[`${prefix}${name}`] = sha256(path);
	}
	return out;
}
