/** Codes the extracts use for the geographies DfE files describe. */
export const HERTFORDSHIRE = { code: 'E10000015', oldCode: '919', name: 'Hertfordshire' } as const;
export const ENGLAND = { code: 'E92000001', name: 'England' } as const;

/** The 10 districts of Hertfordshire (PRODUCT.md), defined once with the filters. */
export { DISTRICT_VALUES as DISTRICTS } from '../../../src/lib/kpi/filter';
