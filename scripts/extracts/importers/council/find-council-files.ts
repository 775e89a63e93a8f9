import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemLog } from '../../lib/problems';

/** Formats a council file may come in; the template is CSV and XLSX, Parquet is for exports. */
export const COUNCIL_FORMATS = ['csv', 'xlsx', 'parquet'] as const;

/**
 * The naming convention: data/raw/council/<dataset>.<csv|xlsx|parquet>, where <dataset> is the
 * extract the file replaces (rayg_ratings, kpi_commentary…), lower case, exactly. A file that
 * does not follow it is reported rather than skipped: a misnamed file silently ignored would
 * publish generated data where the council expects its own. Hidden files, Excel's ~$ lock files,
 * README files and sub-folders (e.g. an archive) are left alone.
 */
export function findCouncilFiles(
	rawDir: string,
	datasets: string[],
	log: ProblemLog
): Map<string, string> {
	const dir = join(rawDir, 'council');
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return new Map();
	}
	const found = new Map<string, string[]>();
	const pattern = new RegExp(`^(${datasets.join('|')})\\.(${COUNCIL_FORMATS.join('|')})$`);
	const expected = `a file named <dataset>.csv, .xlsx or .parquet, where <dataset> is one of ${datasets.join(', ')} (see docs/data/README.md)`;
	for (const name of names) {
		if (name.startsWith('.') || name.startsWith('~$') || /^readme/i.test(name)) continue;
		if (statSync(join(dir, name)).isDirectory()) continue;
		const m = pattern.exec(name);
		if (m?.[1]) found.set(m[1], [...(found.get(m[1]) ?? []), name]);
		else if (/\.xls$/i.test(name))
			log.add({
				file: name,
				value: 'an Excel 97-2003 workbook (.xls)',
				expected: `an Excel Workbook (.xlsx): open it in Excel and use Save As, Excel Workbook, to save ${name}x`
			});
		else log.add({ file: name, expected });
	}
	const files = new Map<string, string>();
	for (const [dataset, list] of found) {
		if (list.length > 1)
			log.add({
				file: list.join(' and '),
				expected: `one file for ${dataset}: remove or move all but one, so it is clear which is imported`
			});
		else files.set(dataset, join(dir, list[0] ?? ''));
	}
	return files;
}
