import type { KpiDefinition } from '../definition';
import { a4eKpis } from './a4e';
import { closingTheGapKpis } from './closing-the-gap';
import { goodSchoolsKpis } from './good-schools';
import { sendKpis } from './send';

/** Every KPI the tracker knows, in the order the strategy presents them. */
export const KPI_CATALOGUE: readonly KpiDefinition[] = [
	...goodSchoolsKpis,
	...closingTheGapKpis,
	...sendKpis,
	...a4eKpis
];

export function findKpi(id: string): KpiDefinition | undefined {
	return KPI_CATALOGUE.find((k) => k.id === id);
}
