import type { DatasetSchema } from '../../../../src/lib/data/schemas/types';
import type { Row, Value } from '../../lib/rows';
import type { Field } from '../../validate/fields';

/** One row of a council file after its cells have been read: values keyed by column name. */
export interface CouncilRecord {
	line: number;
	values: Record<string, Value>;
}

export interface CouncilContext {
	/** The schools extract being published, by URN. */
	schools: Map<number, Row>;
	/** Reports a problem on a record (or the whole file), with the file and sheet filled in. */
	problem(
		record: CouncilRecord | undefined,
		column: string | undefined,
		value: Value | undefined,
		expected: string
	): void;
}

/**
 * A council input: the template's columns and the rules that turn its rows into one of the
 * illustrative datasets' schemas (src/lib/data/schemas/illustrative.ts), replacing the generated
 * data. One file per dataset under scripts/extracts/importers/council/.
 */
export interface CouncilInput {
	schema: DatasetSchema;
	/** Template columns, in template order. */
	fields: Field[];
	/** Columns accepted and ignored (school_name, or extract columns the pipeline works out). */
	ignored: string[];
	/** Columns that must be unique together. */
	key: string[];
	/** The urn column must name a school in the schools extract; 'open' also needs it open and state-funded. */
	urn?: 'exists' | 'open';
	/** How the as-at date in the manifest is worked out, for the docs. */
	asAtRule: string;
	/** Rules across the columns of one record (e.g. readiness on or after training). */
	check?(record: CouncilRecord, ctx: CouncilContext): void;
	/** The extract's rows and as-at date; only called when every record passed. */
	build(records: CouncilRecord[], ctx: CouncilContext): { rows: Row[]; asAt: string };
}

/** Columns every template keyed by URN may carry for people to read; the pipeline ignores them. */
export const SCHOOL_NAME = 'school_name';
