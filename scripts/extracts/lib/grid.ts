/**
 * A grid is what every reader (CSV, Excel, Parquet) turns a file into before anything is
 * validated: rows of cells with the row number the analyst sees. One shape for all three formats
 * means one set of checks and one set of error messages, whatever the council sends.
 */

/** What a cell can hold: CSV gives text; Excel also gives numbers, booleans and dates. */
export type CellValue = string | number | boolean | Date;

export interface GridCell {
	/** null when the cell is empty. */
	value: CellValue | null;
	/** Excel shows this number as a percentage (0.452 is displayed 45.2%). */
	percent?: boolean;
	/** An Excel error value (#N/A, #REF!…), kept as text in `value`. */
	error?: boolean;
	/** Part of a merged range whose top-left cell is this address (and not that cell itself). */
	mergedInto?: string;
}

export interface GridRow {
	/** The row number the analyst sees: CSV line (header = 1) or spreadsheet row. */
	line: number;
	cells: GridCell[];
}

export interface Grid {
	/** File name as reported in problems. */
	file: string;
	/** Worksheet name, for workbooks. */
	sheet?: string;
	format: 'csv' | 'xlsx' | 'parquet';
	/**
	 * Column names when the format carries them outside the rows (Parquet). Otherwise the header is
	 * one of `rows` and has to be found.
	 */
	header?: string[];
	rows: GridRow[];
}

export const emptyCell: GridCell = { value: null };

/** True when a cell holds nothing (an empty string counts as nothing). */
export function isBlank(cell: GridCell | undefined): boolean {
	return cell === undefined || cell.value === null || cell.value === '';
}

/** Excel's column letters (1 → A, 27 → AA), so a problem points at the column the analyst sees. */
export function columnLetter(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

/** How a column with no name is referred to: its letter in a workbook, its position in a CSV. */
export function columnLabel(grid: Grid, index: number): string {
	return grid.format === 'xlsx' ? columnLetter(index) : `${index + 1} (unnamed)`;
}

/** A cell as text for messages: dates as YYYY-MM-DD, booleans as Excel writes them. */
export function cellText(cell: GridCell | undefined): string {
	const v = cell?.value ?? null;
	if (v === null) return '';
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'an invalid date' : isoDate(v);
	if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
	return String(v);
}

/** A date's calendar day in UTC, which is how Excel dates arrive from the reader. */
export function isoDate(d: Date): string {
	return d.toISOString().slice(0, 10);
}
