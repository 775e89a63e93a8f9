import { readFileSync } from 'node:fs';
import { parseCsvRecords } from '../../scripts/extracts/lib/csv';

/**
 * Published KPI figures with their sources (tests/fixtures/published_figures.csv, copied from the
 * project's shared reference data). Tests use these as expected values.
 */
export interface PublishedFigure {
	kpi: string;
	geography: string;
	period: string;
	value: string;
	unit: string;
	source: string;
	note: string;
}

export function readPublishedFigures(): PublishedFigure[] {
	const [header, ...records] = parseCsvRecords(
		readFileSync('tests/fixtures/published_figures.csv', 'utf8')
	);
	const names = header?.fields ?? [];
	return records.map(({ fields }) => {
		const row: Record<string, string> = {};
		names.forEach((name, i) => (row[name] = fields[i] ?? ''));
		return row as unknown as PublishedFigure;
	});
}
