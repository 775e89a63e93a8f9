const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Whole numbers with thousands separators: 1,781. */
export function formatCount(n: number | null | undefined): string {
	return n === null || n === undefined ? '–' : integer.format(n);
}

/** A percentage to a fixed number of places: 55.2%. */
export function formatPercent(n: number | null | undefined, places = 1): string {
	return n === null || n === undefined ? '–' : `${n.toFixed(places)}%`;
}

/** A gap in percentage points, with its unit spelt out for screen readers by the caller. */
export function formatPoints(n: number | null | undefined, places = 0, unit = 'pp'): string {
	return n === null || n === undefined ? '–' : `${n.toFixed(places)} ${unit}`;
}

const longDate = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** 2024-06-19 → 19 June 2024. */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '–';
	const d = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(d.getTime()) ? iso : longDate.format(d);
}
