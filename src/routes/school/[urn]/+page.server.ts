import { error } from '@sveltejs/kit';
import { profileUrnsQuery } from '$lib/data/sql/school-profile';
import type { DatasetInfo } from '$lib/format/sources';
import type { EntryGenerator, PageServerLoad } from './$types';
import { profileExtracts } from './extracts.server';
import { loadSchoolProfile } from './profile';

/**
 * A profile for every school the extracts know: each row of schools (open, closed and
 * independent alike, so a predecessor link always lands on a page) and each school with results
 * but no schools row (opened after the school information file). Links alone would miss
 * schools nothing links to, so the list is given to the prerenderer here.
 */
export const entries: EntryGenerator = async () => {
	// The benchmark's national build (22,000 synthetic schools) leaves profiles out; see svelte.config.js.
	if (process.env.KPI_SKIP_PROFILES) return [];
	const extracts = await profileExtracts();
	const rows = await extracts.query<{ urn: number }>(profileUrnsQuery());
	return rows.map((r) => ({ urn: String(r.urn) }));
};

export const load: PageServerLoad = async ({ params }) => {
	if (!/^\d{1,9}$/.test(params.urn)) error(404, 'Not a school reference number');
	const extracts = await profileExtracts();
	const datasets: Record<string, DatasetInfo> = Object.fromEntries(
		extracts.manifest.datasets.map((d) => [
			d.dataset,
			{ asAt: d.as_at, illustrative: d.illustrative, source: d.source, title: d.title }
		])
	);
	const concernAsAt = datasets.schools_causing_concern?.asAt ?? '2026-08-31';
	const profile = await loadSchoolProfile(extracts.query, Number(params.urn), concernAsAt);
	if (!profile) error(404, `No school with URN ${params.urn}`);
	return { ...profile, datasets };
};
