import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid, GridCell } from './grid';
import type { ProblemLog } from './problems';

/**
 * Reads one worksheet of an Excel workbook (.xlsx) into a grid, keeping Excel's own row numbers
 * so every problem points at the row the analyst sees. Uses ExcelJS on the pipeline side only;
 * nothing here is imported by the site.
 */

/** Why the bytes are not an .xlsx workbook, or undefined when they look like one (a zip). */
function notAWorkbook(bytes: Uint8Array): { found: string; expected: string } | undefined {
	const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	const expected = 'an Excel workbook (.xlsx)';
	if (bytes.length === 0) return { found: 'an empty file (0 bytes)', expected };
	if (starts(0x50, 0x4b, 0x03, 0x04)) return undefined;
	if (starts(0xd0, 0xcf, 0x11, 0xe0))
		return {
			found: 'an Excel 97-2003 workbook (.xls)',
			expected: `${expected}: in Excel use Save As, Excel Workbook (.xlsx)`
		};
	return {
		found: 'a file that is not a workbook (perhaps CSV text renamed .xlsx)',
		expected
	};
}

type ExcelValue = ExcelJS.CellValue | undefined;

/** An ExcelJS cell value as a plain value: formulas give their saved result, rich text its text. */
function plain(value: ExcelValue): { value: CellValue | null; error?: boolean } {
	if (value === null || value === undefined) return { value: null };
	if (
		typeof value === 'string' ||
		typeof value === 'number' ||
		typeof value === 'boolean' ||
		value instanceof Date
	)
		return { value };
	if ('error' in value) return { value: String(value.error), error: true };
	if ('richText' in value) return { value: value.richText.map((t) => t.text).join('') };
	if ('hyperlink' in value)
		return { value: typeof value.text === 'string' ? value.text : plain(value.text).value };
	if ('formula' in value || 'sharedFormula' in value) {
		const result = (value as { result?: ExcelValue }).result;
		return plain(result as ExcelValue);
	}
	return { value: null };
}

function toGridCell(cell: ExcelJS.Cell): GridCell {
	// ExcelJS gives every cell of a merged range the top-left cell's value. Only the top-left
	// cell really holds it; the others are flagged so a merged header is reported, not doubled.
	if (cell.isMerged && cell.master.address !== cell.address)
		return { value: null, mergedInto: cell.master.address };
	const { value, error } = plain(cell.value);
	const out: GridCell = { value };
	if (error) out.error = true;
	if (typeof value === 'number' && /%/.test(cell.numFmt ?? '')) out.percent = true;
	return out;
}

/**
 * The named worksheet as a grid. Problems (not a workbook, unreadable, no such sheet) are logged
 * against the file and undefined is returned.
 */
export async function readXlsxGrid(
	path: string,
	sheetName: string,
	log: ProblemLog
): Promise<Grid | undefined> {
	const file = basename(path);
	const bytes = readFileSync(path);
	const wrong = notAWorkbook(bytes);
	if (wrong) {
		log.add({ file, value: wrong.found, expected: wrong.expected });
		return undefined;
	}
	const workbook = new ExcelJS.Workbook();
	try {
		// ExcelJS declares its own Buffer type, which Node's Buffer does not satisfy in TypeScript;
		// at run time it takes the bytes as they are.
		await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	} catch {
		log.add({
			file,
			expected:
				'an Excel workbook (.xlsx) that opens: this one could not be read (was the copy cut short? open it in Excel and save it again)'
		});
		return undefined;
	}
	const sheet = workbook.getWorksheet(sheetName);
	if (!sheet) {
		const names = workbook.worksheets.map((w) => w.name);
		log.add({
			file,
			value: names.join(', '),
			expected: `a sheet named ${sheetName} (the template's sheet; rename the sheet holding the data)`
		});
		return undefined;
	}
	const rows: Grid['rows'] = [];
	const width = sheet.columnCount;
	for (let r = 1; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		const cells: GridCell[] = [];
		for (let c = 1; c <= width; c++) cells.push(toGridCell(row.getCell(c)));
		rows.push({ line: r, cells });
	}
	return { file, sheet: sheetName, format: 'xlsx', rows };
}
