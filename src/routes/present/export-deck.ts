import type { Slide } from '$lib/meeting-pack/deck';
import type { SlideImage } from '$lib/meeting-pack/pptx';

/** Charts are rendered 1920 px wide for the deck (presentation resolution). */
const IMAGE_WIDTH = 1920;
/** Room in the image for the burnt-in title above the chart and source below it, in pixels. */
const TEXT_BANDS = 300;

/**
 * The image's height: the chart's own shape at 1920 wide plus the title and source, at most 16:9.
 * A wide, short chart in a 16:9 frame would be letterboxed and drawn small on the slide.
 */
function imageHeight(region: HTMLElement): number {
	const { width, height } = region.getBoundingClientRect();
	const chart = width > 0 ? Math.round((IMAGE_WIDTH * height) / width) : 780;
	return Math.min(1080, Math.max(540, chart + TEXT_BANDS));
}

interface ExportHooks {
	/** Shows slide `index` on screen (its chart is captured as laid out there). */
	show(index: number): Promise<void>;
	progress(message: string): void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function blobToDataUrl(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error ?? new Error('Could not read the chart image.'));
		reader.readAsDataURL(blob);
	});
}

/**
 * Builds the deck as PowerPoint in the browser and downloads it. Each chart is captured from its
 * slide as drawn on screen, so the file shows exactly what the presenter sees; the libraries are
 * loaded only now, so presenting never pays for them.
 */
export async function exportDeck(slides: readonly Slide[], hooks: ExportHooks): Promise<void> {
	const [{ chartRegionToPng }, { buildPptx }, { downloadBlob }] = await Promise.all([
		import('$lib/export/chart-image'),
		import('$lib/meeting-pack/pptx'),
		import('$lib/export/download')
	]);
	const images = new Map<string, SlideImage>();
	for (const [index, slide] of slides.entries()) {
		if (!slide.chart) continue;
		hooks.progress(`Preparing PowerPoint: chart ${index + 1} of ${slides.length}…`);
		await hooks.show(index);
		// Two frames: one for Svelte's update to be laid out, one for the chart's measured width.
		await nextFrame();
		await nextFrame();
		const figure = document.querySelector<HTMLElement>('[data-testid="slide"] figure');
		const region = figure?.querySelector<HTMLElement>('.chart-region');
		if (!figure || !region) throw new Error(`slide ${index + 1} has no chart to capture`);
		const title = figure.querySelector('figcaption')?.textContent?.trim() ?? slide.title;
		const source =
			figure
				.querySelector('.source')
				?.textContent?.trim()
				.replace(/^Source:\s*/, '') ?? '';
		const size = { width: IMAGE_WIDTH, height: imageHeight(region) };
		const illustrative = figure.querySelector('.illustrative') !== null;
		const png = await chartRegionToPng(region, { title, source, illustrative, ...size });
		images.set(slide.id, {
			dataUrl: await blobToDataUrl(png),
			alt: `${title}. ${region.getAttribute('aria-label') ?? ''}`.trim(),
			...size
		});
	}
	hooks.progress('Writing the PowerPoint file…');
	const file = await buildPptx(slides, images, {
		title: 'Chairs Briefing: school improvement in Hertfordshire',
		company: 'Hertfordshire County Council'
	});
	downloadBlob(file as Blob, 'chairs-briefing-school-improvement.pptx');
	hooks.progress('PowerPoint file downloaded.');
}
