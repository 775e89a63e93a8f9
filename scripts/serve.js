// `npm run serve`: serves the built site in build/ on http://127.0.0.1:4173 (or $PORT).
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.js';

if (!existsSync('build/index.html')) {
	console.error(
		'No built site in build/. Run `npm run build` first (or `npm start`, which builds).'
	);
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const { url } = await startStaticServer({ root: 'build', port });
console.log(`Hertfordshire school improvement KPI tracker is running at ${url}/`);
console.log('Press Ctrl+C to stop.');
