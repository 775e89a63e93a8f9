/**
 * Moves labels apart vertically so that none overlap, keeping each as near its anchor as it can.
 * Used for the direct labels at the ends of lines, where two series often end close together.
 */

/**
 * `wanted`: each label's ideal centre, in pixels from the top. `sizes`: each label's height (or
 * one height for all); neighbours are stacked edge to edge, never overlapping. Labels that would
 * overlap form a block centred on the average of where they want to be, so no label is pushed
 * much further than its neighbours are. `min`/`max`: the band the centres must stay within
 * (given up when the labels cannot all fit). Returns the centres in input order; the input is not
 * changed.
 */
export function dodge(
	wanted: readonly number[],
	sizes: number | readonly number[],
	min = -Infinity,
	max = Infinity
): number[] {
	const size = (i: number) => (typeof sizes === 'number' ? sizes : (sizes[i] ?? 0));
	const order = wanted.map((y, i) => ({ y, i, h: size(i) })).sort((a, b) => a.y - b.y || a.i - b.i);

	interface Block {
		items: typeof order;
		/** Top edge of the block. */
		top: number;
		height: number;
	}

	/** Where a block's top goes: its items' average wish, kept inside the band. */
	const settle = (b: Block) => {
		let offset = 0;
		let sum = 0;
		for (const item of b.items) {
			sum += item.y - (offset + item.h / 2);
			offset += item.h;
		}
		const first = b.items[0] as (typeof order)[number];
		const last = b.items[b.items.length - 1] as (typeof order)[number];
		let top = sum / b.items.length;
		top = Math.min(top, max - (b.height - last.h / 2));
		top = Math.max(top, min - first.h / 2);
		b.top = top;
	};

	const blocks: Block[] = [];
	for (const item of order) {
		const block: Block = { items: [item], top: 0, height: item.h };
		settle(block);
		blocks.push(block);
		// Merge with the block above while the two overlap, then settle the merged block.
		while (blocks.length > 1) {
			const b = blocks[blocks.length - 1] as Block;
			const a = blocks[blocks.length - 2] as Block;
			if (a.top + a.height <= b.top) break;
			blocks.pop();
			a.items.push(...b.items);
			a.height += b.height;
			settle(a);
		}
	}

	const out = new Array<number>(wanted.length);
	for (const b of blocks) {
		let offset = b.top;
		for (const item of b.items) {
			out[item.i] = offset + item.h / 2;
			offset += item.h;
		}
	}
	return out;
}

/**
 * How many lines `text` wraps to with about `perLine` characters a line (greedy, by words). An
 * estimate: the server cannot measure text, so labels are spaced from this.
 */
export function estimateLines(text: string, perLine: number): number {
	const limit = Math.max(1, Math.floor(perLine));
	let lines = 1;
	let used = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (used === 0) used = word.length;
		else if (used + 1 + word.length <= limit) used += 1 + word.length;
		else {
			lines += 1;
			used = word.length;
		}
		// A word longer than a line overflows onto further lines of its own.
		while (used > limit) {
			lines += 1;
			used -= limit;
		}
	}
	return lines;
}
