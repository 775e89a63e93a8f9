import { describe, expect, it } from 'vitest';
import {
	academicYearBounds,
	academicYearOf,
	academicYearsBetween,
	startYearOf,
	yearsEndingWith
} from '../../../src/lib/meeting-pack/academic-year';

describe('academic years', () => {
	it('puts 1 September in the new year and 31 August in the old one', () => {
		expect(academicYearOf('2024-09-01')).toBe('2024/25');
		expect(academicYearOf('2025-08-31')).toBe('2024/25');
		expect(academicYearOf('2024-08-31')).toBe('2023/24');
		// A calendar-year figure (SEN2 2024) ends in December, inside 2024/25.
		expect(academicYearOf('2024-12-31')).toBe('2024/25');
		expect(academicYearOf('1999-12-31')).toBe('1999/00');
	});

	it('gives the bounds and the years before', () => {
		expect(academicYearBounds('2024/25')).toEqual({ start: '2024-09-01', end: '2025-08-31' });
		expect(yearsEndingWith('2024/25', 3)).toEqual(['2022/23', '2023/24', '2024/25']);
		expect(academicYearsBetween('2021/22', '2023/24')).toEqual(['2021/22', '2022/23', '2023/24']);
	});

	it('rejects what is not an academic year', () => {
		expect(() => startYearOf('2024/26')).toThrow(/not an academic year/);
		expect(() => startYearOf('2024-25')).toThrow(/not an academic year/);
		expect(() => academicYearOf('2024-13-01')).toThrow(/not a YYYY-MM-DD/);
	});
});
