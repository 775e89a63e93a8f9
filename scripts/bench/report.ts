import type { TransferTotal } from './compression';
import type { BenchResults, ScaleResults } from './results';
import { ratio, type Summary } from './stats';

const ms = (s: Summary) => `${Math.round(s.median)} ms`;
const spread = (s: Summary) => `${Math.round(s.p25)}–${Math.round(s.p75)}`;
const kb = (bytes: number) =>
	`${(bytes / 1000).toLocaleString('en-GB', { maximumFractionDigits: 0 })} kB`;
const times = (r: number | null) => (r === null ? '–' : `× ${r.toFixed(1)}`);

interface Line {
	label: string;
	value(s: ScaleResults): string;
	number(s: ScaleResults): number;
	note?(s: ScaleResults): string;
}

const summaryLine = (label: string, pick: (s: ScaleResults) => Summary): Line => ({
	label,
	value: (s) => `${ms(pick(s))} (${spread(pick(s))})`,
	number: (s) => pick(s).median
});
const bytesLine = (label: string, pick: (s: ScaleResults) => TransferTotal): Line => ({
	label,
	value: (s) =>
		`${kb(pick(s).gzip)} gzip · ${kb(pick(s).brotli)} br · ${kb(pick(s).raw)} raw (${pick(s).requests} requests)`,
	number: (s) => pick(s).gzip
});

const LINES: Line[] = [
	summaryLine('Headline KPI values visible, cold', (s) => s.headlineColdMs),
	summaryLine('Headline KPI values visible, warm', (s) => s.headlineWarmMs),
	summaryLine('Floor: plain HTML page with the three numbers, cold', (s) => s.floorColdMs),
	summaryLine('DuckDB ready, cold', (s) => s.duckdbReadyColdMs),
	summaryLine('DuckDB ready, warm', (s) => s.duckdbReadyWarmMs),
	{
		label: 'Filter change → all charts updated, p50 / p95',
		value: (s) => `${Math.round(s.filterChangeMs.median)} / ${Math.round(s.filterChangeMs.p95)} ms`,
		number: (s) => s.filterChangeMs.p95
	},
	bytesLine('Overview first load, before DuckDB is requested', (s) => s.overviewBeforeDuckdb),
	bytesLine('Overview total, until DuckDB is ready', (s) => s.overviewTotal),
	{
		label: 'JS heap after load (main thread, after GC)',
		value: (s) =>
			`${s.heapUsedMB.median.toFixed(1)} MB (${s.heapUsedMB.p25.toFixed(1)}–${s.heapUsedMB.p75.toFixed(1)})`,
		number: (s) => s.heapUsedMB.median
	}
];

/** The figures table: one row per figure, county and national side by side, and their ratio. */
export function figuresTable(results: BenchResults): string {
	const { county, national } = results.scales;
	const cell = (s: ScaleResults | undefined, line: Line) => (s ? line.value(s) : 'not run');
	const rows = LINES.map((line) => {
		const r = county && national ? ratio(line.number(county), line.number(national)) : null;
		return `| ${line.label} | ${cell(county, line)} | ${cell(national, line)} | ${times(r)} |`;
	});
	const data = (s: ScaleResults | undefined) =>
		s
			? `${s.data.schools.toLocaleString('en-GB')} schools, ${s.data.rows.toLocaleString('en-GB')} rows, ${kb(s.data.extractBytes)} of Parquet`
			: 'not run';
	const load = (s: ScaleResults | undefined) =>
		s ? `${s.loadAverage.start.toFixed(1)} → ${s.loadAverage.end.toFixed(1)}` : 'not run';
	return [
		'| figure (median, p25–p75 over runs) | county | national (synthetic) | national ÷ county |',
		'| --- | --- | --- | --- |',
		`| Data | ${data(county)} | ${data(national)} | |`,
		`| Machine load average (1 min) at start → end | ${load(county)} | ${load(national)} | |`,
		...rows
	].join('\n');
}

/** Filter-change latency per page: p50 and p95 over the changes made on it. */
export function filterPagesTable(results: BenchResults): string {
	const { county, national } = results.scales;
	const paths = Object.keys(county?.filterChangeByPage ?? national?.filterChangeByPage ?? {});
	const cell = (s: ScaleResults | undefined, path: string) => {
		const f = s?.filterChangeByPage[path];
		if (!f) return 'not run';
		const lost =
			(f.timedOut ? `, ${f.timedOut} timed out` : '') +
			(f.errors ? `, **${f.errors} answered with an error**` : '');
		return `${Math.round(f.median)} / ${Math.round(f.p95)} ms (queries p50 ${Math.round(f.queriesMedian)} ms; max ${Math.round(f.max)}, n ${f.n}${lost})`;
	};
	return [
		'| page | county p50 / p95 | national p50 / p95 |',
		'| --- | --- | --- |',
		...paths.map((p) => `| \`${p}\` | ${cell(county, p)} | ${cell(national, p)} |`)
	].join('\n');
}

export function goalsTable(results: BenchResults): string {
	return [
		'| goal | scale | target | measured | met? |',
		'| --- | --- | --- | --- | --- |',
		...results.goals.map(
			(g) =>
				`| ${g.goal} | ${g.scale} | ${g.target} | ${g.measured} | ${g.met ? 'yes' : '**no**'} |`
		)
	].join('\n');
}

export function machineLine(results: BenchResults): string {
	const m = results.machine;
	return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; ${m.chromium} (headless). Measured ${results.date}; ${results.settings.runs} cold + warm runs per scale, ${results.settings.changesPerPage} filter changes per page per scale (seed ${results.settings.seed}).`;
}
