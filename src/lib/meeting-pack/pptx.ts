/**
 * The Chairs Briefing deck as a PowerPoint file (pptxgenjs, which runs in the browser and in
 * node). Titles sit in real title placeholders and messages, bullets and notes are native text,
 * so the file is editable and a screen reader in PowerPoint finds each slide's title; charts are
 * high-resolution images carrying the same alt text as on screen.
 */
import PptxGenJS from 'pptxgenjs';
import type { Slide } from './deck';

/** A chart rendered for the deck: a PNG data URL and its alt text. */
export interface SlideImage {
	dataUrl: string;
	alt: string;
	/** Pixel size of the PNG, to keep its aspect ratio on the slide. */
	width: number;
	height: number;
}

export interface DeckMeta {
	title: string;
	/** Written into the file's properties. */
	company: string;
}

const MASTER = 'KPI_SLIDE';
/** LAYOUT_WIDE: 13.333 × 7.5 inches (16:9). */
const SLIDE_W = 13.333;
const MARGIN = 0.5;
const DARK_BLUE = '12436D';
const TEXT = '0B0C0C';
const FONT = 'Arial';

function defineMaster(pptx: PptxGenJS) {
	pptx.defineSlideMaster({
		title: MASTER,
		background: { color: 'FFFFFF' },
		objects: [
			{
				placeholder: {
					options: {
						name: 'title',
						type: 'title',
						x: MARGIN,
						y: 0.3,
						w: SLIDE_W - 2 * MARGIN,
						h: 1.0,
						fontFace: FONT,
						fontSize: 30,
						bold: true,
						color: DARK_BLUE,
						align: 'left',
						valign: 'top'
					},
					text: ''
				}
			}
		],
		slideNumber: {
			x: SLIDE_W - 1.1,
			y: 7.0,
			w: 0.8,
			h: 0.35,
			fontFace: FONT,
			fontSize: 12,
			color: '505A5F'
		}
	});
}

/** The biggest box of the image's aspect ratio that fits in `box`, centred in it. */
export function fitImage(
	image: { width: number; height: number },
	box: { x: number; y: number; w: number; h: number }
) {
	const scale = Math.min(box.w / image.width, box.h / image.height);
	const w = image.width * scale;
	const h = image.height * scale;
	return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

function addSlide(pptx: PptxGenJS, slide: Slide, image: SlideImage | undefined) {
	const s = pptx.addSlide({ masterName: MASTER });
	s.addText(slide.title, { placeholder: 'title' });
	const width = SLIDE_W - 2 * MARGIN;
	let top = 1.35;
	if (slide.illustrative) {
		s.addText('Illustrative data: generated for the demo, not council figures.', {
			x: MARGIN,
			y: top,
			w: width,
			h: 0.35,
			fontFace: FONT,
			fontSize: 12,
			italic: true,
			color: '8A3A0F'
		});
		top += 0.4;
	}
	s.addText(slide.message, {
		x: MARGIN,
		y: top,
		w: width,
		h: 0.9,
		fontFace: FONT,
		fontSize: 20,
		color: TEXT,
		valign: 'top'
	});
	top += 1.0;
	if (slide.bullets.length > 0)
		s.addText(
			slide.bullets.map((text) => ({
				text,
				options: { bullet: { type: 'number' as const }, breakLine: true }
			})),
			{
				x: MARGIN,
				y: top,
				w: width,
				h: 7.0 - top,
				fontFace: FONT,
				fontSize: 18,
				color: TEXT,
				valign: 'top',
				paraSpaceAfter: 10
			}
		);
	if (image)
		s.addImage({
			data: image.dataUrl,
			altText: image.alt,
			...fitImage(image, { x: MARGIN, y: top, w: width, h: 7.0 - top })
		});
	s.addNotes(slide.notes);
}

/** Builds the .pptx; `images` holds a rendered chart for each slide id that has one. */
export async function buildPptx(
	slides: readonly Slide[],
	images: ReadonlyMap<string, SlideImage>,
	meta: DeckMeta,
	outputType: 'blob' | 'nodebuffer' = 'blob'
): Promise<Blob | Uint8Array> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = meta.title;
	pptx.company = meta.company;
	pptx.author = meta.company;
	defineMaster(pptx);
	for (const slide of slides) addSlide(pptx, slide, images.get(slide.id));
	return (await pptx.write({ outputType })) as Blob | Uint8Array;
}
