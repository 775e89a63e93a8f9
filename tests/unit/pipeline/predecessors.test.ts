import { describe, expect, it } from 'vitest';
import { derivePredecessors, namesMatch } from '../../../scripts/extracts/importers/predecessors';

describe('namesMatch', () => {
	it.each([
		['Creswick Primary & Nursery School', 'Creswick Academy', true],
		["St Rose's Catholic Infants School", "St Rose's Catholic Infant School", true],
		[
			'St Mary’s Church of England Primary School, Rickmansworth',
			"St Mary's Rickmansworth CofE Primary School",
			true
		],
		[
			'St Thomas More Roman Catholic Voluntary Aided Primary School',
			'St Thomas More Roman Catholic Primary School, a Voluntary Academy',
			true
		],
		['Chaulden Junior School', 'Chaulden Infants and Nursery', true],
		['Round Diamond Primary School', 'Martins Wood Primary School', false],
		['Primary School', 'Primary Academy', false]
	])('%s ~ %s → %s', (a, b, expected) => {
		expect(namesMatch(a, b)).toBe(expected);
	});
});

describe('derivePredecessors', () => {
	const school = (
		urn: number,
		name: string,
		open: boolean,
		openDate: string | null,
		closeDate: string | null
	) => ({
		urn,
		name,
		is_open: open,
		open_date: openDate,
		close_date: closeDate
	});

	it('links an academy to the school that closed the day before it opened under the same name', () => {
		const rows = [
			school(117299, 'Round Diamond Primary School', false, null, '2022-12-31'),
			school(149206, 'Round Diamond Primary School', true, '2023-01-01', null),
			school(117285, 'Martins Wood Primary School', false, null, '2022-11-30')
		];
		expect(derivePredecessors(rows).map((l) => [l.urn, l.predecessorUrn])).toEqual([
			[149206, 117299]
		]);
	});

	it('does not link when the dates are not adjacent', () => {
		const rows = [
			school(1, 'Forres Primary School', false, null, '2024-07-31'),
			school(2, 'Forres Primary Academy', true, '2024-09-01', null)
		];
		expect(derivePredecessors(rows)).toEqual([]);
	});

	it('does not guess between two candidates', () => {
		const rows = [
			school(1, 'Chaulden Junior School', false, null, '2024-08-31'),
			school(2, 'Chaulden Infants and Nursery', false, null, '2024-08-31'),
			school(3, 'Chaulden Primary Academy', true, '2024-09-01', null)
		];
		expect(derivePredecessors(rows)).toEqual([]);
	});
});
