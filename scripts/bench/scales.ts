/**
 * The two data scales the benchmark runs at. County is the published site exactly as `npm run
 * build` makes it; national is the synthetic England-sized set, built into its own folder so the
 * normal build/ and the published extracts are never touched.
 */
export type ScaleName = 'county' | 'national';

export interface Scale {
	name: ScaleName;
	/** The static folder the build serves (its data/extracts are the extracts read). */
	staticDir: string;
	/** Where the site is built. */
	buildDir: string;
	/** Extra environment for `vite build` (see svelte.config.js). */
	buildEnv: Record<string, string>;
}

export const SCALES: Record<ScaleName, Scale> = {
	county: {
		name: 'county',
		staticDir: 'static',
		// Its own folder too, so a bench run never leaves a half-built build/ behind.
		buildDir: '.bench/county/build',
		buildEnv: { KPI_BUILD_DIR: '.bench/county/build' }
	},
	national: {
		name: 'national',
		staticDir: '.bench/national/static',
		buildDir: '.bench/national/build',
		buildEnv: {
			KPI_STATIC_DIR: '.bench/national/static',
			KPI_BUILD_DIR: '.bench/national/build',
			// 22,000 school profiles would take most of an hour to prerender and are not measured.
			KPI_SKIP_PROFILES: '1'
		}
	}
};
