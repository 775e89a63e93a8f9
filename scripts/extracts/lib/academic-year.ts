/** Academic years are written "2024/25" for people and 202425 (DfE time_period) for sorting. */
export interface AcademicYear {
	label: string;
	timePeriod: number;
	/** Calendar year the academic year ends in (2025 for 2024/25). */
	endYear: number;
}

export function academicYearEnding(endYear: number): AcademicYear {
	const start = endYear - 1;
	const short = String(endYear % 100).padStart(2, '0');
	return { label: `${start}/${short}`, timePeriod: start * 100 + (endYear % 100), endYear };
}

/** "2024-25" (as in DfE file names) → the academic year ending 2025. */
export function academicYearFromFileLabel(text: string): AcademicYear | undefined {
	const m = /^(\d{4})-(\d{2})$/.exec(text);
	if (!m) return undefined;
	const start = Number(m[1]);
	const end = Number(m[2]);
	if ((start + 1) % 100 !== end) return undefined;
	return academicYearEnding(start + 1);
}

/**
 * KS2 and KS4 outcomes were not comparable in 2019/20 and 2020/21: no KS2 tests were taken, and
 * GCSE grades were centre- then teacher-assessed. Trends must not join across these years.
 */
export function isComparableYear(keyStage: 'KS2' | 'KS4', endYear: number): boolean {
	if (keyStage === 'KS2') return endYear !== 2020 && endYear !== 2021;
	return endYear !== 2020 && endYear !== 2021;
}
