import { describe, expect, it } from 'vitest';
import { createViewSql, ident, type SqlQuery } from '../../../src/lib/data/sql/query';
import {
	DISTRICT_VALUES,
	GOVERNANCE_VALUES,
	PHASE_VALUES,
	RAYG_VALUES,
	SIZE_BAND_VALUES,
	type KpiFilter
} from '../../../src/lib/kpi/filter';
import { EXPLORE_KPIS, DEFAULT_KPI, kpiFromParams } from '../../../src/routes/explore/explore';
import {
	allowedFor,
	FILTER_DIMENSIONS,
	FILTER_PARAMS,
	parseFilter,
	type FilterDimension
} from '../../../src/lib/state/url-filter';
import { browserQueries } from '../../helpers/browser-queries';

/**
 * SQL is built only from our own identifiers and bound values, never from the address. Every
 * payload below carries the marker ZQX, so wherever it travels it can be found. Two paths are
 * checked: the real one (address → parseFilter → every query the pages run) and a filter built
 * by hand with hostile values, as if a later change skipped parseFilter: the builders must bind
 * even those, so the SQL text is the same as for ordinary values and the payload is only ever a
 * bound parameter.
 */

const MARK = 'ZQX';
const PAYLOADS = [
	`' OR 1=1 -- ${MARK}`,
	`Watford'); DROP TABLE schools; -- ${MARK}`,
	`" OR ""=" ${MARK}`,
	`1 UNION SELECT * FROM read_csv('/etc/passwd') ${MARK}`,
	`${MARK}' || (SELECT current_setting('threads')) || '`,
	`primary${MARK}`,
	`<script>${MARK}</script>`,
	`\u0000${MARK}\u202e`,
	`2024/25' OR '1'='1 ${MARK}`,
	`${MARK}`.repeat(100)
];

const CANONICAL: Record<FilterDimension, readonly string[]> = {
	districts: DISTRICT_VALUES,
	phases: PHASE_VALUES,
	governance: GOVERNANCE_VALUES,
	rayg: RAYG_VALUES,
	sizeBands: SIZE_BAND_VALUES,
	years: ['2021/22', '2022/23', '2023/24', '2024/25', '2024']
};

/** What each page lets its filter bar (and so its address) choose. */
const PAGE_OPTIONS = {
	'good-schools': {
		districts: DISTRICT_VALUES,
		phases: PHASE_VALUES,
		governance: ['maintained', 'academy'],
		rayg: RAYG_VALUES,
		sizeBands: SIZE_BAND_VALUES
	},
	'closing-the-gap': { districts: DISTRICT_VALUES, phases: PHASE_VALUES },
	send: { districts: DISTRICT_VALUES, phases: PHASE_VALUES },
	'aiming-for-excellence': {
		districts: DISTRICT_VALUES,
		phases: PHASE_VALUES,
		sizeBands: SIZE_BAND_VALUES
	},
	explore: { ...CANONICAL }
};

const sqlTexts = (queries: { query: SqlQuery }[]) => new Set(queries.map((q) => q.query.sql));

/**
 * The explorer batches its cells' queries into UNION ALLs (explore-matrix.ts), so how many parts
 * a batch has depends on how many real districts were chosen. Each part is one cell's query.
 */
const CELL_PART = /^SELECT \d+::INTEGER AS matrix_cell__, \* FROM \(([\s\S]*)\)$/;
const unionParts = (sql: string) =>
	sql.split('\nUNION ALL\n').map((part) => CELL_PART.exec(part)?.[1] ?? part);
const sortedFilter = (filter: KpiFilter) => JSON.stringify(filter, [...FILTER_DIMENSIONS]);

