import type { CsvTable } from './csv';
import type { ProblemLog } from './problems';

/**
 * Reports every row whose value in `column` repeats an earlier row's (e.g. a school listed twice),
 * naming the first row. Without this, the later row silently wins in a lookup, or the extract
 * fails its unique-key check with no pointer back to the input. `applies` limits the check to
 * the rows that are meant to be unique (census files also carry LA and national rows).
 */
export function reportRepeatedValues(
	table: CsvTable,
	column: string,
	log: ProblemLog,
	applies: (value: string) => boolean = () => true
): void {
	const first = new Map<string, number>();
	for (const { line, cells } of table.rows) {
		const value = cells[column] ?? '';
		if (value === '' || !applies(value)) continue;
		const seen = first.get(value);
		if (seen === undefined) first.set(value, line);
		else
			log.add({
				file: table.file,
				row: line,
				column,
				value,
				expected: `a unique ${column} (the same as row ${seen})`
			});
	}
}
