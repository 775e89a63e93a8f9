import { join } from 'node:path';
import { statisticalNeighboursSchema } from '../../../src/lib/data/schemas/public';
import { readCsv } from '../lib/csv';
import { parseCount } from '../lib/dfe-values';
import { findInputs } from '../lib/find-inputs';
import type { ProblemLog } from '../lib/problems';
import type { BuiltDataset, Row } from '../lib/rows';
import { MONTH_NAMES as MONTHS } from '../../../src/lib/format/months';

/** "May 2025" → "2025-05-01"; empty when the text is not a month and year. */
function firstOfMonth(text: string): string {
	const m = /^(\w+) (\d{4})$/.exec(text.trim());
	const month = m ? (MONTHS as readonly string[]).indexOf(m[1] ?? '') + 1 : 0;
	return m && month > 0 ? `${m[2]}-${String(month).padStart(2, '0')}-01` : '';
}

export function importStatisticalNeighbours(rawDir: string, log: ProblemLog): BuiltDataset {
	const found = findInputs(join(rawDir, 'reference'), /^statistical_neighbours.*\.csv$/).at(-1);
	const rows: Row[] = [];
	if (!found) {
		log.add({
			file: 'statistical_neighbours.csv',
			expected: `the DfE statistical neighbours list in ${rawDir}/reference`
		});
		return { schema: statisticalNeighboursSchema, rows, asAt: '', source: '' };
	}
	const table = readCsv(found.path, log, {
		required: ['la_name', 'rank', 'list_version', 'source']
	});
	let previousSource = '';
	for (const { line, cells } of table.rows) {
		const rank = parseCount(cells.rank ?? '');
		if (rank === undefined || rank < 1)
			log.add({
				file: table.file,
				row: line,
				column: 'rank',
				value: cells.rank,
				expected: 'a whole number from 1'
			});
		// The published list says "same" for rows after the first that share its source.
		const source = cells.source === 'same' ? previousSource : (cells.source ?? '');
		previousSource = source;
		rows.push({
			la_name: cells.la_name ?? '',
			rank: rank ?? 0,
			list_version: cells.list_version ?? '',
			source
		});
	}
	return {
		schema: statisticalNeighboursSchema,
		rows,
		asAt: firstOfMonth(String(rows[0]?.list_version ?? '')),
		source: `DfE statistical neighbours, ${rows[0]?.list_version ?? ''} (${table.file})`
	};
}
