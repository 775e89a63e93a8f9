/**
 * Deterministic pseudo-random numbers for the illustrative datasets. Each dataset draws from its
 * own stream (seeded from the global seed and the dataset name) so that adding or changing one
 * generator does not shift the numbers of the others.
 */
export class SeededRandom {
	private state: number;

	constructor(seed: number, stream = '') {
		let h = seed >>> 0;
		for (let i = 0; i < stream.length; i++)
			h = Math.imul(h ^ stream.charCodeAt(i), 0x9e3779b1) >>> 0;
		this.state = h || 0x6d2b79f5;
	}

	/** Uniform in [0, 1): mulberry32. */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability p. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick() from an empty list');
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** Approximately normal (Irwin–Hall of 6 uniforms), mean 0, sd 1. */
	normal(): number {
		let s = 0;
		for (let i = 0; i < 6; i++) s += this.next();
		return (s - 3) / Math.sqrt(0.5);
	}
}

/** The one seed the demo extracts are generated from. Change it and every illustrative number changes. */
export const DEMO_SEED = 20261123;
