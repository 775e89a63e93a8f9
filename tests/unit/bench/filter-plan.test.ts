import { describe, expect, it } from 'vitest';
import { planFilterChanges, type FilterControls } from '../../../scripts/bench/filter-plan';

const CONTROLS: FilterControls = {
	checkboxes: ['#district-0', '#district-1', '#phase-0'],
	menus: [{ selector: '#years', values: ['', '2023/24', '2024/25'], current: '' }]
};

describe('planFilterChanges', () => {
	it('gives the same sequence for the same seed, and as many steps as asked', () => {
		const a = planFilterChanges(CONTROLS, 200, 1);
		expect(a).toHaveLength(200);
		expect(planFilterChanges(CONTROLS, 200, 1)).toEqual(a);
		expect(planFilterChanges(CONTROLS, 200, 2)).not.toEqual(a);
	});

	it('never chooses the value a menu already shows, so every step changes the filter', () => {
		let current = '';
		for (const step of planFilterChanges(CONTROLS, 300, 3)) {
			if (step.control !== '#years') continue;
			expect(step.value).not.toBe(current);
			current = step.value as string;
		}
	});

	it('uses only the controls offered: checkboxes are clicked (no value)', () => {
		const steps = planFilterChanges({ checkboxes: ['#a'], menus: [] }, 5, 1);
		expect(steps).toEqual(Array.from({ length: 5 }, () => ({ control: '#a', value: null })));
	});

	it('refuses a page with nothing to change', () => {
		expect(() => planFilterChanges({ checkboxes: [], menus: [] }, 1, 1)).toThrow();
		// A menu with a single option cannot change either.
		const single = { checkboxes: [], menus: [{ selector: '#m', values: ['x'], current: 'x' }] };
		expect(() => planFilterChanges(single, 1, 1)).toThrow();
	});
});
