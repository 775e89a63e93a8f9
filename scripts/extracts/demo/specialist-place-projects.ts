import { specialistPlaceProjectsSchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { DemoGenerator } from './context';
import { illustrativeSource } from './sampling';

/** Progress is described as at this date; openings after it have not happened yet. */
export const SPECIALIST_PLACES_AS_AT = '2026-10-31';

export interface SpecialistProject {
	id: string;
	project: string;
	type: string;
	area: 'west' | 'east' | 'north' | 'countywide';
	phase: 'primary' | 'secondary' | 'all-through';
	/** From SEND improvement plan area 7. */
	target: number;
	planned: number;
	/** Places opening on each date; what has opened by the as-at date is "delivered". */
	openings: { on: string; places: number }[];
	dueBy: string;
	note: string;
}

function srp(
	id: string,
	phase: 'primary' | 'secondary',
	n: number,
	area: 'west' | 'east' | 'north',
	places: number,
	openings: { on: string; places: number }[],
	dueBy: string,
	note: string
): SpecialistProject {
	const type = phase === 'primary' ? 'primary_srp' : 'secondary_srp';
	const project = `${phase === 'primary' ? 'Primary' : 'Secondary'} specialist resource provision ${n} (${area})`;
	return { id, project, type, area, phase, target: places, planned: places, openings, dueBy, note };
}

const OPEN = 'Open; all places available.';

/**
 * The targets are the plan's; the names, areas, dates and progress are illustrative. Some projects
 * are complete, some open in phases, one is scaled back and a few have not opened yet, so the
 * dashboard has every state to show.
 */
export const SPECIALIST_PROJECTS: SpecialistProject[] = [
	{ id: 'SP-01', project: 'New severe learning difficulty places (west)', type: 'sld_special', area: 'west', phase: 'all-through', target: 100, planned: 100, openings: [{ on: '2024-09-01', places: 50 }, { on: '2025-09-01', places: 50 }], dueBy: '2025-09-01', note: 'All 100 places open; the second phase opened in September 2025.' },
	{ id: 'SP-02', project: 'New severe learning difficulty places (east)', type: 'sld_special', area: 'east', phase: 'all-through', target: 100, planned: 100, openings: [{ on: '2025-09-01', places: 60 }], dueBy: '2026-09-01', note: 'Phase 1 (60 places) open since September 2025; phase 2 building delayed, now expected January 2027.' },
	{ id: 'SP-03', project: 'New severe learning difficulty places (north)', type: 'sld_special', area: 'north', phase: 'all-through', target: 100, planned: 90, openings: [{ on: '2026-09-01', places: 40 }], dueBy: '2027-09-01', note: 'Site allows 90 places; the first 40 opened in September 2026 and options for the other 10 are being reviewed.' },
	{ id: 'SP-04', project: 'School rebuild on existing site: additional learning disability places', type: 'rebuild', area: 'countywide', phase: 'all-through', target: 25, planned: 25, openings: [{ on: '2025-04-22', places: 25 }], dueBy: '2025-04-30', note: 'Rebuild complete; the 25 additional places opened for the summer term 2025.' },
	{ id: 'SP-05', project: 'Enlargement: additional specialist class (primary, west)', type: 'enlargement_class', area: 'west', phase: 'primary', target: 10, planned: 10, openings: [{ on: '2024-09-01', places: 10 }], dueBy: '2024-09-01', note: 'Class of 10 open since September 2024.' },
	{ id: 'SP-06', project: 'Enlargement: additional specialist class (secondary, east)', type: 'enlargement_class', area: 'east', phase: 'secondary', target: 10, planned: 8, openings: [{ on: '2025-01-06', places: 8 }], dueBy: '2025-01-31', note: 'Class of 8 open since January 2025 (the room takes 8).' },
	{ id: 'SP-07', project: 'Enlargement: additional specialist class (primary, north)', type: 'enlargement_class', area: 'north', phase: 'primary', target: 10, planned: 10, openings: [], dueBy: '2027-01-04', note: 'Planning approved; class due to open in January 2027.' },
	{ id: 'SP-08', project: 'New secondary communication and autism special school', type: 'communication_autism_special', area: 'countywide', phase: 'secondary', target: 60, planned: 60, openings: [{ on: '2024-09-01', places: 20 }, { on: '2025-09-01', places: 20 }, { on: '2026-09-01', places: 20 }], dueBy: '2026-09-01', note: 'Opened in September 2024 and grew a year group at a time; all 60 places open.' },
	{ id: 'SP-09', project: 'New primary communication and autism special school', type: 'communication_autism_special', area: 'countywide', phase: 'primary', target: 60, planned: 60, openings: [{ on: '2025-09-01', places: 24 }, { on: '2026-09-01', places: 18 }], dueBy: '2027-09-01', note: '42 of 60 places open; the last classes open in September 2027.' },
	srp('SP-10', 'secondary', 1, 'west', 20, [{ on: '2024-09-01', places: 20 }], '2024-09-01', OPEN),
	srp('SP-11', 'secondary', 2, 'east', 20, [{ on: '2024-09-01', places: 10 }, { on: '2025-09-01', places: 10 }], '2025-09-01', OPEN),
	srp('SP-12', 'secondary', 3, 'north', 20, [{ on: '2025-09-01', places: 12 }], '2026-09-01', '12 places open; building works for the other 8 finish in spring 2027.'),
	srp('SP-13', 'secondary', 4, 'east', 20, [], '2027-09-01', 'Host school agreed; in design.'),
	srp('SP-14', 'primary', 1, 'west', 12, [{ on: '2024-09-01', places: 12 }], '2024-09-01', OPEN),
	srp('SP-15', 'primary', 2, 'east', 12, [{ on: '2024-09-01', places: 12 }], '2024-09-01', OPEN),
	srp('SP-16', 'primary', 3, 'north', 12, [{ on: '2024-09-01', places: 12 }], '2024-09-01', OPEN),
	srp('SP-17', 'primary', 4, 'west', 12, [{ on: '2025-01-06', places: 12 }], '2025-01-31', OPEN),
	srp('SP-18', 'primary', 5, 'east', 12, [{ on: '2025-09-01', places: 12 }], '2025-09-01', OPEN),
	srp('SP-19', 'primary', 6, 'north', 12, [{ on: '2025-09-01', places: 12 }], '2025-09-01', OPEN),
	srp('SP-20', 'primary', 7, 'west', 12, [{ on: '2026-09-01', places: 6 }], '2027-09-01', '6 places open; the second classroom opens in September 2027.'),
	srp('SP-21', 'primary', 8, 'east', 12, [], '2027-09-01', 'Consultation with the host school complete; in design.'),
	srp('SP-22', 'primary', 9, 'north', 12, [], '2027-09-01', 'Host school being identified.')
]; // prettier-ignore

export function placesOpenBy(project: SpecialistProject, date: string): number {
	return project.openings.filter((o) => o.on <= date).reduce((sum, o) => sum + o.places, 0);
}

export const generateSpecialistPlaceProjects: DemoGenerator = (ctx) => {
	const random = ctx.random(specialistPlaceProjectsSchema.name);
	const rows: Row[] = SPECIALIST_PROJECTS.map((p) => {
		const delivered = placesOpenBy(p, SPECIALIST_PLACES_AS_AT);
		// A few open places are between pupils at any time, more so in a newly opened phase.
		const vacancies = delivered === 0 ? 0 : random.int(0, Math.ceil(delivered * 0.06));
		return {
			project_id: p.id,
			project: p.project,
			provision_type: p.type,
			area: p.area,
			phase: p.phase,
			places_target: p.target,
			places_planned: p.planned,
			places_delivered: delivered,
			children_offered: delivered - vacancies,
			due_by: p.dueBy,
			status_note: p.note
		};
	});
	return {
		schema: specialistPlaceProjectsSchema,
		rows,
		asAt: SPECIALIST_PLACES_AS_AT,
		source: illustrativeSource(ctx.seed, 'Targets from the SEND Strategy improvement plan (area 7)')
	};
};
