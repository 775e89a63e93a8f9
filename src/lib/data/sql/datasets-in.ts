/**
 * The extracts a query reads, found in its own SQL text. Each extract is a view named after its
 * dataset, and the SQL builders only ever name views directly, so every dataset a query needs
 * appears in it as a bare identifier. Reading the SQL (rather than a hand-kept list per query)
 * also catches what a filter adds: a RAYG filter makes every school query read `rayg_ratings`.
 *
 * This errs towards naming too many: an identifier is skipped only when it is inside a string
 * literal or comment, right after `.` (a qualified column, `r.schools`) or right after `AS` (an
 * alias, `count(*) AS schools`). A unit test runs every query with only the datasets found here.
 */
export function datasetsIn(sql: string, known: Iterable<string>): string[] {
	const names = new Set(known);
	const found = new Set<string>();
	let previous = '';
	let i = 0;
	while (i < sql.length) {
		const ch = sql[i]!;
		if (ch === "'") {
			i = skipQuoted(sql, i, "'");
			previous = 'literal';
		} else if (ch === '-' && sql[i + 1] === '-') {
			const end = sql.indexOf('\n', i);
			i = end === -1 ? sql.length : end;
		} else if (ch === '/' && sql[i + 1] === '*') {
			const end = sql.indexOf('*/', i + 2);
			i = end === -1 ? sql.length : end + 2;
		} else if (ch === '"' || /[A-Za-z_]/.test(ch)) {
			let word: string;
			if (ch === '"') {
				const end = skipQuoted(sql, i, '"');
				word = sql.slice(i + 1, end - 1).replace(/""/g, '"');
				i = end;
			} else {
				const match = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i, i + 200))!;
				word = match[0];
				i += word.length;
			}
			const lower = word.toLowerCase();
			if (previous !== '.' && previous !== 'as' && names.has(lower)) found.add(lower);
			previous = lower;
		} else {
			if (!/\s/.test(ch)) previous = ch;
			i += 1;
		}
	}
	return [...found];
}

/** The index just past a quoted run that starts at `start`; a doubled quote is an escaped one. */
function skipQuoted(sql: string, start: number, quote: string): number {
	let i = start + 1;
	while (i < sql.length) {
		if (sql[i] === quote) {
			if (sql[i + 1] === quote) i += 2;
			else return i + 1;
		} else i += 1;
	}
	return sql.length;
}
