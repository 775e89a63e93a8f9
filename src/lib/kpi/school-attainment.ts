import type { SchoolAttainmentRow } from '../data/sql/school-attainment';
import type { DfeSymbol } from '../data/schemas/types';
import { DFE_SYMBOLS } from '../data/schemas/types';
import {
	suppressSmallNumbers,
	type DisclosureGroup,
	type SuppressionCell
} from './stats/suppression';

export interface SafeSchoolAttainmentCell extends SuppressionCell {
	urn: number;
	name: string;
	district: string | null;
	phase: string | null;
	pupil_group: SchoolAttainmentRow['pupil_group'];
}

const asSymbol = (s: string | null): DfeSymbol | null =>
	s !== null && (DFE_SYMBOLS as readonly string[]).includes(s)
		? (s as DfeSymbol)
		: s === null
			? null
			: 'x';

/**
 * School-level pupil-group results made safe to show or export: the shared suppression rule
 * with, in each school, all pupils = disadvantaged + other as the disclosure group, so a hidden
 * group cannot be recovered from the school's total and the other group.
 */
export function suppressSchoolAttainment(rows: SchoolAttainmentRow[]): SafeSchoolAttainmentCell[] {
	const cells: SafeSchoolAttainmentCell[] = rows.map((r) => ({
		key: `${r.urn}:${r.pupil_group}`,
		urn: r.urn,
		name: r.name,
		district: r.district,
		phase: r.phase,
		pupil_group: r.pupil_group,
		count: r.cohort,
		value: r.value,
		symbol: asSymbol(r.symbol)
	}));
	const keys = new Set(cells.map((c) => c.key));
	const groups: DisclosureGroup[] = [...new Set(rows.map((r) => r.urn))]
		.map((urn) => ({ total: `${urn}:all`, parts: [`${urn}:disadvantaged`, `${urn}:other`] }))
		.filter((g) => [g.total, ...g.parts].every((k) => keys.has(k)));
	return suppressSmallNumbers(cells, groups).cells;
}
