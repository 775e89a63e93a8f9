import { resolve } from '$app/paths';
import { seriesContext } from '$lib/data/kpi-runner';
import { loadPageData, specQueries, type PageData, type PageSpec } from '$lib/data/page-data';
import { DISTRICT_VALUES, narrowsSchools, type KpiFilter } from '$lib/kpi/filter';
import { EngineState } from './engine.svelte';

/** User Timing measure left after each recalculation: the time spent querying, not rendering. */
export const QUERY_MEASURE = 'filter:queries';

export type PageDataStatus = 'ready' | 'loading' | 'error';

/**
 * A theme page's data as the person sees it: the county figures prerendered at build time, or,
 * once a filter is chosen, the same spec recomputed by DuckDB in the browser. Answers to earlier
 * filters that arrive after a later one are dropped.
 */
export class PageDataState {
	current = $state.raw<PageData>() as PageData;
	status = $state<PageDataStatus>('ready');
	error = $state<string | null>(null);
	/**
	 * Counts the answers shown so far. It changes in the same update as the charts, so a page can
	 * expose it (`data-generation`) and a test or the benchmark knows when every chart has
	 * caught up with a filter change.
	 */
	generation = $state(0);
	/** Plain copy of `generation`: apply() runs inside effects, and must not read what it writes. */
	#shown = 0;
	readonly engine = new EngineState();
	readonly #initial: PageData;
	readonly #spec: PageSpec;
	readonly #asOf: string;
	#request = 0;

	constructor(initial: PageData, spec: PageSpec, asOf: string) {
		this.#initial = initial;
		this.#spec = spec;
		this.#asOf = asOf;
		this.current = initial;
	}

	get filter(): KpiFilter {
		return this.current.filter;
	}

	/**
	 * Starts DuckDB in the background and fetches (and checks) the extracts this page reads, so
	 * the first filter change is quick; other pages' extracts are never downloaded here.
	 */
	warmUp(): void {
		void this.engine.start(basePath()).then((database) => {
			if (!database) return;
			const context = seriesContext(database.manifest);
			database.prefetch(specQueries(this.#spec, WARM_UP_FILTER, context));
		});
	}

	async apply(filter: KpiFilter): Promise<void> {
		const request = ++this.#request;
		this.error = null;
		if (!narrowsSchools(filter) && !(filter.years?.length ?? 0)) {
			this.current = this.#initial;
			this.status = 'ready';
			this.generation = ++this.#shown;
			return;
		}
		this.status = 'loading';
		const database = await this.engine.start(basePath());
		if (request !== this.#request) return;
		if (!database) {
			this.status = 'error';
			this.error = `The interactive data could not start (${this.engine.error}). County figures are shown.`;
			this.generation = ++this.#shown;
			return;
		}
		const queried = performance.now();
		const data = await loadPageData(
			(q) => database.query(q),
			this.#spec,
			filter,
			seriesContext(database.manifest),
			this.#asOf,
			this.#initial
		);
		if (request !== this.#request) return;
		// How long the queries took, apart from rendering: in DevTools and in `npm run bench`.
		performance.measure(QUERY_MEASURE, { start: queried });
		this.current = data;
		this.status = 'ready';
		this.generation = ++this.#shown;
	}
}

// Any filter reads the school list, so warming up for one district fetches what a first change
// needs (and the same extracts as the county view).
const WARM_UP_FILTER: KpiFilter = { districts: [DISTRICT_VALUES[0]] };

const basePath = () => resolve('/').replace(/\/$/, '');
