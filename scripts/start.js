// `npm start`: builds the static site from the bundled extracts and serves it on loopback.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
	console.error('The build failed; see the messages above.');
	process.exit(build.status ?? 1);
}
await import('./serve.js');
