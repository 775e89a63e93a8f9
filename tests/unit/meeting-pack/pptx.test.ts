import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/lib/meeting-pack/deck';
import { buildPptx, fitImage, type SlideImage } from '../../../src/lib/meeting-pack/pptx';
import { loadDeckAndPack } from './meeting-pack-data';

/** A small real PNG (a dark bar on white), standing in for a rendered chart. */
function pngDataUrl(): string {
	const png = new PNG({ width: 32, height: 18 });
	for (let y = 0; y < 18; y++)
		for (let x = 0; x < 32; x++) {
			const i = (y * 32 + x) * 4;
			const bar = y > 6 && y < 12 && x < 24;
			png.data.set(bar ? [18, 67, 109, 255] : [255, 255, 255, 255], i);
		}
	return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

const xmlText = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('the deck as PowerPoint', () => {
	let slides: Slide[];
	let zip: JSZip;
	const file = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');

	beforeAll(async () => {
		({ slides } = await loadDeckAndPack());
		const images = new Map<string, SlideImage>(
			slides
				.filter((s) => s.chart)
				.map((s) => [
					s.id,
					{ dataUrl: pngDataUrl(), alt: `Chart for ${s.id}`, width: 1920, height: 1080 }
				])
		);
		const bytes = await buildPptx(
			slides,
			images,
			{ title: 'Test deck', company: 'HCC' },
			'nodebuffer'
		);
		zip = await JSZip.loadAsync(bytes as Uint8Array);
	});

	it('has one slide per deck slide, each titled in a title placeholder', async () => {
		const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
		expect(names).toHaveLength(slides.length);
		for (const [i, s] of slides.entries()) {
			const xml = await file(`ppt/slides/slide${i + 1}.xml`);
			expect(xml, s.id).toContain('type="title"');
			expect(xml, s.id).toContain(xmlText(s.title));
		}
	});

	it('gives every chart image its alt text', async () => {
		for (const [i, s] of slides.entries()) {
			const xml = await file(`ppt/slides/slide${i + 1}.xml`);
			if (s.chart) expect(xml, s.id).toContain(`descr="Chart for ${s.id}"`);
			else expect(xml, s.id).not.toContain('<p:pic>');
		}
		const media = Object.keys(zip.files).filter(
			(n) => n.startsWith('ppt/media/') && !n.endsWith('/')
		);
		expect(media).toHaveLength(slides.filter((s) => s.chart).length);
	});

	it('carries the speaker notes', async () => {
		for (const [i, s] of slides.entries()) {
			const xml = await file(`ppt/notesSlides/notesSlide${i + 1}.xml`);
			expect(xml, s.id).toContain(xmlText(s.notes.slice(0, 40)));
		}
	});

	it('keeps a chart’s shape when fitting it on the slide', () => {
		// 16:9 into a 12 × 4.5 box: height-bound, 8 wide, centred (2 in from the box's left).
		expect(fitImage({ width: 1920, height: 1080 }, { x: 0.5, y: 2, w: 12, h: 4.5 })).toEqual({
			x: 2.5,
			y: 2,
			w: 8,
			h: 4.5
		});
	});
});
