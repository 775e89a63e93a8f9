import { describe, expect, it } from 'vitest';
import { chartImageFileName } from '../../../../src/lib/export/chart-image/file-name';

describe('chartImageFileName', () => {
	it('is the title as lower-case words joined by hyphens', () => {
		expect(chartImageFileName('Schools judged good or outstanding, by district', 'png')).toBe(
			'herts-kpi_schools-judged-good-or-outstanding-by-district.png'
		);
	});

	it('folds accents and keeps digits', () => {
		expect(chartImageFileName('Élèves: 100% réussite', 'svg')).toBe(
			'herts-kpi_eleves-100-reussite.svg'
		);
	});

	it('falls back to "chart" for a title with no letters or digits', () => {
		expect(chartImageFileName('***', 'png')).toBe('herts-kpi_chart.png');
	});

	it('cuts a long title between words at 80 characters', () => {
		// Ten 9-letter words make 99 characters; the 9th word would end at 89, so 8 are kept (79).
		const title = Array(10).fill('abcdefghi').join(' ');
		expect(chartImageFileName(title, 'png')).toBe(
			`herts-kpi_${Array(8).fill('abcdefghi').join('-')}.png`
		);
	});

	it('cuts a single long word at exactly 80 characters', () => {
		expect(chartImageFileName('a'.repeat(100), 'png')).toBe(`herts-kpi_${'a'.repeat(80)}.png`);
	});
});
