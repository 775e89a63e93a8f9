/**
 * What a caller asks for (title, source, size, notice), and the image size checked once for both
 * the SVG and the PNG so that they are always the same size.
 */

export interface ChartImageOptions {
	/** The chart's title, burnt in at the top (bold, wrapped to up to three lines). */
	title: string;
	/** Where the data comes from, burnt in at the bottom after "Source: ". */
	source: string;
	/** Image width in pixels. Default 1920. */
	width?: number;
	/** Image height in pixels. Default 1080. */
	height?: number;
	/** True when the data is generated for the demo: the image says so under the title. */
	illustrative?: boolean;
}

const DEFAULT_WIDTH = 1920;
const DEFAULT_HEIGHT = 1080;

/** The image size asked for, or the default; throws when it is not a sensible whole size. */
export function sizeOf(options: ChartImageOptions): { width: number; height: number } {
	const width = options.width ?? DEFAULT_WIDTH;
	const height = options.height ?? DEFAULT_HEIGHT;
	for (const n of [width, height]) {
		if (!Number.isInteger(n) || n < 1 || n > 16_384) {
			throw new RangeError(
				`Image size must be a whole number of pixels from 1 to 16384, not ${n}.`
			);
		}
	}
	return { width, height };
}
