import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { ColumnSchema, DatasetSchema } from '../../../src/lib/data/schemas/types';
import type { Row } from './rows';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Staging column types: dates go in as ISO text and are cast on the way out. */
function stagingType(column: ColumnSchema): string {
	return column.type === 'DATE' ? 'VARCHAR' : column.type;
}

function appendCell(appender: DuckDBAppender, column: ColumnSchema, value: Row[string]): void {
	if (value === null || value === undefined) return appender.appendNull();
	switch (column.type) {
		case 'VARCHAR':
		case 'DATE':
			return appender.appendVarchar(String(value));
		case 'INTEGER':
			return appender.appendInteger(Number(value));
		case 'DOUBLE':
			return appender.appendDouble(Number(value));
		case 'BOOLEAN':
			return appender.appendBoolean(Boolean(value));
	}
}

/**
 * Writes rows to a Parquet file through DuckDB. One thread, a fixed sort order and ZSTD make the
 * file byte-identical run to run; ZSTD is also one of the codecs duckdb-wasm 1.28 can read.
 */
export async function writeParquet(
	connection: DuckDBConnection,
	schema: DatasetSchema,
	rows: Row[],
	path: string
): Promise<void> {
	const table = `staging_${schema.name}`;
	const columnsSql = schema.columns
		.map((c) => `${quoteIdent(c.name)} ${stagingType(c)}`)
		.join(', ');
	await connection.run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${columnsSql})`);
	const appender = await connection.createAppender(table);
	for (const row of rows) {
		for (const column of schema.columns) appendCell(appender, column, row[column.name] ?? null);
		appender.endRow();
	}
	appender.closeSync();
	const select = schema.columns
		.map((c) =>
			c.type === 'DATE'
				? `CAST(${quoteIdent(c.name)} AS DATE) AS ${quoteIdent(c.name)}`
				: quoteIdent(c.name)
		)
		.join(', ');
	const order = schema.orderBy.map(quoteIdent).join(', ');
	await connection.run(
		`COPY (SELECT ${select} FROM ${quoteIdent(table)} ORDER BY ${order}) ` +
			`TO ${quoteLiteral(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`
	);
	await connection.run(`DROP TABLE ${quoteIdent(table)}`);
}
