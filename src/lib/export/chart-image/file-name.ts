/**
 * The name a downloaded chart image is saved under, made from its title. No DOM, so it is
 * unit-tested in node.
 */

const FILE_PREFIX = 'herts-kpi';
const MAX_STEM = 80;

/**
 * `herts-kpi_<title as lower-case words joined by hyphens>.<extension>`, accents folded and cut
 * between words at 80 characters; 'chart' when the title has no letters or digits.
 */
export function chartImageFileName(title: string, extension: 'png' | 'svg'): string {
	let stem = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (stem.length > MAX_STEM) {
		const head = stem.slice(0, MAX_STEM + 1);
		const gap = head.lastIndexOf('-');
		stem = (gap > MAX_STEM / 2 ? head.slice(0, gap) : head.slice(0, MAX_STEM)).replace(/-+$/, '');
	}
	return `${FILE_PREFIX}_${stem || 'chart'}.${extension}`;
}
