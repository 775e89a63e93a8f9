import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	schoolAttainmentQuery,
	type SchoolAttainmentRow
} from '../../../src/lib/data/sql/school-attainment';
import { SMALL_COHORT_MAX } from '../../../src/lib/kpi/disclosure';
import { suppressSchoolAttainment } from '../../../src/lib/kpi/school-attainment';
import { openNodeApiEngine, type TestEngine } from '../../helpers/engines';

describe('school-level attainment, made safe', () => {
	let engine: TestEngine;
	let raw: SchoolAttainmentRow[];
	beforeAll(async () => {
		engine = await openNodeApiEngine();
		raw = await engine.query<SchoolAttainmentRow>(schoolAttainmentQuery('KS2', '2024/25'));
	});
	afterAll(() => engine.close());

	it('covers the KS2 schools of 2024/25 (359 mainstream + 18 special, three groups each)', () => {
		expect(new Set(raw.map((r) => r.urn)).size).toBe(377);
		expect(raw.length).toBe(377 * 3);
	});

	it('never shows a number for a group of 5 or fewer, and no shown group reveals a hidden one', () => {
		const safe = suppressSchoolAttainment(raw);
		for (const cell of safe) {
			const original = raw.find((r) => `${r.urn}:${r.pupil_group}` === cell.key);
			if (original?.cohort !== null && original!.cohort <= SMALL_COHORT_MAX) {
				expect(cell.value).toBeNull();
				expect(cell.count).toBeNull();
				expect(cell.symbol).toBe('c');
			}
		}
		// In every school, if exactly one group's pupil count is hidden, it could be recovered by
		// subtraction: that must never happen.
		const byUrn = groupBy(safe);
		for (const [, cells] of byUrn) {
			const hidden = cells.filter((c) => c.count === null && c.symbol === 'c');
			if (cells.length === 3) expect(hidden.length).not.toBe(1);
		}
	});

	it('filters by district with bound values', async () => {
		const watford = await engine.query<SchoolAttainmentRow>(
			schoolAttainmentQuery('KS2', '2024/25', { districts: ['Watford'] })
		);
		expect(watford.length).toBeGreaterThan(0);
		expect(watford.every((r) => r.district === 'Watford')).toBe(true);
	});
});

function groupBy<T extends { urn: number }>(items: T[]): Map<number, T[]> {
	const map = new Map<number, T[]>();
	for (const item of items) map.set(item.urn, [...(map.get(item.urn) ?? []), item]);
	return map;
}
