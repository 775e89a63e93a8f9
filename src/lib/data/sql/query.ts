/** A query with `?` placeholders and the values bound to them, in order. Never raw user text. */
export interface SqlQuery {
	sql: string;
	params: (string | number)[];
}

/** Identifiers come only from our own schemas; this guards against one ever carrying a quote. */
export function ident(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
	return name;
}

/** The view over one published extract, the same statement in node and in the browser. */
export function createViewSql(dataset: string, fileReference: string): string {
	return `CREATE OR REPLACE VIEW ${ident(dataset)} AS SELECT * FROM read_parquet('${fileReference.replace(/'/g, "''")}')`;
}

/**
 * An in-memory copy of one extract (the browser reads each file once, then queries memory).
 * Same name and columns as the view, so every SQL builder runs unchanged against either.
 */
export function createTableSql(dataset: string, fileReference: string): string {
	return `CREATE OR REPLACE TABLE ${ident(dataset)} AS SELECT * FROM read_parquet('${fileReference.replace(/'/g, "''")}')`;
}
