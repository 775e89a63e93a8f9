import { describe, expect, it } from 'vitest';
import {
	DISTRICT_VALUES,
	GOVERNANCE_VALUES,
	PHASE_VALUES,
	RAYG_VALUES,
	SIZE_BAND_VALUES,
	type KpiFilter
} from '../../../src/lib/kpi/filter';
import {
	allowedFor,
	canonicalValues,
	describeFilter,
	FILTER_DIMENSIONS,
	normalizeFilter,
	parseFilter,
	serializeFilter,
	valueLabel,
	type FilterDimension
} from '../../../src/lib/state/url-filter';

/**
 * The URL is the one untrusted input every page reads, so these tests pin down what each address
 * means (hand-written expectations, never output of the code under test), that the same view has
 * one address, and that no address, however hostile, throws or smuggles a value into the filter.
 */

const parse = (query: string, allowed?: Parameters<typeof parseFilter>[1]) =>
	parseFilter(new URLSearchParams(query), allowed);

const CANONICAL: Record<Exclude<FilterDimension, 'years'>, readonly string[]> = {
	districts: DISTRICT_VALUES,
	phases: PHASE_VALUES,
	governance: GOVERNANCE_VALUES,
	rayg: RAYG_VALUES,
	sizeBands: SIZE_BAND_VALUES
};

