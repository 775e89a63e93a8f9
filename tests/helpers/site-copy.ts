import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private copy of the built site (build/) to break on purpose, e.g. with an extract deleted.
 * build/ is shared with other test runs, so it is never changed in place; callers hold the
 * build lock while copying, as for any use of build/.
 */
export function copyOfBuild(change: (extractsDir: string) => void): {
	root: string;
	remove(): void;
} {
	const root = mkdtempSync(join(tmpdir(), 'kpi-site-'));
	cpSync('build', root, { recursive: true });
	change(join(root, 'data', 'extracts'));
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
