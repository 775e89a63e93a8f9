import type { TransferTotal } from './compression';
import type { GoalCheck } from './goals';
import type { MachineDescription } from './machine';
import type { ScaleName } from './scales';
import type { Summary } from './stats';

/** What `bench/results.json` holds: every figure of one full run, both scales. */
export interface ScaleResults {
	data: { schools: number; rows: number; extractBytes: number };
	runs: number;
	/**
	 * The machine's 1-minute load average when this scale's measurements started and ended. The
	 * machines are shared: above about 2 (the core count) other work was competing for the CPU.
	 */
	loadAverage: { start: number; end: number };
	/** A plain HTML page with only the three numbers, timed the same way: the floor. */
	floorColdMs: Summary;
	headlineColdMs: Summary;
	headlineWarmMs: Summary;
	duckdbReadyColdMs: Summary;
	duckdbReadyWarmMs: Summary;
	/** Bytes of the first cold visit (identical run to run: the same files are fetched). */
	overviewBeforeDuckdb: TransferTotal;
	overviewTotal: TransferTotal;
	heapUsedMB: Summary;
	filterChangeMs: Summary;
	/** Per page: latency, and of it the time spent in queries (the rest is rendering). */
	filterChangeByPage: Record<
		string,
		Summary & { timedOut: number; errors: number; queriesMedian: number }
	>;
}

export interface BenchResults {
	date: string;
	machine: MachineDescription;
	settings: { runs: number; changesPerPage: number; seed: number };
	scales: Partial<Record<ScaleName, ScaleResults>>;
	goals: GoalCheck[];
}
