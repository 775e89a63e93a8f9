import type { DatasetSchema } from '../../../src/lib/data/schemas/types';

/** A row on its way into an extract. Dates are ISO strings (YYYY-MM-DD). */
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

/** One dataset ready to publish: rows shaped by its schema plus what the manifest says about it. */
export interface BuiltDataset {
	schema: DatasetSchema;
	rows: Row[];
	/** The date the data describes (latest period or snapshot date), ISO YYYY-MM-DD. */
	asAt: string;
	/** Human-readable origin, including licence for public data. */
	source: string;
	/**
	 * Overrides the schema's flag and title when a dataset that is usually generated comes from
	 * the council's own file instead (the manifest must then say it is not illustrative).
	 */
	illustrative?: boolean;
	title?: string;
}
