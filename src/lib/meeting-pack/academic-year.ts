/**
 * Academic years ('2024/25': 1 September 2024 to 31 August 2025), the unit the JAPR reviews.
 * KPIs come in academic years, calendar years (SEN2), months (local tracking) and snapshots; each
 * is placed in the academic year its period ends in, so a column never mixes two years' data.
 */

const LABEL = /^(\d{4})\/(\d{2})$/;

/** The academic year a date (YYYY-MM-DD) falls in: 2024-09-01 to 2025-08-31 is '2024/25'. */
export function academicYearOf(isoDate: string): string {
	const year = Number(isoDate.slice(0, 4));
	const month = Number(isoDate.slice(5, 7));
	if (!Number.isInteger(year) || !(month >= 1 && month <= 12))
		throw new Error(`"${isoDate}" is not a YYYY-MM-DD date.`);
	const start = month >= 9 ? year : year - 1;
	return academicYearLabel(start);
}

export function academicYearLabel(startYear: number): string {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The calendar year an academic year starts in; throws on anything but 'YYYY/YY' with YY = YYYY+1. */
export function startYearOf(label: string): number {
	const match = LABEL.exec(label);
	const start = match ? Number(match[1]) : NaN;
	if (!match || Number(match[2]) !== (start + 1) % 100)
		throw new Error(`"${label}" is not an academic year like 2024/25.`);
	return start;
}

/** First and last day of an academic year, YYYY-MM-DD. */
export function academicYearBounds(label: string): { start: string; end: string } {
	const start = startYearOf(label);
	return { start: `${start}-09-01`, end: `${start + 1}-08-31` };
}

/** The `count` academic years ending with `label`, oldest first: ('2024/25', 3) → 22/23, 23/24, 24/25. */
export function yearsEndingWith(label: string, count: number): string[] {
	const last = startYearOf(label);
	return Array.from({ length: count }, (_, i) => academicYearLabel(last - count + 1 + i));
}

/** Every academic year from `first` to `last` inclusive, oldest first. */
export function academicYearsBetween(first: string, last: string): string[] {
	const from = startYearOf(first);
	const to = startYearOf(last);
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => academicYearLabel(from + i));
}
