/**
 * Each extract named as people say it, for messages such as "The RAYG ratings data could not be
 * loaded". Manifest titles are written for source lines ("Schools in Hertfordshire (LA 919)")
 * and read badly mid-sentence, hence this list; a test checks every published dataset is in it.
 */
const WORDS: Readonly<Record<string, string>> = {
	schools: 'school information data',
	attainment: 'KS2 and KS4 attainment data',
	ehcp_timeliness: 'EHC plan timeliness data (SEN2)',
	statistical_neighbours: 'statistical neighbours list',
	published_comparators: 'published comparator figures',
	rayg_ratings: 'RAYG ratings data',
	valuing_send_schools: 'Valuing SEND training data',
	ehc_needs_assessments: 'EHC needs assessments data',
	ehcp_monthly: 'monthly EHC plan tracking data',
	specialist_place_projects: 'specialist place projects data',
	sld_places_awaiting: 'data on pupils awaiting a severe learning difficulty place',
	a4e_licences: 'Aiming for Excellence licences data',
	a4e_programme_places: 'Aiming for Excellence programme places data',
	schools_causing_concern: 'schools causing concern register',
	ofsted_report_cards: 'Ofsted report cards data',
	kpi_commentary: 'KPI commentary'
};

/** "RAYG ratings data"; a dataset added later without words is still named, by its id. */
export function datasetWords(dataset: string): string {
	return WORDS[dataset] ?? `${dataset.replace(/_/g, ' ')} data`;
}

export const NAMED_DATASETS: readonly string[] = Object.keys(WORDS);
