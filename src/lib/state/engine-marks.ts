/**
 * Names of the User Timing marks the in-browser engine leaves (see engine.svelte.ts). Plain data
 * so that `npm run bench`, which reads them from the page, can import them in node.
 */
export const ENGINE_MARKS = { requested: 'duckdb:requested', ready: 'duckdb:ready' } as const;
