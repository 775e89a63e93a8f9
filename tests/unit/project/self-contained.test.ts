import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source files of the project, skipping what is installed or generated. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (['node_modules', 'build', '.svelte-kit', '.git', 'static'].includes(name)) return [];
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte|json|sh)$/.test(name) || name === 'run' ? [path] : [];
	});
}

describe('the project stands on its own', () => {
	it('never reads the shared folder at run time or in tests', () => {
		const offenders = sourceFiles('.').filter((file) =>
			/\.\.\/shared|\/work\/shared/.test(readFileSync(file, 'utf8'))
		);
		expect(offenders).toEqual([]);
	});

	it('keeps exactly one copy of apache-arrow, the major duckdb-wasm 1.28 needs', () => {
		const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
			packages: Record<string, { version?: string }>;
		};
		const arrows = Object.entries(lock.packages).filter(([path]) =>
			path.endsWith('node_modules/apache-arrow')
		);
		expect(arrows.map(([path, p]) => [path, p.version])).toEqual([
			['node_modules/apache-arrow', '13.0.0']
		]);
		expect(lock.packages['node_modules/@duckdb/duckdb-wasm']?.version).toBe('1.28.0');
	});
});
