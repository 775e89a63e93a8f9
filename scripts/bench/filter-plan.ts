import { SeededRandom } from '../extracts/lib/seeded-random';

/** The filter controls a page offers (see FILTER_CONTROLS in page-probes.ts). */
export interface FilterControls {
	checkboxes: string[];
	menus: { selector: string; values: string[]; current: string }[];
}

/** One change a person makes: click a checkbox, or choose `value` in a menu. */
export interface FilterStep {
	control: string;
	value: string | null;
}

/** Share of changes made with a menu (year, measure) rather than a checkbox. */
const MENU_SHARE = 0.2;

/**
 * A fixed, seeded sequence of `count` filter changes over the page's controls: mostly checkbox
 * clicks (which always change the filter, on or off), sometimes a menu choice, always a value
 * other than the one chosen now, so every step is a real change the page must answer.
 */
export function planFilterChanges(
	controls: FilterControls,
	count: number,
	seed: number
): FilterStep[] {
	const random = new SeededRandom(seed, 'bench:filters');
	const menus = controls.menus
		.filter((m) => m.values.length > 1)
		.map((m) => ({ ...m, now: m.current }));
	if (controls.checkboxes.length === 0 && menus.length === 0)
		throw new Error('The page offers no filter controls to change.');
	const steps: FilterStep[] = [];
	for (let i = 0; i < count; i++) {
		const useMenu =
			menus.length > 0 && (controls.checkboxes.length === 0 || random.chance(MENU_SHARE));
		if (useMenu) {
			const menu = random.pick(menus);
			const value = random.pick(menu.values.filter((v) => v !== menu.now));
			menu.now = value;
			steps.push({ control: menu.selector, value });
		} else steps.push({ control: random.pick(controls.checkboxes), value: null });
	}
	return steps;
}
