import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem, type } from 'node:os';

export interface MachineDescription {
	cpu: string;
	cores: number;
	memoryGiB: number;
	os: string;
	node: string;
	chromium: string;
}

/** What the figures were measured on, for the results file and the README table. */
export function describeMachine(chromiumPath: string): MachineDescription {
	let chromium = 'unknown';
	try {
		chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: 'pipe' })
			.split('\n')[0]!
			.trim();
	} catch {
		// Some wrappers print warnings or refuse --version; the path still says which browser.
		chromium = chromiumPath;
	}
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown',
		cores: cpus().length,
		memoryGiB: Math.round(totalmem() / 2 ** 30),
		os: `${type()} ${release()}`,
		node: process.version,
		chromium
	};
}