describe('hostile addresses never reach SQL text', () => {
	it.each(Object.entries(PAGE_OPTIONS))(
		'%s: payloads in every parameter are dropped, the valid rest gives the same SQL',
		async (_page, options) => {
			const allowed = allowedFor(options);
			const hostile = new URLSearchParams();
			const valid = new URLSearchParams();
			for (const dimension of FILTER_DIMENSIONS) {
				const param = FILTER_PARAMS[dimension];
				const ok = allowed[dimension][0];
				for (const payload of PAYLOADS) hostile.append(param, payload);
				hostile.append(param.toUpperCase(), `${ok ?? ''},${PAYLOADS[0]}`);
				if (ok) valid.append(param, ok);
			}
			for (const payload of PAYLOADS) hostile.append(payload, payload);

			const parsed = parseFilter(hostile, allowed);
			expect(JSON.stringify(parsed.filter)).not.toContain(MARK);
			expect(sortedFilter(parsed.filter)).toBe(sortedFilter(parseFilter(valid, allowed).filter));
			for (const notice of parsed.notices) expect(notice.length).toBeLessThan(200);

			const fromHostile = await browserQueries(parsed.filter);
			const fromValid = await browserQueries(parseFilter(valid, allowed).filter);
			expect(sqlTexts(fromHostile)).toEqual(sqlTexts(fromValid));
			for (const { query } of fromHostile)
				expect(JSON.stringify([query.sql, query.params])).not.toContain(MARK);
		}
	);

	it('a hostile measure in the explorer falls back to the default, quoted harmlessly', () => {
		for (const payload of PAYLOADS) {
			const { kpiId, notice } = kpiFromParams(new URLSearchParams({ kpi: payload }));
			expect(kpiId).toBe(DEFAULT_KPI);
			expect(EXPLORE_KPIS).toContain(kpiId);
			const quoted = /^Ignored measure "(.*)": not one the explorer can break down\.$/.exec(
				notice ?? ''
			);
			expect(quoted?.[1]).not.toMatch(/[<>'"\u202e\p{Cc}]/u);
		}
	});
});

describe('builders bind values even when handed hostile ones directly', () => {
	/** A filter of ordinary values with the same dimensions and list lengths. */
	const twin = (filter: KpiFilter): KpiFilter =>
		Object.fromEntries(
			Object.entries(filter).map(([d, values]) => [
				d,
				CANONICAL[d as FilterDimension].slice(0, (values as string[]).length)
			])
		);

	const HOSTILE: KpiFilter[] = [
		...FILTER_DIMENSIONS.map((d) => ({ [d]: [PAYLOADS[0]!] })),
		{
			districts: [PAYLOADS[1]!, 'Watford'],
			phases: [PAYLOADS[5]!],
			governance: [PAYLOADS[2]!],
			rayg: [PAYLOADS[3]!, PAYLOADS[4]!],
			sizeBands: [PAYLOADS[6]!],
			years: [PAYLOADS[8]!]
		}
	];

	it.each(HOSTILE.map((f) => [Object.keys(f).join(', '), f] as const))(
		'%s: the same SQL text as ordinary values; the payload only in parameters',
		async (_dims, filter) => {
			const hostile = await browserQueries(filter);
			const ordinary = new Set(
				[...sqlTexts(await browserQueries(twin(filter)))].flatMap(unionParts)
			);
			const bound = new Set<string>();
			for (const { where, query } of hostile) {
				expect(query.sql, where).not.toContain(MARK);
				// The explorer keeps only real districts and phases, so a hostile one adds no cells;
				// every query it does run has the same text as one for ordinary values.
				for (const part of unionParts(query.sql))
					expect(ordinary.has(part), `${where}:\n${part}`).toBe(true);
				for (const p of query.params) if (String(p).includes(MARK)) bound.add(String(p));
			}
			// Not silently dropped either: each payload was bound into some query.
			const payloads = Object.values(filter)
				.flat()
				.filter((v) => v.includes(MARK));
			expect([...bound].sort()).toEqual([...new Set(payloads)].sort());
		}
	);
});

describe('identifiers', () => {
	it('only our own plain names can become identifiers', () => {
		expect(ident('rayg_ratings')).toBe('rayg_ratings');
		for (const name of ['schools; DROP TABLE x', 'a"b', "a'b", 'Schools', '1x', '', 'a b'])
			expect(() => ident(name)).toThrow(/Not a safe SQL identifier/);
	});

	it('a file reference cannot break out of its string literal', () => {
		expect(createViewSql('schools', "x'); DROP TABLE y; --.parquet")).toBe(
			"CREATE OR REPLACE VIEW schools AS SELECT * FROM read_parquet('x''); DROP TABLE y; --.parquet')"
		);
	});
});
