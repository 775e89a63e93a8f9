/**
 * `npm run bench`: builds the site at county scale (the published extracts) and at national
 * scale (a synthetic England-sized set), serves each on 127.0.0.1, and measures it in headless
 * Chromium. Writes bench/results.json and the tables in bench/README.md. Options:
 *   --scale county|national|both   (default both)
 *   --runs N                       cold + warm overview visits per scale (default 15)
 *   --changes N                    filter changes per page per scale (default 200)
 *   --no-build                     reuse the builds already in .bench/ (for iterating)
 *   --out DIR                      where to write results.json and README.md (default bench)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { buildSite, prepareNationalStatic, readManifest } from './build-site';
import { chromiumPath, serveAndLaunch } from './browser';
import { checkGoals, type GoalCheck } from './goals';
import { describeMachine } from './machine';
import { measureFilterChanges, FILTER_PAGES } from './measure-filters';
import { measureFloor } from './measure-floor';
import { measureOverview, measureOverviewBytes, type OverviewRun } from './measure-load';
import { renderReadme } from './readme';
import type { BenchResults, ScaleResults } from './results';
import { SCALES, type Scale, type ScaleName } from './scales';
import { summarize } from './stats';

const SEED = 20261123;
const started = performance.now();
const log = (message: string) =>
	console.log(
		`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`
	);

const present = (values: (number | null)[], what: string): number[] => {
	const kept = values.filter((v): v is number => v !== null);
	if (kept.length < values.length)
		log(`  warning: ${values.length - kept.length} runs gave no ${what}`);
	return kept;
};

async function measureScale(scale: Scale, runs: number, changes: number): Promise<ScaleResults> {
	const manifest = readManifest(scale);
	const loadAtStart = loadavg()[0] ?? 0;
	const site = await serveAndLaunch(scale.buildDir);
	try {
		const visits: OverviewRun[] = [];
		for (let i = 0; i < runs; i++) {
			visits.push(await measureOverview(site));
			const v = visits.at(-1)!;
			log(
				`  ${scale.name} overview ${i + 1}/${runs}: headline ${v.cold.headlineMs?.toFixed(0)} ms cold, ${v.warm.headlineMs?.toFixed(0)} ms warm; DuckDB requested ${v.cold.duckdbRequestedMs?.toFixed(0)}, ready ${v.cold.duckdbReadyMs?.toFixed(0)} ms cold, ${v.warm.duckdbReadyMs?.toFixed(0)} ms warm`
			);
		}
		const byPage: ScaleResults['filterChangeByPage'] = {};
		const all: number[] = [];
		for (const path of FILTER_PAGES) {
			const t0 = performance.now();
			const result = await measureFilterChanges(site, path, changes, SEED, (done) =>
				log(`  ${scale.name} ${path}: ${done}/${changes} filter changes`)
			);
			byPage[path] = {
				...summarize(result.times),
				timedOut: result.timedOut,
				errors: result.errors,
				queriesMedian: summarize(result.queryTimes).median
			};
			all.push(...result.times);
			log(
				`  ${scale.name} ${path}: p50 ${byPage[path].median.toFixed(0)} ms, p95 ${byPage[path].p95.toFixed(0)} ms (${((performance.now() - t0) / 1000).toFixed(0)} s)`
			);
		}
		const floor = await measureFloor(site.browser, runs);
		log(
			`  ${scale.name} floor (plain HTML, three numbers): ${floor.map((t) => t?.toFixed(0)).join(', ')} ms cold`
		);
		log(`  ${scale.name} overview: bytes transferred…`);
		const bytes = await measureOverviewBytes(site);
		return {
			data: {
				schools: manifest.datasets.find((d) => d.dataset === 'schools')?.rows ?? 0,
				rows: manifest.datasets.reduce((n, d) => n + d.rows, 0),
				extractBytes: manifest.datasets.reduce((n, d) => n + d.bytes, 0)
			},
			runs,
			loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
			floorColdMs: summarize(present(floor, 'floor time')),
			headlineColdMs: summarize(
				present(
					visits.map((v) => v.cold.headlineMs),
					'cold headline time'
				)
			),
			headlineWarmMs: summarize(
				present(
					visits.map((v) => v.warm.headlineMs),
					'warm headline time'
				)
			),
			duckdbReadyColdMs: summarize(
				present(
					visits.map((v) => v.cold.duckdbReadyMs),
					'cold DuckDB time'
				)
			),
			duckdbReadyWarmMs: summarize(
				present(
					visits.map((v) => v.warm.duckdbReadyMs),
					'warm DuckDB time'
				)
			),
			overviewBeforeDuckdb: bytes.beforeDuckdb,
			overviewTotal: bytes.total,
			heapUsedMB: summarize(visits.map((v) => v.heapUsedBytes / 2 ** 20)),
			filterChangeMs: summarize(all),
			filterChangeByPage: byPage
		};
	} finally {
		await site.close();
	}
}

/** Writes a file as `npm run check` expects it: formatted by the project's Prettier settings. */
async function writeFormatted(path: string, text: string): Promise<void> {
	const options = (await prettier.resolveConfig(path)) ?? {};
	writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			scale: { type: 'string', default: 'both' },
			runs: { type: 'string', default: '15' },
			changes: { type: 'string', default: '200' },
			build: { type: 'boolean', default: true },
			out: { type: 'string', default: 'bench' }
		},
		allowNegative: true
	});
	const names: ScaleName[] =
		values.scale === 'both' ? ['county', 'national'] : [values.scale as ScaleName];
	if (!names.every((n) => n in SCALES)) throw new Error(`--scale must be county, national or both`);
	const runs = Number(values.runs);
	const changes = Number(values.changes);

	const results: BenchResults = {
		date: new Date().toISOString().slice(0, 10),
		machine: describeMachine(chromiumPath()),
		settings: { runs, changesPerPage: changes, seed: SEED },
		scales: {},
		goals: []
	};
	for (const name of names) {
		const scale = SCALES[name];
		if (values.build) {
			if (name === 'national') {
				log('Generating the national extract set…');
				prepareNationalStatic(scale, SEED);
			}
			log(`Building the ${name} site into ${scale.buildDir}…`);
			buildSite(scale);
		}
		log(`Measuring at ${name} scale…`);
		results.scales[name] = await measureScale(scale, runs, changes);
	}
	results.goals = names.flatMap((name): GoalCheck[] => {
		const s = results.scales[name]!;
		return checkGoals(name, {
			headlineColdMs: s.headlineColdMs,
			duckdbReadyColdMs: s.duckdbReadyColdMs,
			filterChangeMs: s.filterChangeMs,
			overviewBeforeDuckdbGzipBytes: s.overviewBeforeDuckdb.gzip
		});
	});
	mkdirSync(values.out, { recursive: true });
	await writeFormatted(join(values.out, 'results.json'), JSON.stringify(results, null, '\t'));
	await writeFormatted(
		join(values.out, 'README.md'),
		renderReadme(results, join(values.out, 'README.md'))
	);
	log(`Wrote ${values.out}/results.json and ${values.out}/README.md`);
	for (const g of results.goals)
		log(
			`  ${g.met ? 'met   ' : 'MISSED'} ${g.scale.padEnd(8)} ${g.goal}: ${g.measured} (target ${g.target})`
		);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
