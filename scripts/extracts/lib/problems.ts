/**
 * Input problems are collected, not thrown one at a time, so an analyst sees everything wrong with
 * a file in one run. Each names the file, row, column, the value found and what was expected.
 */
export interface InputProblem {
	file: string;
	/** Worksheet of an Excel workbook; undefined for CSV and Parquet. */
	sheet?: string;
	/**
	 * 1-based line in the file (the header is line 1), or the spreadsheet's own row number in a
	 * workbook, so the analyst can go straight to it; undefined for whole-file problems.
	 */
	row?: number;
	column?: string;
	value?: string;
	expected: string;
}

export function formatProblem(p: InputProblem): string {
	const where = [
		p.file,
		p.sheet !== undefined ? `sheet ${JSON.stringify(p.sheet)}` : '',
		p.row !== undefined ? `row ${p.row}` : '',
		p.column ? `column ${p.column}` : ''
	]
		.filter(Boolean)
		.join(', ');
	const found = p.value !== undefined ? `found ${JSON.stringify(p.value)}; ` : '';
	return `${where}: ${found}expected ${p.expected}`;
}

export class InputError extends Error {
	constructor(readonly problems: InputProblem[]) {
		super(
			`${problems.length} problem(s) in the inputs; nothing was published:\n` +
				problems.map((p) => `  - ${formatProblem(p)}`).join('\n')
		);
		this.name = 'InputError';
	}
}

/** Collects problems while an importer runs, then throws them all together. */
export class ProblemLog {
	readonly problems: InputProblem[] = [];
	add(p: InputProblem): void {
		this.problems.push(p);
	}
	throwIfAny(): void {
		if (this.problems.length > 0) throw new InputError(this.problems);
	}
}
