/**
 * The SVG drawn on a canvas and encoded as PNG, in the browser, with no request.
 */
import { sizeOf, type ChartImageOptions } from './options';
import { chartRegionToSvg } from './region-to-svg';

/** Rasterises that SVG to a PNG Blob of exactly width × height pixels. */
export async function chartRegionToPng(
	region: HTMLElement,
	options: ChartImageOptions
): Promise<Blob> {
	const { width, height } = sizeOf(options);
	const svg = chartRegionToSvg(region, options);
	// A same-origin blob: URL, so the canvas is not tainted and nothing goes over the network.
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw images (no canvas).');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, width, height);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) =>
					blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.')),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
