/**
 * Pure statistics for the KPI engine (no I/O, no Svelte). One module per concept; see each
 * module's comment for the definition it implements and why.
 */
export * from './gap';
export * from './series-breaks';
export * from './pace';
export * from './wilson';
export * from './neighbours';
export * from './quartile';
export * from './good-outstanding';
export * from './report-cards';
export * from './suppression';