describe('parseFilter', () => {
	const cases: { name: string; query: string; filter: KpiFilter; notices?: string[] }[] = [
		{ name: 'nothing', query: '', filter: {} },
		{ name: 'one district', query: 'district=Watford', filter: { districts: ['Watford'] } },
		{
			name: 'repeated parameter, sorted into canonical order',
			query: 'district=Watford&district=Dacorum',
			filter: { districts: ['Dacorum', 'Watford'] }
		},
		{
			name: 'comma-separated values',
			query: 'district=Watford,Dacorum,Broxbourne',
			filter: { districts: ['Broxbourne', 'Dacorum', 'Watford'] }
		},
		{
			name: 'both forms at once, duplicates removed',
			query: 'district=Watford,Dacorum&district=watford&district=Dacorum',
			filter: { districts: ['Dacorum', 'Watford'] }
		},
		{
			name: 'multi-word district written with + and %20',
			query: 'district=East+Hertfordshire&district=welwyn%20hatfield',
			filter: { districts: ['East Hertfordshire', 'Welwyn Hatfield'] }
		},
		{
			name: 'phases in canonical (not alphabetical) order',
			query: 'phase=special,secondary,primary,nursery',
			filter: { phases: ['nursery', 'primary', 'secondary', 'special'] }
		},
		{
			name: 'hyphenated phases',
			query: 'phase=post-16&phase=All-Through&phase=alternative provision',
			filter: { phases: ['all-through', 'alternative provision', 'post-16'] }
		},
		{
			name: 'every dimension, in any parameter order',
			query:
				'year=2024/25&size=small&rayg=amber&governance=academy&phase=primary&district=Stevenage',
			filter: {
				districts: ['Stevenage'],
				phases: ['primary'],
				governance: ['academy'],
				rayg: ['amber'],
				sizeBands: ['small'],
				years: ['2024/25']
			}
		},
		{
			name: 'RAYG ratings with spaces, hyphens or underscores',
			query: 'rayg=red,Dark Green,light-green,YELLOW',
			filter: { rayg: ['dark_green', 'light_green', 'yellow', 'red'] }
		},
		{
			name: 'years oldest first; academic and calendar',
			query: 'year=2024/25,2021,2021/22',
			filter: { years: ['2021', '2021/22', '2024/25'] }
		},
		{
			name: 'academic years written as 2023-24 or 2023/2024',
			query: 'year=2023-24&year=2022/2023&year=1999/00',
			filter: { years: ['1999/00', '2022/23', '2023/24'] }
		},
		{
			name: 'empty values and stray commas are not notices',
			query: 'district=&district=,,Watford,&phase=',
			filter: { districts: ['Watford'] }
		},
		{
			name: 'parameter names regardless of case',
			query: 'District=Watford&PHASE=primary',
			filter: { districts: ['Watford'], phases: ['primary'] }
		},
		{
			name: 'unknown district',
			query: 'district=Narnia&district=Watford',
			filter: { districts: ['Watford'] },
			notices: ['Ignored district "Narnia": not a Hertfordshire district.']
		},
		{
			name: 'unknown parameter',
			query: 'colour=blue&phase=primary',
			filter: { phases: ['primary'] },
			notices: ['Ignored "colour" in the address: it is not a filter this page uses.']
		},
		{
			name: 'plural parameter names are not guessed at',
			query: 'districts=Watford',
			filter: {},
			notices: ['Ignored "districts" in the address: it is not a filter this page uses.']
		},
		{
			name: 'malformed years',
			query: 'year=2024/26&year=24/25&year=20245&year=2024/25',
			filter: { years: ['2024/25'] },
			notices: [
				'Ignored year "2024/26": not a year (use 2024/25 for an academic year or 2024 for a calendar year).',
				'Ignored year "24/25": not a year (use 2024/25 for an academic year or 2024 for a calendar year).',
				'Ignored year "20245": not a year (use 2024/25 for an academic year or 2024 for a calendar year).'
			]
		},
		{
			name: 'the same bad value twice gives one notice',
			query: 'size=huge&size=huge,huge',
			filter: {},
			notices: ['Ignored size "huge": not a school size (small, medium or large).']
		},
		{
			name: 'governance and rating notices',
			query: 'governance=independent&rayg=purple',
			filter: {},
			notices: [
				'Ignored governance "independent": not a governance type this dashboard knows (maintained, academy or other).',
				'Ignored rayg "purple": not a RAYG rating (dark green, light green, yellow, amber or red).'
			]
		},
		{
			name: 'prototype names are just unknown parameters and values',
			query: '__proto__=x&constructor=y&district=__proto__&district=toString',
			filter: {},
			notices: [
				'Ignored "__proto__" in the address: it is not a filter this page uses.',
				'Ignored "constructor" in the address: it is not a filter this page uses.',
				'Ignored district "__proto__": not a Hertfordshire district.',
				'Ignored district "toString": not a Hertfordshire district.'
			]
		},
		{
			name: 'SQL and HTML text are values like any other',
			query: `district=${encodeURIComponent("Watford'); DROP TABLE schools;--")}&phase=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
			filter: {},
			notices: [
				'Ignored district "Watford\'); DROP TABLE schools;--": not a Hertfordshire district.',
				'Ignored phase "<img src=x onerror=alert(1)>": not a school phase this dashboard knows.'
			]
		},
		{
			name: 'control and direction characters are removed from notices',
			query: `district=${encodeURIComponent('Nar\u0000nia\u202e\n')}`,
			filter: {},
			notices: ['Ignored district "Narnia": not a Hertfordshire district.']
		},
		{
			name: 'long values are cut short in notices',
			query: `district=${'A'.repeat(5000)}`,
			filter: {},
			notices: [`Ignored district "${'A'.repeat(40)}…": not a Hertfordshire district.`]
		}
	];

	it.each(cases)('$name', ({ query, filter, notices = [] }) => {
		expect(parse(query)).toEqual({ filter, notices });
	});

	it('matches every canonical value whatever its case', () => {
		for (const [dimension, values] of Object.entries(CANONICAL)) {
			const param = serializeFilter({ [dimension]: [values[0]] })
				.keys()
				.next().value as string;
			for (const value of values) {
				for (const spelling of [value.toUpperCase(), value.toLowerCase(), ` ${value} `]) {
					const { filter, notices } = parse(`${param}=${encodeURIComponent(spelling)}`);
					expect(filter, `${param}=${spelling}`).toEqual({ [dimension]: [value] });
					expect(notices).toEqual([]);
				}
			}
		}
	});

	it('no two canonical values of a dimension are the same value to the matcher', () => {
		for (const [dimension, values] of Object.entries(CANONICAL)) {
			const respelt = canonicalValues(dimension as FilterDimension, [...values]);
			expect(respelt).toEqual([...values]);
		}
	});

	it('limits notices and says how many more were ignored', () => {
		const query = Array.from({ length: 25 }, (_, i) => `district=Nowhere${i}`).join('&');
		const { notices } = parse(query);
		expect(notices).toHaveLength(11);
		expect(notices[0]).toBe('Ignored district "Nowhere0": not a Hertfordshire district.');
		expect(notices[10]).toBe('15 more parts of the address also ignored.');
	});

	describe('with a page’s allowed values', () => {
		it('keeps only what the page offers and says why the rest went', () => {
			const result = parse('district=Watford,Dacorum&phase=primary&year=2019/20,2024/25', {
				districts: ['Dacorum', 'Hertsmere'],
				phases: [],
				years: ['2023/24', '2024/25']
			});
			expect(result).toEqual({
				filter: { districts: ['Dacorum'], years: ['2024/25'] },
				notices: [
					'Ignored district "Watford": this page has no data for it.',
					'Ignored phase "primary": this page cannot be filtered by phase.',
					'Ignored year "2019/20": this page has no data for it.'
				]
			});
		});

		it('never widens the canonical lists', () => {
			const result = parse('district=Narnia', { districts: ['Narnia', 'Watford'] });
			expect(result.filter).toEqual({});
			expect(result.notices).toEqual(['Ignored district "Narnia": not a Hertfordshire district.']);
		});

		it('allowedFor turns a filter bar’s offer into what the address may hold', () => {
			const available = { districts: ['Watford'], years: ['2024/25'] };
			expect(allowedFor(available)).toEqual({
				districts: ['Watford'],
				phases: [],
				governance: [],
				rayg: [],
				sizeBands: [],
				years: ['2024/25']
			});
			expect(parse('district=Watford&phase=primary', allowedFor(available))).toEqual({
				filter: { districts: ['Watford'] },
				notices: ['Ignored phase "primary": this page cannot be filtered by phase.']
			});
		});

		it('matches allowed values regardless of case', () => {
			expect(parse('rayg=RED', { rayg: ['Red', 'amber'] }).filter).toEqual({ rayg: ['red'] });
		});
	});

	it('does not change the params it reads', () => {
		const params = new URLSearchParams('district=watford&foo=1');
		parseFilter(params);
		expect(params.toString()).toBe('district=watford&foo=1');
	});
});

describe('serializeFilter', () => {
	const cases: { name: string; filter: KpiFilter; query: string }[] = [
		{ name: 'all of Hertfordshire', filter: {}, query: '' },
		{ name: 'empty lists', filter: { districts: [], years: [] }, query: '' },
		{
			name: 'fixed dimension order whatever the object key order',
			filter: { years: ['2024/25'], phases: ['primary'], districts: ['Watford'] },
			query: 'district=Watford&phase=primary&year=2024%2F25'
		},
		{
			name: 'values canonical, sorted and unique',
			filter: { districts: ['watford', 'Dacorum', 'Watford'], rayg: ['red', 'dark green'] },
			query: 'district=Dacorum&district=Watford&rayg=dark_green&rayg=red'
		},
		{
			name: 'values parseFilter would ignore are left out',
			filter: { districts: ['Narnia'], sizeBands: ['huge', 'small'], years: ['2024/26'] },
			query: 'size=small'
		},
		{
			name: 'spaces encoded',
			filter: { districts: ['East Hertfordshire'], phases: ['alternative provision'] },
			query: 'district=East+Hertfordshire&phase=alternative+provision'
		}
	];

	it.each(cases)('$name', ({ filter, query }) => {
		expect(serializeFilter(filter).toString()).toBe(query);
	});

	it('gives the same address for the same view however it was built', () => {
		const a = serializeFilter({ phases: ['secondary', 'primary'], districts: ['Watford'] });
		const b = serializeFilter({ districts: ['WATFORD'], phases: ['primary', 'secondary'] });
		expect(a.toString()).toBe(b.toString());
	});

	it('round-trips through parseFilter', () => {
		const filters: KpiFilter[] = [
			{},
			{ districts: [...DISTRICT_VALUES] },
			{ districts: ['Watford', 'Dacorum'], phases: ['primary'] },
			{ phases: [...PHASE_VALUES], governance: [...GOVERNANCE_VALUES], rayg: [...RAYG_VALUES] },
			{ sizeBands: [...SIZE_BAND_VALUES], years: ['2024', '2021/22', '2099/00', '1990'] },
			{ districts: ['st albans', 'Narnia'], rayg: ['Dark_Green'] }
		];
		for (const filter of filters) {
			const { filter: back, notices } = parseFilter(serializeFilter(filter));
			expect(back).toEqual(normalizeFilter(filter));
			expect(notices).toEqual([]);
			// And a second trip changes nothing: the address is a fixed point.
			expect(serializeFilter(back).toString()).toBe(serializeFilter(filter).toString());
		}
	});

	it('does not change the filter it is given', () => {
		const filter: KpiFilter = { districts: ['Watford', 'Dacorum'] };
		serializeFilter(filter);
		normalizeFilter(filter);
		expect(filter).toEqual({ districts: ['Watford', 'Dacorum'] });
	});
});

describe('describeFilter', () => {
	const cases: { filter: KpiFilter; words: string }[] = [
		{ filter: {}, words: 'All of Hertfordshire' },
		{ filter: { districts: [], phases: [] }, words: 'All of Hertfordshire' },
		{
			filter: { districts: ['Watford', 'Dacorum'], phases: ['primary'] },
			words: 'Watford and Dacorum; primary schools'
		},
		{
			filter: { districts: ['Broxbourne', 'Dacorum', 'Watford'] },
			words: 'Broxbourne, Dacorum and Watford'
		},
		{
			filter: { phases: ['primary', 'secondary'] },
			words: 'All of Hertfordshire; primary and secondary schools'
		},
		{
			filter: { governance: ['maintained', 'academy'] },
			words: 'All of Hertfordshire; maintained schools and academies'
		},
		{
			filter: { rayg: ['amber', 'red'] },
			words: 'All of Hertfordshire; latest RAYG rating amber or red'
		},
		{
			filter: { rayg: ['dark_green'] },
			words: 'All of Hertfordshire; latest RAYG rating dark green'
		},
		{
			filter: { districts: ['Stevenage'], sizeBands: ['small'] },
			words: 'Stevenage; small schools (under 210 pupils)'
		},
		{
			filter: { sizeBands: ['medium', 'large'] },
			words:
				'All of Hertfordshire; medium schools (210–629 pupils) and large schools (630 or more pupils)'
		},
		{
			filter: { years: ['2023/24', '2024/25'] },
			words: 'All of Hertfordshire; academic years 2023/24 and 2024/25'
		},
		{ filter: { years: ['2024'] }, words: 'All of Hertfordshire; calendar year 2024' },
		{
			filter: { years: ['2024', '2024/25'] },
			words: 'All of Hertfordshire; years 2024 and 2024/25'
		}
	];

	it.each(cases)('$words', ({ filter, words }) => {
		expect(describeFilter(filter)).toBe(words);
	});
});

describe('valueLabel', () => {
	it.each([
		['districts', 'St Albans', 'St Albans'],
		['phases', 'post-16', 'Post-16'],
		['phases', 'alternative provision', 'Alternative provision'],
		['rayg', 'dark_green', 'Dark green'],
		['governance', 'academy', 'Academy'],
		['sizeBands', 'medium', 'Medium (210–629 pupils)'],
		['years', '2024/25', '2024/25']
	] as const)('%s %s → %s', (dimension, value, label) => {
		expect(valueLabel(dimension, value)).toBe(label);
	});
});

/** mulberry32: a tiny seeded PRNG, so a failing case can be replayed from its index. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('parseFilter against generated hostile addresses', () => {
	const random = prng(0x48455254); // "HERT"
	const int = (n: number) => Math.floor(random() * n);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

	const allCanonical = [...Object.values(CANONICAL).flat(), '2024/25', '2021', '2023-24'];
	const names = [
		'district',
		'phase',
		'governance',
		'rayg',
		'size',
		'year',
		'DISTRICT',
		'Year',
		' phase ',
		'districts',
		'__proto__',
		'constructor',
		'prototype',
		'hasOwnProperty',
		'',
		'a'.repeat(3000),
		'filter[district]'
	];
	const hostile = [
		'__proto__',
		'constructor',
		'toString',
		"'; DROP TABLE schools; --",
		'1 OR 1=1',
		'<script>alert(1)</script>',
		'"><svg onload=alert(1)>',
		'\u0000',
		'\u202eevil',
		'\ud800',
		'Watford\u0000',
		'W\u200batford',
		'２０２４',
		'2024/26',
		'0000',
		'9999/00',
		'-2024',
		'2024/25/26',
		'NaN',
		'Infinity',
		'%',
		'%%',
		'%E0%A4%A',
		'=',
		'&',
		','
	];

	/** A value: canonical (maybe respelt), hostile, or random code units, sometimes percent-encoded. */
	function value(): string {
		const roll = random();
		let v: string;
		if (roll < 0.35) {
			v = pick(allCanonical);
			if (random() < 0.5) v = random() < 0.5 ? v.toUpperCase() : v.replace(/ /g, '_');
		} else if (roll < 0.6) {
			v = pick(hostile);
		} else if (roll < 0.62) {
			v = pick(['x', 'Watford', '<b>', '\u0007']).repeat(10_000 + int(100_000));
		} else {
			v = Array.from({ length: int(30) }, () => String.fromCharCode(int(0x10000))).join('');
		}
		return random() < 0.5 ? encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '')) : v;
	}

	function query(): string {
		const pairs = Array.from({ length: int(12) }, () => {
			// Now and then thousands of short values in one parameter.
			const values =
				random() < 0.03
					? Array.from({ length: 2000 + int(3000) }, () =>
							pick([...allCanonical, ...hostile])
						).join(',')
					: Array.from({ length: 1 + int(4) }, value).join(',');
			return random() < 0.1 ? pick(names) : `${pick(names)}=${values}`;
		});
		return pairs.join(random() < 0.9 ? '&' : pick([';', '&&', '?', '#']));
	}

	const YEAR = /^(\d{4})(?:\/(\d{2}))?$/;
	function isAllowedYear(year: string): boolean {
		const m = YEAR.exec(year);
		if (!m) return false;
		return m[2] === undefined || Number(m[2]) === (Number(m[1]) + 1) % 100;
	}

	function check(
		filter: KpiFilter,
		notices: string[],
		allowed?: Parameters<typeof parseFilter>[1]
	) {
		expect(Object.keys(filter).every((k) => (FILTER_DIMENSIONS as string[]).includes(k))).toBe(
			true
		);
		for (const dimension of FILTER_DIMENSIONS) {
			const values = filter[dimension];
			if (values === undefined) continue;
			expect(values.length).toBeGreaterThan(0);
			expect(new Set(values).size).toBe(values.length);
			for (const v of values) {
				if (dimension === 'years') expect(isAllowedYear(v), v).toBe(true);
				else expect(CANONICAL[dimension]).toContain(v);
				if (allowed?.[dimension]) expect(allowed[dimension]).toContain(v);
			}
			// Canonical order: parsing the canonical address again gives the same lists.
			expect(canonicalValues(dimension, values)).toEqual(values);
		}
		expect(notices.length).toBeLessThanOrEqual(11);
		for (const notice of notices) {
			expect(notice.length).toBeLessThan(250);
			expect(notice).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
		}
	}

	it('never throws and only ever yields allowed values (2,400 addresses)', () => {
		for (let i = 0; i < 2400; i++) {
			const q = query();
			// A third of the time the page narrows what it accepts, as a real page would.
			const allowed =
				i % 3 === 0
					? {
							districts: DISTRICT_VALUES.filter(() => random() < 0.5),
							phases: random() < 0.2 ? [] : PHASE_VALUES.filter(() => random() < 0.5),
							years: ['2023/24', '2024/25', '2024']
						}
					: undefined;
			let result: ReturnType<typeof parseFilter> | undefined;
			expect(() => {
				result = parseFilter(new URLSearchParams(q), allowed);
			}, `case ${i}`).not.toThrow();
			if (!result) throw new Error(`case ${i}: no result`);
			check(result.filter, result.notices, allowed);
			// Whatever came in, the canonical address of the result reads back exactly.
			const again = parseFilter(serializeFilter(result.filter));
			expect(again).toEqual({ filter: result.filter, notices: [] });
		}
	});

	it('copes with filters built from junk in code (serialize and describe)', () => {
		for (let i = 0; i < 300; i++) {
			const junk = Object.fromEntries(
				FILTER_DIMENSIONS.map((d) => [d, Array.from({ length: int(6) }, value)])
			) as KpiFilter;
			expect(() => describeFilter(junk)).not.toThrow();
			const { filter, notices } = parseFilter(serializeFilter(junk));
			expect(notices).toEqual([]);
			check(filter, notices);
		}
	});
});
