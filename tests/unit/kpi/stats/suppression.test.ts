import { describe, expect, it } from 'vitest';
import type { DfeSymbol } from '../../../../src/lib/data/schemas/types';
import {
	suppressSmallNumbers,
	type DisclosureGroup,
	type SuppressionCell
} from '../../../../src/lib/kpi/stats';

const cell = (
	key: string,
	count: number | null,
	value: number | null = 50,
	symbol: DfeSymbol | null = null
): SuppressionCell => ({ key, count, value, symbol });

const C = (key: string) => ({ key, count: null, value: null, symbol: 'c' });

/** After suppression no group may have a lone hidden confidential member. */
function expectNoLoneConfidential(cells: SuppressionCell[], groups: DisclosureGroup[]) {
	const byKey = new Map(cells.map((c) => [c.key, c]));
	for (const g of groups) {
		const hidden = [g.total, ...g.parts].filter((k) => byKey.get(k)?.count === null);
		if (hidden.length === 1) expect(byKey.get(hidden[0] as string)?.symbol).not.toBe('c');
	}
}

describe('primary suppression (count ≤ 5)', () => {
	it.each([
		[0, true],
		[3, true],
		[5, true], // 5 or fewer
		[6, false]
	])('count %d → suppressed: %s', (count, suppressed) => {
		const r = suppressSmallNumbers([cell('a', count, 40)]);
		expect(r.cells[0]).toEqual(suppressed ? C('a') : cell('a', count, 40));
		expect(r.primary).toEqual(suppressed ? ['a'] : []);
	});

	it('an unknown count cannot be judged and is left as it is', () => {
		expect(suppressSmallNumbers([cell('a', null, 40)]).cells).toEqual([cell('a', null, 40)]);
	});
});

describe('secondary suppression', () => {
	it('hides the complement that would reveal the small cell by subtraction', () => {
		// all 30, disadvantaged 4 (→ c), other 26. With other shown, 30 − 26 = 4 → hide other.
		const cells = [cell('all', 30, 68), cell('dis', 4, 50), cell('oth', 26, 71)];
		const groups = [{ total: 'all', parts: ['dis', 'oth'] }];
		const r = suppressSmallNumbers(cells, groups);
		expect(r.cells).toEqual([cell('all', 30, 68), C('dis'), C('oth')]);
		expect(r.primary).toEqual(['dis']);
		expect(r.secondary).toEqual(['oth']);
		expect(r.rounds).toBe(1);
	});

	it('picks the smallest remaining part; ties → first key, whatever the input order', () => {
		// all 24 = a 4 (→ c) + c 10 + b 10. b and c tie at 10 → 'b' (first by key).
		// Then a, b hidden; 24 − 10 = 14 = a + b cannot be split → stable.
		const cells = [cell('all', 24), cell('c', 10), cell('b', 10), cell('a', 4)];
		const r = suppressSmallNumbers(cells, [{ total: 'all', parts: ['c', 'b', 'a'] }]);
		expect(r.secondary).toEqual(['b']);
		expect(r.cells.map((c) => c.symbol)).toEqual([null, null, 'c', 'c']);
	});

	it('prefers the smallest part by count: 12 over 20', () => {
		// all 35 = x 3 (→ c) + y 20 + z 12 → hide z (12 < 20); then 35 − 20 = 15 = x + z stays split
		const cells = [cell('all', 35), cell('x', 3), cell('y', 20), cell('z', 12)];
		const r = suppressSmallNumbers(cells, [{ total: 'all', parts: ['x', 'y', 'z'] }]);
		expect(r.secondary).toEqual(['z']);
	});

	it('a chain: the second suppression exposes another group, which needs a second round', () => {
		// Groups in this order:
		//   G1 district other D:oth 66 = S1:oth 26 + S2:oth 40
		//   G2 school S1:all 30 = S1:dis 4 + S1:oth 26
		// Primary: S1:dis (4).
		// Round 1: G1 has nothing hidden yet; G2 has S1:dis alone → hide S1:oth (its only other part).
		// Round 2: G1 now has S1:oth alone (66 − 40 = 26 would give it back, then 30 − 26 = 4)
		//          → hide S2:oth.
		// Round 3: nothing changes.
		const cells = [
			cell('D:oth', 66),
			cell('S1:all', 30),
			cell('S1:dis', 4),
			cell('S1:oth', 26),
			cell('S2:oth', 40)
		];
		const groups = [
			{ total: 'D:oth', parts: ['S1:oth', 'S2:oth'] },
			{ total: 'S1:all', parts: ['S1:dis', 'S1:oth'] }
		];
		const r = suppressSmallNumbers(cells, groups);
		expect(r.primary).toEqual(['S1:dis']);
		expect(r.secondary).toEqual(['S1:oth', 'S2:oth']);
		expect(r.rounds).toBe(2);
		expect(r.cells.filter((c) => c.symbol === null).map((c) => c.key)).toEqual(['D:oth', 'S1:all']);
		expectNoLoneConfidential(r.cells, groups);
	});

	it('a school × group table with a district total row and column groups', () => {
		// Rows (school: all = dis + oth) and columns (district = S1 + S2 + S3), rows listed first.
		//        all  dis  oth
		//   S1    40    4   36
		//   S2    50   20   30
		//   S3    60   25   35
		//   D    150   49  101
		// Primary: S1:dis. Row S1 → hide S1:oth (only part left). Column dis: S1:dis alone → smallest
		// of S2:dis 20, S3:dis 25 → S2:dis. Column oth: S1:oth alone → smallest of 30, 35 → S2:oth.
		// Then row S2 has two hidden (dis, oth): 50 = ? + ? cannot be split. All in one round.
		const table: [string, number, number, number][] = [
			['S1', 40, 4, 36],
			['S2', 50, 20, 30],
			['S3', 60, 25, 35],
			['D', 150, 49, 101]
		];
		const cells = table.flatMap(([s, all, dis, oth]) => [
			cell(`${s}:all`, all),
			cell(`${s}:dis`, dis),
			cell(`${s}:oth`, oth)
		]);
		const rows = table.map(([s]) => ({ total: `${s}:all`, parts: [`${s}:dis`, `${s}:oth`] }));
		const columns = ['all', 'dis', 'oth'].map((g) => ({
			total: `D:${g}`,
			parts: ['S1', 'S2', 'S3'].map((s) => `${s}:${g}`)
		}));
		const groups = [...rows, ...columns];
		const r = suppressSmallNumbers(cells, groups);
		expect(r.primary).toEqual(['S1:dis']);
		expect(r.secondary).toEqual(['S1:oth', 'S2:dis', 'S2:oth']);
		expect(r.rounds).toBe(1);
		expectNoLoneConfidential(r.cells, groups);
	});

	it('a lone hidden total is protected too (sum of parts would reveal it)', () => {
		// Total arrived as 'c' from the source; parts 10 + 12 would give it back → hide the 10.
		const cells = [cell('all', null, null, 'c'), cell('a', 10), cell('b', 12)];
		const r = suppressSmallNumbers(cells, [{ total: 'all', parts: ['a', 'b'] }]);
		expect(r.secondary).toEqual(['a']);
	});

	it('a one-part group can only be protected by hiding its total', () => {
		// A district slice with one school: D:dis = S1:dis. The school's figure arrived as 'c'
		// (count 12), and the district total 12 would show it, so the total itself must go.
		const r = suppressSmallNumbers(
			[cell('D:dis', 12), cell('S1:dis', 12, 55, 'c')],
			[{ total: 'D:dis', parts: ['S1:dis'] }]
		);
		expect(r.cells).toEqual([C('D:dis'), C('S1:dis')]);
		expect(r.secondary).toEqual(['D:dis']);
	});

	it('a lone unknown that is not confidential (x, no count) needs no protection', () => {
		const cells = [cell('all', 40), cell('dis', null, null, 'x'), cell('oth', 28)];
		const r = suppressSmallNumbers(cells, [{ total: 'all', parts: ['dis', 'oth'] }]);
		expect(r.primary).toEqual([]);
		expect(r.secondary).toEqual([]);
	});
});

