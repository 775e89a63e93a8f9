import { describe, expect, it } from 'vitest';
import { parseCount, parseDfeCell, parseDmyDate } from '../../../scripts/extracts/lib/dfe-values';

describe('parseDfeCell', () => {
	it.each([
		['41%', { value: 41, symbol: null }],
		['53.3', { value: 53.3, symbol: null }],
		['-26', { value: -26, symbol: null }],
		['1,135', { value: 1135, symbol: null }],
		['51.00%', { value: 51, symbol: null }],
		['SUPP', { value: null, symbol: 'c' }],
		['NE', { value: null, symbol: 'z' }],
		['NA', { value: null, symbol: 'x' }],
		['NP', { value: null, symbol: 'x' }],
		['', { value: null, symbol: 'x' }],
		['low', { value: null, symbol: 'low' }]
	])('%j', (raw, expected) => {
		expect(parseDfeCell(raw)).toEqual(expected);
	});

	it.each(['forty', '41%%', '4 1', '1.2.3'])('rejects %j', (raw) => {
		expect(parseDfeCell(raw)).toBeUndefined();
	});
});

describe('parseCount', () => {
	it('accepts whole numbers written with a trailing .0', () =>
		expect(parseCount('1135.0')).toBe(1135));
	it('rejects negatives and fractions', () => {
		expect(parseCount('-1')).toBeUndefined();
		expect(parseCount('2.5')).toBeUndefined();
	});
});

describe('parseDmyDate', () => {
	it('turns DD-MM-YYYY into ISO', () => expect(parseDmyDate('19-06-2024')).toBe('2024-06-19'));
	it('rejects dates that do not exist', () => expect(parseDmyDate('31-02-2024')).toBeUndefined());
	it('rejects other layouts', () => expect(parseDmyDate('2024-06-19')).toBeUndefined());
});
