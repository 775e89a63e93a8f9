import type { SeedReference } from '../definition';

/** The council strategy documents KPIs and their targets are drawn from. */
export const STRATEGY = 'Hertfordshire School Improvement Strategy 2021–26';
export const SEND_PLAN = 'Hertfordshire SEND Strategy improvement plan';
export const A4E = 'Aiming for Excellence (Hertfordshire learning offer)';

export const seed = (document: string, where: string): SeedReference => ({ document, where });

/** End of the 2021–26 strategy: the due date where the seeds name an outcome but no date. */
export const STRATEGY_END = '2026-08-31';
