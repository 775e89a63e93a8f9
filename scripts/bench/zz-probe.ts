import { serveAndLaunch } from './browser';
import { measureFilterChanges } from './measure-filters';
const site = await serveAndLaunch(process.argv[2] ?? '.bench/county/build');
try {
	for (const path of (process.argv[3] ?? '/good-schools/').split(',')) {
		const r = await measureFilterChanges(site, path, Number(process.argv[4] ?? 10), 1, () => {});
		const s = [...r.times].sort((a, b) => a - b);
		console.log(
			path,
			'n',
			s.length,
			'timedOut',
			r.timedOut,
			'p50',
			s[Math.floor(s.length / 2)]?.toFixed(0),
			'max',
			s.at(-1)?.toFixed(0),
			'queries p50',
			[...r.queryTimes].sort((a, b) => a - b)[Math.floor(r.queryTimes.length / 2)]?.toFixed(0),
			r.times.map((t, i) => t.toFixed(0) + '/' + r.queryTimes[i]!.toFixed(0)).join(' ')
		);
	}
} catch (e) {
	console.error('ERR', e);
}
await site.close();
