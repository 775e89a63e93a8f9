import { join } from 'node:path';
import { publishedComparatorsSchema } from '../../../src/lib/data/schemas/public';
import { readCsv } from '../lib/csv';
import { parseDfeCell } from '../lib/dfe-values';
import { findInputs } from '../lib/find-inputs';
import type { ProblemLog } from '../lib/problems';
import type { BuiltDataset, Row } from '../lib/rows';

const COLUMNS = [
	'kpi_id',
	'geography_code',
	'geography_name',
	'period',
	'period_end',
	'value',
	'source'
];

/** Comparator figures published outside the DfE files (e.g. Ofsted's national % good/outstanding). */
export function importPublishedComparators(rawDir: string, log: ProblemLog): BuiltDataset {
	const rows: Row[] = [];
	const files: string[] = [];
	for (const { path } of findInputs(join(rawDir, 'reference'), /^published_comparators.*\.csv$/)) {
		const table = readCsv(path, log, { required: COLUMNS });
		files.push(table.file);
		for (const { line, cells } of table.rows) {
			const value = parseDfeCell(cells.value ?? '')?.value ?? null;
			const end = cells.period_end ?? '';
			if (value === null)
				log.add({
					file: table.file,
					row: line,
					column: 'value',
					value: cells.value,
					expected: 'a number'
				});
			if (!/^\d{4}-\d{2}-\d{2}$/.test(end))
				log.add({
					file: table.file,
					row: line,
					column: 'period_end',
					value: end,
					expected: 'a date written YYYY-MM-DD'
				});
			if (!cells.source)
				log.add({
					file: table.file,
					row: line,
					column: 'source',
					value: '',
					expected: 'where the figure was published'
				});
			if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(end)) continue;
			rows.push({
				kpi_id: cells.kpi_id ?? '',
				geography_code: cells.geography_code ?? '',
				geography_name: cells.geography_name ?? '',
				period: cells.period ?? '',
				period_end: end,
				value,
				source: cells.source ?? ''
			});
		}
	}
	const latest =
		rows
			.map((r) => String(r.period_end))
			.sort()
			.at(-1) ?? '';
	return {
		schema: publishedComparatorsSchema,
		rows,
		asAt: latest,
		source: `Published figures with their sources (${files.join(', ')})`
	};
}
