import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetUnavailableError } from '../../../src/lib/data/dataset-error';
import { NAMED_DATASETS } from '../../../src/lib/data/dataset-names';
import { createExtractLoader, type ExtractLoader } from '../../../src/lib/data/extract-loader';
import type { Manifest } from '../../../src/lib/data/manifest';
import { MANIFEST } from '../../helpers/browser-queries';
import { openBlankWasmEngine } from '../../helpers/wasm-extract-engine';

/**
 * The browser's extract loader against the real extracts and the browser's own DuckDB (0.9.1),
 * with a fetch that serves the published files or whatever a test breaks them into. Every broken
 * file must fail on its own, with a sentence naming the dataset and the reason, and leave nothing
 * registered in DuckDB; every other dataset must keep working.
 */

const DIR = 'static/data/extracts';
const BASE = new URL('https://dashboard.example/data/extracts/');

type Served = Uint8Array | number | Error;

let engine: Awaited<ReturnType<typeof openBlankWasmEngine>>;
let served: Map<string, Served>;
let fetched: string[];

beforeEach(async () => {
	engine = await openBlankWasmEngine();
	served = new Map(
		MANIFEST.datasets.map((d) => [d.file, new Uint8Array(readFileSync(join(DIR, d.file)))])
	);
	fetched = [];
});
afterEach(() => engine.close());

const fakeFetch = (async (input: URL | RequestInfo) => {
	const url = new URL(String(input));
	fetched.push(url.pathname);
	const body = served.get(url.pathname.split('/').pop() ?? '');
	if (body instanceof Error) throw body;
	if (body === undefined) return new Response('Not found', { status: 404 });
	if (typeof body === 'number') return new Response('', { status: body });
	return new Response(body.slice(), { status: 200 });
}) as typeof fetch;

function loader(manifest: Manifest = MANIFEST): ExtractLoader {
	return createExtractLoader({ manifest, baseUrl: BASE, engine, fetch: fakeFetch });
}

/** A copy of the manifest with one dataset's entry changed. */
function manifestWith(dataset: string, change: (entry: Manifest['datasets'][number]) => void) {
	const copy = structuredClone(MANIFEST);
	const entry = copy.datasets.find((d) => d.dataset === dataset);
	if (!entry) throw new Error(dataset);
	change(entry);
	return copy;
}

async function failureOf(work: Promise<unknown>): Promise<DatasetUnavailableError> {
	const error = await work.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(DatasetUnavailableError);
	return error as DatasetUnavailableError;
}

const RAYG_SQL = 'SELECT count(*)::INTEGER AS n FROM rayg_ratings';
const SCHOOLS_SQL = 'SELECT count(*)::INTEGER AS n FROM schools';

