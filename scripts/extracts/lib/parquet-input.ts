import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { CellValue, Grid } from './grid';
import type { ProblemLog } from './problems';

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1" at both ends of every Parquet file

/**
 * Checks the Parquet framing ourselves before DuckDB sees the file: a copy or export that was cut
 * short loses the footer, and saying so is clearer than DuckDB's internal error (which would also
 * name a temporary path).
 */
function framingProblem(bytes: Uint8Array): string | undefined {
	const at = (offset: number) => MAGIC.every((b, i) => bytes[offset + i] === b);
	if (bytes.length === 0) return 'an empty file (0 bytes)';
	if (!at(0)) return 'a file that does not start with the Parquet marker PAR1';
	if (bytes.length < 12 || !at(bytes.length - 4))
		return `${bytes.length} bytes with no Parquet footer (the file was cut short)`;
	return undefined;
}

function plain(value: unknown): CellValue | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (
		typeof value === 'string' ||
		typeof value === 'number' ||
		typeof value === 'boolean' ||
		value instanceof Date
	)
		return value;
	return String(value);
}

/**
 * A council input given as Parquet (an export from the council's warehouse, or a previously
 * published extract handed back). Columns come by name; rows are numbered from 1.
 */
export async function readParquetGrid(path: string, log: ProblemLog): Promise<Grid | undefined> {
	const file = basename(path);
	const framing = framingProblem(readFileSync(path));
	if (framing) {
		log.add({ file, value: framing, expected: 'a complete Parquet file' });
		return undefined;
	}
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const connection = await instance.connect();
	try {
		const result = await connection.runAndReadAll(
			`SELECT * FROM read_parquet('${path.replace(/'/g, "''")}')`
		);
		return {
			file,
			format: 'parquet',
			header: result.columnNames(),
			rows: result.getRowsJS().map((values, i) => ({
				line: i + 1,
				cells: values.map((v) => ({ value: plain(v) }))
			}))
		};
	} catch (error) {
		const reason = String(error instanceof Error ? error.message : error)
			.split('\n')[0]
			?.replaceAll(path, file);
		log.add({ file, value: reason, expected: 'a Parquet file DuckDB can read' });
		return undefined;
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
