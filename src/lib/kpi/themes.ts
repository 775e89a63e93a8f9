import type { Theme } from './definition';

/** The four themes, their pages and how members know them. */
export const THEMES: Record<
	Theme,
	{
		title: string;
		short: string;
		path: '/good-schools' | '/closing-the-gap' | '/send' | '/aiming-for-excellence';
	}
> = {
	good_schools: {
		title: 'Contract priority 1: more good and outstanding schools',
		short: 'Good schools',
		path: '/good-schools'
	},
	closing_the_gap: {
		title: 'Contract priority 2: closing the gap for disadvantaged pupils',
		short: 'Closing the gap',
		path: '/closing-the-gap'
	},
	send: { title: 'SEND improvement plan', short: 'SEND', path: '/send' },
	a4e: {
		title: 'Aiming for Excellence',
		short: 'Aiming for Excellence',
		path: '/aiming-for-excellence'
	}
};

export const THEME_ORDER: Theme[] = ['good_schools', 'closing_the_gap', 'send', 'a4e'];
