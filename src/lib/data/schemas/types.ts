/**
 * Extract schemas: the contract between the pipeline (scripts/extracts) and everything that reads
 * the Parquet files (the browser, build-time prerendering and tests). Pure data, no I/O.
 */

/** The DuckDB types the extracts use. Kept small so both DuckDB 0.9 (wasm) and 1.5 (node) agree. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnSchema {
	name: string;
	type: ColumnType;
	/** Whether the column may hold NULL. Non-nullable columns are checked before publishing. */
	nullable: boolean;
	description: string;
}

export interface DatasetSchema {
	/** File stem and SQL view name: `${name}.parquet`, `SELECT … FROM ${name}`. */
	name: string;
	title: string;
	description: string;
	columns: ColumnSchema[];
	/** Columns that identify a row; checked unique before publishing. */
	key: string[];
	/** Sort order of the Parquet file (also makes output byte-identical run to run). */
	orderBy: string[];
	/** True when the data is generated for the demo rather than read from a real source. */
	illustrative: boolean;
	/**
	 * Columns that must name a row of another extract published with this one (e.g. every `urn`
	 * is a school in `schools`). Checked by the pipeline before publishing.
	 */
	references?: { column: string; dataset: string; datasetColumn: string }[];
	/**
	 * The extract holds school-level figures for pupil groups: the pipeline refuses to publish a
	 * figure for a group of SMALL_COHORT_MAX pupils or fewer unless it is suppressed (no value,
	 * `symbol` c). Rows with a value in `schoolColumn` are the school-level ones.
	 */
	disclosure?: {
		schoolColumn: string;
		cohortColumn: string;
		valueColumn: string;
		symbolColumn: string;
	};
}

/** `urn` names a school in the schools extract. */
export const URN_IN_SCHOOLS = { column: 'urn', dataset: 'schools', datasetColumn: 'urn' } as const;

/** Shorthand used by the schema tables: [name, type, nullable, description]. */
export type ColumnSpec = [string, ColumnType, boolean, string];

export function columns(specs: ColumnSpec[]): ColumnSchema[] {
	return specs.map(([name, type, nullable, description]) => ({ name, type, nullable, description }));
}

/** DfE symbols carried as data beside a NULL value (see data/raw/reference/dfe_file_conventions.md). */
export type DfeSymbol = 'c' | 'x' | 'z' | 'low' | 'u';
export const DFE_SYMBOLS: readonly DfeSymbol[] = ['c', 'x', 'z', 'low', 'u'];
