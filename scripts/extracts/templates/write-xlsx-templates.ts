/**
 * Writes the Excel templates in data/templates from the CSV templates beside them, so the two can
 * never say different things: `npx tsx scripts/extracts/templates/write-xlsx-templates.ts`.
 * Each workbook has the data sheet (named after the dataset, as the importer expects), with typed
 * cells, drop-down lists for coded columns and a frozen header, and a "notes" sheet describing
 * every column. Run it after changing a CSV template or a council input's fields.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tableSpec } from '../importers/council/import-council-file';
import { COUNCIL_INPUTS } from '../importers/council/index';
import type { CouncilInput } from '../importers/council/types';
import { readCsvGrid } from '../lib/csv';
import { ProblemLog } from '../lib/problems';
import { fieldTypeInWords, parseField, type Field } from '../validate/fields';
import { readTable } from '../validate/table';

export const TEMPLATES_DIR = 'data/templates';
/** Drop-down lists are written for this many rows below the header. */
const VALIDATION_ROWS = 2000;
/** Excel's limit on a drop-down list written inline. */
const INLINE_LIST_MAX = 255;
/** A fixed date, so the workbook properties do not change each time it is written. */
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

export function docsPage(dataset: string): string {
	return `docs/data/${dataset.replace(/_/g, '-')}.md`;
}

function typedValue(field: Field | undefined, text: string): ExcelJS.CellValue {
	if (!field) return text === '' ? null : text;
	const parsed = parseField(field, { value: text });
	if (!parsed.ok) throw new Error(`template value ${text} for ${field.name}: ${parsed.expected}`);
	if (parsed.value === null) return null;
	if (field.type.kind === 'date') return new Date(`${String(parsed.value)}T00:00:00Z`);
	return parsed.value;
}

async function writeTemplate(input: CouncilInput): Promise<void> {
	const name = input.schema.name;
	const log = new ProblemLog();
	const grid = readCsvGrid(join(TEMPLATES_DIR, `${name}.csv`), log);
	const header = grid?.rows[0]?.cells.map((c) => String(c.value ?? '')) ?? [];
	const table = grid && readTable(grid, tableSpec(input), log);
	log.throwIfAny();

	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Hertfordshire school improvement KPI tracker';
	workbook.created = FIXED_DATE;
	workbook.modified = FIXED_DATE;
	const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.addRow(header);
	sheet.getRow(1).font = { bold: true };
	for (const record of table?.records ?? [])
		sheet.addRow(
			header.map((column) =>
				typedValue(
					input.fields.find((f) => f.name === column),
					String(record.cells[column]?.value ?? '')
				)
			)
		);
	header.forEach((column, i) => {
		const field = input.fields.find((f) => f.name === column);
		const col = sheet.getColumn(i + 1);
		col.width = Math.max(12, Math.min(60, column.length + 4));
		if (field?.type.kind === 'date') col.numFmt = 'yyyy-mm-dd';
		if (field?.type.kind === 'code') {
			const list = `"${field.type.values.join(',')}"`;
			if (list.length <= INLINE_LIST_MAX)
				for (let r = 2; r <= VALIDATION_ROWS; r++)
					sheet.getCell(r, i + 1).dataValidation = {
						type: 'list',
						allowBlank: !field.required,
						formulae: [list],
						showErrorMessage: true,
						errorTitle: column,
						error: fieldTypeInWords(field)
					};
		}
	});

	const notes = workbook.addWorksheet('notes');
	notes.addRow([
		`Fill in the sheet named ${name}: keep its header as row 1 and one record per row, with nothing else on that sheet. Save as ${name}.xlsx (or as CSV UTF-8, ${name}.csv) in data/raw/council. Full guide: ${docsPage(name)}.`
	]);
	notes.addRow([]);
	notes.addRow(['column', 'type and allowed values', 'must have a value', 'description']);
	notes.getRow(3).font = { bold: true };
	for (const field of input.fields)
		notes.addRow([
			field.name,
			fieldTypeInWords(field),
			field.required ? 'yes' : field.optionalColumn ? 'no (column may be left out)' : 'no',
			field.description
		]);
	for (const ignored of input.ignored)
		notes.addRow([
			ignored,
			'anything',
			'no',
			'Optional, for people to read; the pipeline ignores it.'
		]);
	[28, 60, 22, 90].forEach((w, i) => (notes.getColumn(i + 1).width = w));
	await workbook.xlsx.writeFile(join(TEMPLATES_DIR, `${name}.xlsx`));
}

async function main(): Promise<void> {
	for (const input of COUNCIL_INPUTS) {
		await writeTemplate(input);
		console.log(`wrote ${join(TEMPLATES_DIR, `${input.schema.name}.xlsx`)}`);
	}
}

if (process.argv[1]?.endsWith('write-xlsx-templates.ts')) await main();
