import { extname } from 'node:path';
import { readCsvGrid } from '../../lib/csv';
import { readParquetGrid } from '../../lib/parquet-input';
import { ProblemLog } from '../../lib/problems';
import type { BuiltDataset, Row } from '../../lib/rows';
import { readXlsxGrid } from '../../lib/xlsx';
import { parseField } from '../../validate/fields';
import { readTable, type TableSpec } from '../../validate/table';
import { repeatedKeys } from '../../validate/unique-key';
import type { CouncilContext, CouncilInput, CouncilRecord } from './types';

/** "RAYG ratings of schools (illustrative)" → "RAYG ratings of schools" for real council data. */
export function councilTitle(title: string): string {
	return title.replace(/ \(illustrative\)$/, '').replace(/\(illustrative /, '(');
}

/** The columns a council input's file may have, from its field list. */
export function tableSpec(input: CouncilInput): TableSpec {
	return {
		template: input.schema.name,
		columns: input.fields.map((f) => f.name),
		required: input.fields.filter((f) => !f.optionalColumn).map((f) => f.name),
		ignored: input.ignored,
		key: input.key
	};
}

async function readGrid(input: CouncilInput, path: string, log: ProblemLog) {
	switch (extname(path)) {
		case '.xlsx':
			// The sheet is named after the dataset, as in the template, so a workbook can carry
			// notes or workings on other sheets without them being read as data.
			return readXlsxGrid(path, input.schema.name, log);
		case '.parquet':
			return readParquetGrid(path, log);
		default:
			// .csv: find-council-files.ts lets only the three formats through.
			return readCsvGrid(path, log);
	}
}

/**
 * Reads one council file into its dataset. Every problem in the file is logged (layout, then
 * every cell, then URNs, repeated keys and rules across columns); the dataset is returned only
 * when there were none.
 */
export async function importCouncilFile(
	input: CouncilInput,
	path: string,
	schools: Map<number, Row> | undefined,
	log: ProblemLog
): Promise<BuiltDataset | undefined> {
	const fileLog = new ProblemLog();
	const built = await importInto(input, path, schools, fileLog);
	// The checks run in passes (cells, then URNs, keys and rules across columns); the analyst
	// reads the file top to bottom, so its problems are listed in row order.
	const rowOf = (p: { row?: number }) => p.row ?? 0;
	for (const p of [...fileLog.problems].sort((a, b) => rowOf(a) - rowOf(b))) log.add(p);
	return built;
}

async function importInto(
	input: CouncilInput,
	path: string,
	schools: Map<number, Row> | undefined,
	log: ProblemLog
): Promise<BuiltDataset | undefined> {
	const before = log.problems.length;
	const grid = await readGrid(input, path, log);
	if (!grid) return undefined;
	const where = { file: grid.file, ...(grid.sheet !== undefined && { sheet: grid.sheet }) };
	const table = readTable(grid, tableSpec(input), log);
	if (!table) return undefined;

	const ctx: CouncilContext = {
		schools: schools ?? new Map(),
		problem(record, column, value, expected) {
			log.add({
				...where,
				...(record && { row: record.line }),
				...(column !== undefined && { column }),
				...(value !== undefined && { value: value === null ? '' : String(value) }),
				expected
			});
		}
	};

	const records: CouncilRecord[] = [];
	for (const { line, cells } of table.records) {
		const values: CouncilRecord['values'] = {};
		let ok = true;
		for (const field of input.fields) {
			const parsed = parseField(field, cells[field.name]);
			if (parsed.ok) values[field.name] = parsed.value;
			else {
				ok = false;
				log.add({
					...where,
					row: line,
					column: field.name,
					...(parsed.found !== undefined && { value: parsed.found }),
					expected: parsed.expected
				});
			}
		}
		if (ok) records.push({ line, values });
	}

	// URNs are checked only against a schools extract that imported cleanly; otherwise every URN
	// would look unknown and hide the real problem, which is already reported.
	if (input.urn && schools) {
		const schoolsFile = String(
			[...schools.values()][0]?.source_file ?? 'the school information file'
		);
		for (const record of records) {
			const urn = record.values.urn;
			const school = typeof urn === 'number' ? schools.get(urn) : undefined;
			if (!school) {
				ctx.problem(
					record,
					'urn',
					urn,
					`the URN of a school in the schools extract (from ${schoolsFile})`
				);
				continue;
			}
			const closed = school.is_open !== true;
			const independent = school.is_state_funded !== true;
			if (input.urn === 'open' && (closed || independent))
				ctx.problem(
					record,
					'urn',
					urn,
					`an open state-funded school (${String(school.name)} is ${[
						closed ? String(school.status).toLowerCase() : '',
						independent ? 'not state-funded' : ''
					]
						.filter(Boolean)
						.join(' and ')})`
				);
		}
	}
	for (const { record, firstLine, keyText } of repeatedKeys(records, input.key))
		ctx.problem(
			record,
			input.key.join(' + '),
			keyText,
			`a unique ${input.key.join(' + ')} (the same as row ${firstLine})`
		);
	for (const record of records) input.check?.(record, ctx);
	if (log.problems.length > before) return undefined;

	const { rows, asAt } = input.build(records, ctx);
	if (log.problems.length > before) return undefined;
	return {
		schema: input.schema,
		rows,
		asAt,
		source: `Hertfordshire County Council: council/${grid.file}${grid.sheet !== undefined ? ` (sheet ${grid.sheet})` : ''}`,
		illustrative: false,
		title: councilTitle(input.schema.title)
	};
}
