import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds inputs by name pattern so that next year's DfE file dropped into the folder is picked up
 * without code changes. Results are sorted by name so the pipeline is deterministic.
 */
export function findInputs(
	dir: string,
	pattern: RegExp
): { path: string; match: RegExpExecArray }[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names
		.sort()
		.map((name) => ({ name, match: pattern.exec(name) }))
		.filter((x): x is { name: string; match: RegExpExecArray } => x.match !== null)
		.map(({ name, match }) => ({ path: join(dir, name), match }));
}
