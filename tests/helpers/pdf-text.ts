import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text as one whitespace-normalised string, read with pdf.js (as a reader would). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
	const doc = await getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false })
		.promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		const words = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		pages.push(words.replace(/\s+/g, ' ').trim());
	}
	await doc.destroy();
	return pages;
}
