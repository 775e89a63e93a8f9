/**
 * School size bands. The Aiming for Excellence offer recommends 2, 6 or 12 licences for a small,
 * medium or large school without defining the sizes, so the bands are ours, on pupils on roll
 * (January census): small under 210 (one form of entry in a primary), medium 210–629, large 630+.
 */
export const SIZE_BANDS = ['small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const SIZE_BAND_LIMITS = { mediumFrom: 210, largeFrom: 630 } as const;

export const RECOMMENDED_LICENCES: Record<SizeBand, number> = { small: 2, medium: 6, large: 12 };

/** A school with no census count is treated as small, the cautious reading of the offer. */
export function sizeBandOf(pupils: number | null): SizeBand {
	if (pupils === null || pupils < SIZE_BAND_LIMITS.mediumFrom) return 'small';
	return pupils < SIZE_BAND_LIMITS.largeFrom ? 'medium' : 'large';
}

/** The same rule as SQL over a `pupils` column. */
export function sizeBandSql(column: string): string {
	return `CASE WHEN ${column} IS NULL OR ${column} < ${SIZE_BAND_LIMITS.mediumFrom} THEN 'small' WHEN ${column} < ${SIZE_BAND_LIMITS.largeFrom} THEN 'medium' ELSE 'large' END`;
}
