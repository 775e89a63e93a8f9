import type { Part } from '$lib/data/page-data';
import type { QueryRunner } from '$lib/data/overview-queries';
import type { DfeSymbol } from '$lib/data/schemas/types';
import {
	schoolAttainmentProfileQuery,
	schoolConcernSpellsQuery,
	schoolFactsQuery,
	schoolLicencesQuery,
	schoolProgrammesQuery,
	schoolRaygQuery,
	schoolReportCardsQuery,
	schoolSuccessorsQuery,
	schoolValuingSendQuery,
	type SchoolAttainmentProfileRow,
	type SchoolConcernSpellRow,
	type SchoolFactsRow,
	type SchoolLicencesRow,
	type SchoolProgrammeRow,
	type SchoolRaygRow,
	type SchoolReportCardRow,
	type SchoolSuccessorRow,
	type SchoolValuingSendRow
} from '$lib/data/sql/school-profile';
import { suppressSmallNumbers } from '$lib/kpi/stats/suppression';
import { safeSchoolAttainment, type KeyStageResults } from './attainment';

/** A figure about a group of the school's pupils, after the shared suppression. */
export interface SafeFigure {
	value: number | null;
	symbol: DfeSymbol | null;
}

/** The school's facts with its pupil-group figures replaced by their suppressed form. */
export type SchoolSummary = Omit<SchoolFactsRow, 'pct_fsm_6yrs' | 'pupils_ehcp'> & {
	fsm6: SafeFigure;
	ehcp: SafeFigure;
};

export interface SchoolProfile {
	school: SchoolSummary;
	successors: SchoolSuccessorRow[];
	reportCards: Part<SchoolReportCardRow[]>;
	rayg: Part<SchoolRaygRow[]>;
	attainment: Part<KeyStageResults[]>;
	licences: Part<SchoolLicencesRow[]>;
	programmes: Part<SchoolProgrammeRow[]>;
	valuingSend: Part<SchoolValuingSendRow[]>;
	concern: Part<SchoolConcernSpellRow[]>;
}

/** Facts columns that are figures about a group of pupils: shown only through suppression. */
const RAW_GROUP_FIGURES: ReadonlySet<string> = new Set(['pct_fsm_6yrs', 'pupils_ehcp']);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs one section's query; a failure is reported in that section while the rest still shows. */
async function part<T, U = T[]>(
	run: () => Promise<T[]>,
	transform: (rows: T[]) => U = (rows) => rows as U
): Promise<Part<U>> {
	try {
		return { ok: true, value: transform(await run()) };
	} catch (error) {
		return { ok: false, error: message(error) };
	}
}

/**
 * Pupils with an EHC plan and the % eligible for free school meals in the last 6 years are
 * figures about a group of the school's pupils, so they go through the same rule as results: 5
 * or fewer pupils is `c`. The FSM group's size is not published, only its %, so it is taken as
 * that % of pupils on roll. Neither is part of a published total, so there is nothing to recover
 * them from and no secondary suppression to do.
 */
export function safePupilFigures(
	facts: Pick<SchoolFactsRow, 'pupils' | 'pct_fsm_6yrs' | 'pupils_ehcp'>
): { fsm6: SafeFigure; ehcp: SafeFigure } {
	const fsmPupils =
		facts.pct_fsm_6yrs === null || facts.pupils === null
			? null
			: Math.round((facts.pct_fsm_6yrs * facts.pupils) / 100);
	const { cells } = suppressSmallNumbers([
		{ key: 'fsm6', count: fsmPupils, value: facts.pct_fsm_6yrs, symbol: null },
		{ key: 'ehcp', count: facts.pupils_ehcp, value: facts.pupils_ehcp, symbol: null }
	]);
	const [fsm6, ehcp] = cells.map((c): SafeFigure => ({
		value: c.value,
		symbol: c.symbol ?? (c.value === null ? 'x' : null)
	})) as [SafeFigure, SafeFigure];
	return { fsm6, ehcp };
}

/**
 * Everything a school's profile shows, from the extracts. Null when the URN is unknown. The raw
 * pupil-group figures are suppressed here, before the data is handed to the page, because page
 * data is serialised into the prerendered HTML.
 * `concernAsAt` is the date the concern register describes (open spells are measured to it).
 */
export async function loadSchoolProfile(
	run: QueryRunner,
	urn: number,
	concernAsAt: string
): Promise<SchoolProfile | null> {
	const [facts] = await run<SchoolFactsRow>(schoolFactsQuery(urn));
	if (!facts) return null;
	// The raw figures are dropped, not just overridden, so they cannot reach the page data.
	const rest = Object.fromEntries(
		Object.entries(facts).filter(([key]) => !RAW_GROUP_FIGURES.has(key))
	) as Omit<SchoolFactsRow, 'pct_fsm_6yrs' | 'pupils_ehcp'>;
	return {
		school: { ...rest, ...safePupilFigures(facts) },
		successors: await run<SchoolSuccessorRow>(schoolSuccessorsQuery(urn)),
		reportCards: await part(() => run<SchoolReportCardRow>(schoolReportCardsQuery(urn))),
		rayg: await part(() => run<SchoolRaygRow>(schoolRaygQuery(urn))),
		attainment: await part(
			() => run<SchoolAttainmentProfileRow>(schoolAttainmentProfileQuery(urn)),
			(rows) => safeSchoolAttainment(urn, rows)
		),
		licences: await part(() => run<SchoolLicencesRow>(schoolLicencesQuery(urn))),
		programmes: await part(() => run<SchoolProgrammeRow>(schoolProgrammesQuery(urn))),
		valuingSend: await part(() => run<SchoolValuingSendRow>(schoolValuingSendQuery(urn))),
		concern: await part(() =>
			run<SchoolConcernSpellRow>(schoolConcernSpellsQuery(urn, concernAsAt))
		)
	};
}
