// A small static file server for the built site: correct content types (wasm included), HTTP
// range requests (DuckDB reads Parquet files in parts) and folder index.html for deep links.
// Used by `npm start`, the browser tests and the benchmark. Binds to loopback only.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8'
};

/** The Content-Type the server sends for a file. @param {string} path */
export function contentTypeOf(path) {
	return TYPES[/** @type {keyof typeof TYPES} */ (extname(path))] ?? 'application/octet-stream';
}

/**
 * The file a URL path is served from (a folder's index.html), or null.
 * @param {string} root @param {string} urlPath
 */
export function resolveFile(root, urlPath) {
	const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return null; // no escaping the root
	try {
		const stat = statSync(path);
		if (stat.isFile()) return { path, size: stat.size };
		if (stat.isDirectory()) {
			const index = join(path, 'index.html');
			const s = statSync(index);
			return { path: index, size: s.size, directory: true };
		}
	} catch {
		return null;
	}
	return null;
}

/**
 * `headers` are sent with every response, e.g. the security headers of docs/deployment.md, so
 * tests can serve the site as a configured host would.
 * @param {{ root: string, port?: number, host?: string, headers?: Record<string, string> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startStaticServer({ root, port = 0, host = '127.0.0.1', headers: extra = {} }) {
	const base = resolve(root);
	const server = createServer((req, res) => {
		for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const found = resolveFile(base, req.url ?? '/');
		if (!found) {
			const notFound = resolveFile(base, '/404.html');
			res.writeHead(404, { 'Content-Type': TYPES['.html'] });
			if (notFound && req.method === 'GET') createReadStream(notFound.path).pipe(res);
			else res.end('Not found');
			return;
		}
		// Like nginx and most static hosts: a folder asked for without its slash is redirected, so
		// the page's relative asset links resolve from the right place.
		const [pathname, query] = (req.url ?? '/').split('?');
		if (found.directory && !pathname?.endsWith('/')) {
			res.writeHead(301, { Location: `${pathname}/${query ? `?${query}` : ''}` }).end();
			return;
		}
		const headers = {
			'Content-Type': contentTypeOf(found.path),
			'Accept-Ranges': 'bytes',
			// SvelteKit names everything under _app/immutable/ by its content hash, so a host may let
			// browsers keep it for good (SvelteKit's own advice); everything else is checked anew.
			'Cache-Control': pathname?.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
		if (range && (range[1] || range[2])) {
			let start = range[1] ? Number(range[1]) : found.size - Number(range[2]);
			let end = range[1] && range[2] ? Number(range[2]) : found.size - 1;
			start = Math.max(0, start);
			end = Math.min(end, found.size - 1);
			if (start > end || start >= found.size) {
				res.writeHead(416, { 'Content-Range': `bytes */${found.size}` }).end();
				return;
			}
			res.writeHead(206, {
				...headers,
				'Content-Range': `bytes ${start}-${end}/${found.size}`,
				'Content-Length': end - start + 1
			});
			if (req.method === 'HEAD') res.end();
			else createReadStream(found.path, { start, end }).pipe(res);
			return;
		}
		res.writeHead(200, { ...headers, 'Content-Length': found.size });
		if (req.method === 'HEAD') res.end();
		else createReadStream(found.path).pipe(res);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({
				url: `http://${host}:${actualPort}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}
