import { kpiCommentarySchema } from '../../../src/lib/data/schemas/illustrative';
import type { Row } from '../lib/rows';
import type { DemoGenerator } from './context';
import { addDays, illustrativeSource } from './sampling';

/** Every entry ends by saying what it is, so it can never be quoted as the council's view. */
const DISCLAIMER = 'This commentary is illustrative, written for the demo, not a council view.';

const SCHOOL_IMPROVEMENT = 'Head of School Improvement (illustrative)';
const VULNERABLE_GROUPS = 'Lead for Vulnerable Learners (illustrative)';
const SEND_STATUTORY = 'Head of SEND Statutory Services (illustrative)';
const SEND_STRATEGY = 'SEND Strategy Lead (illustrative)';
const SEND_SUFFICIENCY = 'Head of SEND Sufficiency (illustrative)';
const A4E = 'Aiming for Excellence Programme Lead (illustrative)';

/**
 * One note per KPI and year, using only facts from the source documents and the public data (series
 * breaks, targets and their dates, definitions), never invented performance claims.
 */
const NOTES: { kpiId: string; author: string; years: Record<string, string> }[] = [
	{
		kpiId: 'good_outstanding_schools_pct',
		author: SCHOOL_IMPROVEMENT,
		years: {
			'2021/22': 'First year of the 2021–26 strategy and the baseline for contract priority 1. Routine inspections had only just restarted after the pandemic, so many grades were several years old.',
			'2022/23': 'Read the share of schools beside the share of pupils in good or outstanding schools: large schools move the pupil figure more than the count.',
			'2023/24': 'The last full year of single-word overall grades; RAYG ratings help where a grade is several years old.',
			'2024/25': 'Ofsted stopped giving overall effectiveness grades on 2 September 2024, so this series is frozen there and labelled last comparable.',
			'2025/26': 'Report cards began on 10 November 2025 and are shown by evaluation area on their own scale; they are never mapped onto good or outstanding.'
		}
	},
	{
		kpiId: 'ks2_rwm_gap_national_other',
		author: VULNERABLE_GROUPS,
		years: {
			'2021/22': 'KS2 tests returned in 2022 after two years without them, so the trend starts again here and does not join across 2020 and 2021.',
			'2022/23': "The gap is against national other pupils, DfE's comparator, with the gap within Hertfordshire shown beside it.",
			'2023/24': 'With 2022 as the first comparable year, this is the first year with the three years needed to measure the pace of closing.',
			'2024/25': 'Read the gap beside attainment for all pupils: the priority is to close it while keeping attainment high.',
			'2025/26': 'The strategy ends this year; the rewrite for 2026–27 will set the next ambition for this gap.'
		}
	},
	{
		kpiId: 'ks4_att8_gap_national_other',
		author: VULNERABLE_GROUPS,
		years: {
			'2021/22': 'GCSE grades were centre- then teacher-assessed in 2020 and 2021, so 2022 starts a new comparable series.',
			'2022/23': 'Grading in England returned to pre-pandemic standards in 2023, which lowered results nationally compared with 2022.',
			'2023/24': "The gap is in Attainment 8 points against national other pupils, DfE's comparator, with the gap within Hertfordshire beside it.",
			'2024/25': 'Read the gap beside Attainment 8 for all pupils: the priority is to close it while keeping attainment high.',
			'2025/26': 'The strategy ends this year; the rewrite for 2026–27 will set the next ambition for this gap.'
		}
	},
	{
		kpiId: 'ehcp_20_weeks_excluding_exceptions_pct',
		author: SEND_STATUTORY,
		years: {
			'2021/22': 'Timeliness fell sharply in calendar 2022 as requests for assessment rose.',
			'2022/23': 'The SEND improvement plan commits to meeting statutory timescales more consistently. The monthly series is illustrative local tracking; annual figures are DfE SEN2.',
			'2023/24': 'SEN2 shows calendar 2024 well ahead of 2023. The default view excludes exceptions, with the figure including them beside it.',
			'2024/25': 'HCC set a milestone of 60% of plans within 20 weeks by April 2025.',
			'2025/26': 'Where SEN2 has no annual figure yet, only the illustrative monthly series covers the year.'
		}
	},
	{
		kpiId: 'valuing_send_training_pct',
		author: SEND_STRATEGY,
		years: {
			'2022/23': 'The plan set targets of 70% of schools trained in Valuing SEND by 31 August 2023 and 75% by 31 December 2023.',
			'2023/24': 'Training continued after the December 2023 target date, and a plan for private, voluntary and independent settings and colleges followed.',
			'2024/25': 'Both target dates have passed; this year shows whether the remaining schools were reached.'
		}
	},
	{
		kpiId: 'valuing_send_readiness_pct',
		author: SEND_STRATEGY,
		years: {
			'2022/23': "The targets were that 50% of trained schools complete their 'setting readiness' score by August 2023 and 60% by December 2023.",
			'2023/24': 'The share is of schools trained by each date, so it can dip when a new group of schools is trained.',
			'2024/25': 'Scores completed after the target dates still count in the trend.'
		}
	},
	{
		kpiId: 'ehcna_valuing_send_radar_pct',
		author: SEND_STRATEGY,
		years: {
			'2022/23': 'The target is for 25% of EHC needs assessments to include a Valuing SEND radar by April 2024, measured on assessments completed in the month.',
			'2023/24': 'April 2024 is the target month; read it against the trend rather than as a single month.',
			'2024/25': 'The target date has passed; the trend shows whether radars became a routine part of assessment.'
		}
	},
	{
		kpiId: 'sld_places_west',
		author: SEND_SUFFICIENCY,
		years: {
			'2022/23': 'The plan commits to 300 new severe learning difficulty places (100 each in the west, east and north), two 60-place communication and autism schools, 13 resource provisions, a 25-place rebuild and enlargement classes.',
			'2023/24': 'Places count as delivered when they open, with the children formally offered a place shown against them.',
			'2024/25': 'Pupils awaiting a severe learning difficulty place are shown beside the new places, as the list should fall when places open.',
			'2025/26': 'Where a project opens in phases, its status note gives the date of the next phase.'
		}
	},
	{
		kpiId: 'a4e_schools_with_licence_pct',
		author: A4E,
		years: {
			'2023/24': "'When the Adults Change' licences were offered at £37.50 rather than £65, with 2, 6 or 12 recommended for a small, medium or large school.",
			'2024/25': 'The offer does not define school sizes, so the bands used here (under 210 pupils, 210–629, 630 or more) are our own.',
			'2025/26': 'The learning offer was planned for 2023–24 and 2024–25, so this year shows whether uptake lasted.'
		}
	}
]; // prettier-ignore

export const generateKpiCommentary: DemoGenerator = (ctx) => {
	const random = ctx.random(kpiCommentarySchema.name);
	const rows: Row[] = [];
	for (const { kpiId, author, years } of [...NOTES].sort((a, b) => a.kpiId.localeCompare(b.kpiId)))
		for (const [academicYear, note] of Object.entries(years).sort(([a], [b]) =>
			a.localeCompare(b)
		)) {
			// Written for the JAPR in the autumn after the year ends.
			const endYear = Number(academicYear.slice(0, 4)) + 1;
			rows.push({
				kpi_id: kpiId,
				academic_year: academicYear,
				author,
				written_on: addDays(`${endYear}-10-01`, random.int(0, 42)),
				commentary: `${note} ${DISCLAIMER}`
			});
		}
	const asAt = rows.map((r) => String(r.written_on)).reduce((a, b) => (a > b ? a : b), '');
	return {
		schema: kpiCommentarySchema,
		rows,
		asAt,
		source: illustrativeSource(ctx.seed)
	};
};
