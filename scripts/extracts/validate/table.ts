import {
	cellText,
	columnLabel,
	isBlank,
	type Grid,
	type GridCell,
	type GridRow
} from '../lib/grid';
import type { InputProblem, ProblemLog } from '../lib/problems';

/** The columns a council input may have. */
export interface TableSpec {
	/** Template name, for messages (the dataset name). */
	template: string;
	/** Every template column, in template order. */
	columns: string[];
	/** Columns that must be in the header. */
	required: string[];
	/** Accepted and ignored (e.g. school_name, or columns the pipeline works out itself). */
	ignored: string[];
	/** Columns that identify a record; a row with none of them is not a record. */
	key: string[];
}

export interface TableRecord {
	line: number;
	cells: Record<string, GridCell>;
}

export interface Table {
	file: string;
	sheet?: string;
	records: TableRecord[];
}

/** How far below the first non-blank row the real header is looked for. */
const HEADER_SEARCH_ROWS = 10;
const BOM = '\ufeff';

const headerText = (cell: GridCell | undefined) => cellText(cell).replace(BOM, '').trim();
const loose = (s: string) =>
	s
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function firstText(row: GridRow): string {
	return cellText(row.cells.find((c) => !isBlank(c)));
}

/**
 * Finds the header row, checks the column names and returns the records under it keyed by column
 * name. Problems with the layout (a title row above the header, semicolons, merged or unnamed
 * header cells, missing or unknown columns) are reported once, against the header, and no
 * records are returned: checking every row of a misread table would only bury the real cause.
 */
export function readTable(grid: Grid, spec: TableSpec, log: ProblemLog): Table | undefined {
	const before = log.problems.length;
	const add = (p: Omit<InputProblem, 'file' | 'sheet'>) =>
		log.add({ file: grid.file, ...(grid.sheet !== undefined && { sheet: grid.sheet }), ...p });

	let headerLine: number | undefined;
	let headerCells: GridCell[];
	let dataRows: GridRow[];
	const nonBlank = grid.rows.filter((r) => r.cells.some((c) => !isBlank(c)));

	if (grid.header) {
		headerCells = grid.header.map((value) => ({ value }));
		dataRows = nonBlank;
	} else {
		const first = nonBlank[0];
		if (!first) {
			add({
				value: grid.rows.length === 0 ? 'an empty file' : 'only blank rows',
				expected: `a header row (${spec.required.join(', ')}) and rows of data below it`
			});
			return undefined;
		}
		const names = first.cells.map(headerText);
		const hasRequired = (cells: GridCell[]) =>
			spec.required.filter((name) => cells.map(headerText).includes(name)).length;
		if (hasRequired(first.cells) === 0) {
			// Semicolons or tabs: the whole header arrives as one cell (a European-locale Excel export).
			const filled = names.filter((n) => n !== '');
			const only = filled.length === 1 ? (filled[0] ?? '') : '';
			const delimiter = [';', '\t', '|'].find((d) =>
				only.split(d).some((n) => spec.required.includes(n.trim()))
			);
			if (delimiter) {
				add({
					row: first.line,
					value: short(only),
					expected: `columns separated by commas: this file uses ${delimiter === ';' ? 'semicolons' : delimiter === '\t' ? 'tabs' : 'vertical bars'} (in Excel use Save As, CSV UTF-8 (Comma delimited))`
				});
				return undefined;
			}
			// A title or notes above the real header, as people add to make a sheet readable.
			const real = nonBlank
				.slice(1, HEADER_SEARCH_ROWS + 1)
				.find((r) => hasRequired(r.cells) >= Math.max(1, Math.ceil(spec.required.length / 2)));
			if (real) {
				const above = real.line - 1;
				add({
					row: first.line,
					value: short(firstText(first)),
					expected: `the header row (${spec.required.join(', ')}) as the first row: the header is on row ${real.line}, so delete the ${above === 1 ? 'row' : `${above} rows`} above it`
				});
				return undefined;
			}
		}
		headerLine = first.line;
		headerCells = first.cells;
		dataRows = nonBlank.filter((r) => r.line > first.line);
	}

	// Header cells: named, not merged, each name once, every name a template column.
	const width = Math.max(headerCells.length, ...dataRows.map((r) => r.cells.length));
	const columns = new Map<string, number>();
	const atHeader = headerLine !== undefined ? { row: headerLine } : {};
	const known = new Set([...spec.columns, ...spec.ignored]);
	const nearMisses = new Set<string>();
	for (let i = 0; i < width; i++) {
		const cell = headerCells[i];
		const hasData = dataRows.some((r) => !isBlank(r.cells[i]));
		if (cell?.mergedInto) {
			add({
				...atHeader,
				column: columnLabel(grid, i),
				value: `merged into ${cell.mergedInto}`,
				expected: 'one column name per cell (unmerge the header cells)'
			});
			continue;
		}
		const name = headerText(cell);
		if (name === '') {
			if (hasData)
				add({
					...atHeader,
					column: columnLabel(grid, i),
					expected: 'a column name above the values in this column'
				});
			continue;
		}
		if (columns.has(name)) {
			add({ ...atHeader, column: name, expected: 'each column name once (it appears twice)' });
			continue;
		}
		columns.set(name, i);
		if (!known.has(name)) {
			const near = spec.columns.find((c) => loose(c) === loose(name));
			if (near) nearMisses.add(near);
			add({
				...atHeader,
				value: name,
				expected: near
					? `the column name ${near}, written exactly`
					: `a column of the ${spec.template} template (${spec.columns.join(', ')})`
			});
		}
	}
	for (const name of spec.required)
		if (!columns.has(name) && !nearMisses.has(name))
			add({
				...atHeader,
				column: name,
				expected: `a column named ${name}${grid.header ? '' : ' in the header'}`
			});
	if (log.problems.length > before) return undefined;

	// Rows: blank ones are skipped; a repeated header or a stray note is reported, not read.
	const named = [...columns];
	const records: TableRecord[] = [];
	for (const row of dataRows) {
		const texts = named.map(([, i]) => headerText(row.cells[i]));
		if (named.every(([name], k) => texts[k] === name)) {
			const bom = cellText(row.cells.find((c) => !isBlank(c))).startsWith(BOM);
			add({
				row: row.line,
				value: short(texts.join(', ')),
				expected: `a row of data, not the header again${bom ? ' (it starts with a byte-order mark: were two CSV files joined together?)' : ''}`
			});
			continue;
		}
		const keyBlank = spec.key.every((k) => isBlank(row.cells[columns.get(k) ?? -1]));
		if (keyBlank) {
			add({
				row: row.line,
				value: short(firstText(row)),
				expected: `a complete row with ${spec.key.join(' and ')}: remove notes, totals and stray values from the data sheet`
			});
			continue;
		}
		const cells: Record<string, GridCell> = {};
		for (const [name, i] of named) cells[name] = row.cells[i] ?? { value: null };
		records.push({ line: row.line, cells });
	}
	if (records.length === 0 && log.problems.length === before)
		add({ expected: 'at least one row of data below the header' });
	return log.problems.length > before && records.length === 0
		? undefined
		: { file: grid.file, sheet: grid.sheet, records };
}
