// Browser tests drive Debian's Chromium through playwright-core (Playwright cannot download its
// own browser here). This finds Chromium, installs it with apt when running as root, or stops
// with a message saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
].filter(Boolean);

export function findChromium() {
	return CHROMIUM_CANDIDATES.find((path) => path && existsSync(path));
}

function tryAptInstall() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
	console.log(
		'Chromium not found: installing Debian’s chromium package with apt-get (running as root)…'
	);
	try {
		execFileSync('apt-get', ['update'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		return true;
	} catch {
		return false;
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	let found = findChromium();
	if (!found && tryAptInstall()) found = findChromium();
	if (!found) {
		console.error(
			'The browser tests need Chromium and none was found.\n' +
				'Install it with your package manager (Debian/Ubuntu: `sudo apt-get install chromium`),\n' +
				'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.'
		);
		process.exit(1);
	}
	console.log(`Browser tests will use ${found}`);
}