describe('extract loader', () => {
	it('loads only what a query reads, once, and the view then answers', async () => {
		const extracts = loader();
		await Promise.all([extracts.requireFor(RAYG_SQL), extracts.requireFor(RAYG_SQL)]);
		expect(fetched).toEqual(['/data/extracts/rayg_ratings.parquet']);
		expect(engine.query(RAYG_SQL)).toEqual([{ n: 2545 }]);
		await extracts.requireFor(`${RAYG_SQL} r JOIN schools s USING (urn)`);
		expect(fetched).toHaveLength(2);
	});

	it('a missing file fails its dataset with the reason, and other datasets still load', async () => {
		served.delete('rayg_ratings.parquet');
		const extracts = loader();
		const error = await failureOf(extracts.requireFor(RAYG_SQL));
		expect(error.message).toBe(
			'The RAYG ratings data could not be loaded: the file is missing (HTTP 404).'
		);
		expect(error.dataset).toBe('rayg_ratings');
		await extracts.requireFor(SCHOOLS_SQL);
		expect(engine.query(SCHOOLS_SQL)).toEqual([{ n: 591 }]);
		// Any query that reads it fails, naming it, and the file is not fetched again.
		const joined = await failureOf(extracts.requireFor(`${SCHOOLS_SQL} WHERE urn IN (SELECT urn FROM rayg_ratings)`));
		expect(joined.dataset).toBe('rayg_ratings');
		expect(fetched.filter((p) => p.endsWith('rayg_ratings.parquet'))).toHaveLength(1);
	});

	it('a truncated file fails on its length before DuckDB sees it', async () => {
		const bytes = served.get('rayg_ratings.parquet') as Uint8Array;
		served.set('rayg_ratings.parquet', bytes.slice(0, 3000));
		const error = await failureOf(loader().requireFor(RAYG_SQL));
		expect(error.message).toBe(
			'The RAYG ratings data could not be loaded: the file is incomplete or damaged (3,000 bytes; the manifest says 6,345).'
		);
		expect(engine.files()).toEqual([]);
	});

	it('a file with one byte changed fails its checksum', async () => {
		const bytes = (served.get('rayg_ratings.parquet') as Uint8Array).slice();
		bytes[1000] = bytes[1000]! ^ 0xff;
		served.set('rayg_ratings.parquet', bytes);
		const error = await failureOf(loader().requireFor(RAYG_SQL));
		expect(error.reason).toMatch(/checksum does not match the manifest/);
		expect(engine.files()).toEqual([]);
		expect(() => engine.query(RAYG_SQL)).toThrow(/rayg_ratings does not exist/);
	});

	it('a file whose columns differ from the manifest is refused, and nothing of it is left', async () => {
		const manifest = manifestWith('rayg_ratings', (e) => {
			e.columns = e.columns.map((c) => (c.name === 'rating' ? { ...c, type: 'INTEGER' } : c));
		});
		const error = await failureOf(loader(manifest).requireFor(RAYG_SQL));
		expect(error.message).toBe(
			'The RAYG ratings data could not be loaded: its columns do not match the manifest (rating is VARCHAR, not INTEGER).'
		);
		expect(engine.files()).toEqual([]);
		expect(() => engine.query(RAYG_SQL)).toThrow(/rayg_ratings does not exist/);
	});

	it('a file with other rows than the manifest says is refused', async () => {
		const manifest = manifestWith('rayg_ratings', (e) => (e.rows = 2544));
		const error = await failureOf(loader(manifest).requireFor(RAYG_SQL));
		expect(error.reason).toBe('it has 2,545 rows; the manifest says 2,544');
	});

	it('bytes that match the manifest but are not Parquet are refused', async () => {
		const junk = new TextEncoder().encode('not a parquet file at all');
		served.set('rayg_ratings.parquet', junk);
		const manifest = manifestWith('rayg_ratings', (e) => {
			e.bytes = junk.length;
			e.sha256 = createHash('sha256').update(junk).digest('hex');
		});
		const error = await failureOf(loader(manifest).requireFor(RAYG_SQL));
		expect(error.reason).toBe('the file is not a Parquet file DuckDB can read');
		expect(engine.files()).toEqual([]);
	});

	it('a manifest entry pointing anywhere but a Parquet file beside it is refused unfetched', async () => {
		const manifest = manifestWith('rayg_ratings', (e) => (e.file = 'https://elsewhere.example/x.parquet'));
		const error = await failureOf(loader(manifest).requireFor(RAYG_SQL));
		expect(error.reason).toBe('its entry in the manifest is not valid');
		expect(fetched).toEqual([]);
	});

	it('a network error or server error is retried on the next query; a 404 is not', async () => {
		served.set('rayg_ratings.parquet', new TypeError('Failed to fetch'));
		served.set('schools.parquet', 503);
		served.delete('attainment.parquet');
		const extracts = loader();
		expect((await failureOf(extracts.requireFor(RAYG_SQL))).reason).toBe(
			'the file could not be downloaded (network error)'
		);
		expect((await failureOf(extracts.requireFor(SCHOOLS_SQL))).reason).toBe(
			'the server did not send it (HTTP 503)'
		);
		await failureOf(extracts.requireFor('SELECT * FROM attainment'));
		served.set('rayg_ratings.parquet', readFileSync(join(DIR, 'rayg_ratings.parquet')));
		served.set('schools.parquet', readFileSync(join(DIR, 'schools.parquet')));
		await extracts.requireFor(RAYG_SQL);
		await extracts.requireFor(SCHOOLS_SQL);
		await failureOf(extracts.requireFor('SELECT * FROM attainment'));
		expect(fetched.filter((p) => p.endsWith('attainment.parquet'))).toHaveLength(1);
	});

	it('a query reading two broken datasets always names the first in manifest order', async () => {
		served.delete('rayg_ratings.parquet');
		served.delete('schools.parquet');
		const error = await failureOf(
			loader().requireFor('SELECT * FROM rayg_ratings JOIN schools USING (urn)')
		);
		expect(error.dataset).toBe('schools');
	});

	it('a prefetch that fails reports nothing until a query needs the dataset', async () => {
		served.delete('rayg_ratings.parquet');
		const extracts = loader();
		extracts.prefetchFor([RAYG_SQL, SCHOOLS_SQL]);
		await extracts.requireFor(SCHOOLS_SQL);
		await failureOf(extracts.requireFor(RAYG_SQL));
		expect(fetched).toHaveLength(2);
	});

	it('every published extract loads into a table of its own, and its bytes are released', async () => {
		const extracts = loader();
		for (const d of MANIFEST.datasets) {
			const count = `SELECT count(*)::INTEGER AS n FROM ${d.dataset}`;
			await extracts.requireFor(count);
			expect(engine.query(count)).toEqual([{ n: d.rows }]);
		}
		expect(engine.files()).toEqual([]);
	});

	it('every published dataset has a name in words for messages', () => {
		expect(MANIFEST.datasets.map((d) => d.dataset).filter((d) => !NAMED_DATASETS.includes(d))).toEqual(
			[]
		);
	});
});