describe('symbols', () => {
	it('pass through as symbols and never become numbers', () => {
		const cells = [
			cell('x', 20, 45, 'x'), //   inconsistent input: the value is dropped, the symbol kept
			cell('z', null, null, 'z'),
			cell('low', 20, 0, 'low'),
			cell('u', 12, 61, 'u')
		];
		const r = suppressSmallNumbers(cells);
		expect(r.cells).toEqual([
			cell('x', 20, null, 'x'),
			cell('z', null, null, 'z'),
			cell('low', 20, null, 'low'),
			cell('u', 12, null, 'u')
		]);
		expect(r.primary).toEqual([]);
	});

	it("'c' wins over other symbols on a small count ('low' on 3 pupils would say none of 3)", () => {
		const r = suppressSmallNumbers([cell('low', 3, 0, 'low'), cell('x', 2, null, 'x')]);
		expect(r.cells).toEqual([C('low'), C('x')]);
		expect(r.primary).toEqual(['low', 'x']);
	});

	it("a 'c' from the source hides its count and is protected by secondary suppression", () => {
		// all 40 = dis 12 (already c at source) + oth 28: 40 − 28 = 12 would reveal it.
		const cells = [cell('all', 40), cell('dis', 12, 55, 'c'), cell('oth', 28)];
		const r = suppressSmallNumbers(cells, [{ total: 'all', parts: ['dis', 'oth'] }]);
		expect(r.cells).toEqual([cell('all', 40), C('dis'), C('oth')]);
		expect(r.primary).toEqual([]);
		expect(r.secondary).toEqual(['oth']);
	});
});

describe('purity and validation', () => {
	it('does not mutate the input and carries extra fields through', () => {
		const cells = [
			{ ...cell('all', 30, 68), urn: 117000, label: 'All pupils' },
			{ ...cell('dis', 4, 50), urn: 117000, label: 'Disadvantaged' },
			{ ...cell('oth', 26, 71), urn: 117000, label: 'Other' }
		];
		const groups = [{ total: 'all', parts: ['dis', 'oth'] }];
		const before = structuredClone({ cells, groups });
		for (const c of cells) Object.freeze(c);
		Object.freeze(cells);
		const r = suppressSmallNumbers(cells, groups);
		expect({ cells, groups }).toEqual(before);
		expect(r.cells[1]).toEqual({
			key: 'dis',
			count: null,
			value: null,
			symbol: 'c',
			urn: 117000,
			label: 'Disadvantaged'
		});
		r.cells.forEach((c, i) => expect(c).not.toBe(cells[i]));
	});

	it.each([
		{ name: 'unknown key', cells: [cell('a', 10)], groups: [{ total: 'a', parts: ['b'] }] },
		{ name: 'duplicate cell', cells: [cell('a', 10), cell('a', 12)], groups: [] },
		{ name: 'group without parts', cells: [cell('a', 10)], groups: [{ total: 'a', parts: [] }] },
		{
			name: 'repeated key in group',
			cells: [cell('a', 10), cell('b', 5)],
			groups: [{ total: 'a', parts: ['b', 'b'] }]
		}
	])('throws on $name', ({ cells, groups }) => {
		expect(() => suppressSmallNumbers(cells, groups)).toThrow();
	});
});
