/**
 * Moving SVG path data into another coordinate system by rewriting its numbers. The charts draw in
 * a stretched viewBox; their paths are moved into the region's pixels so that strokes need no
 * `vector-effect` (see docs/decisions/0007-chart-image-export.md). Pure, so it is unit-tested.
 */
import { num } from './xml';

/** x' = sx·x + tx, y' = sy·y + ty: the only transforms the export moves path data through. */
export interface ScaleTranslate {
	sx: number;
	sy: number;
	tx: number;
	ty: number;
}

/** How many numbers each path command takes per repetition. */
const PATH_ARITY: Readonly<Record<string, number>> = {
	m: 2,
	l: 2,
	t: 2,
	h: 1,
	v: 1,
	c: 6,
	s: 4,
	q: 4,
	a: 7,
	z: 0
};

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;

/** Reads path data into commands and their numbers; throws on anything malformed. */
function parsePath(d: string): { command: string; values: number[] }[] {
	const out: { command: string; values: number[] }[] = [];
	let i = 0;
	const skip = () => {
		while (i < d.length && /[\s,]/.test(d.charAt(i))) i++;
	};
	skip();
	while (i < d.length) {
		const command = d.charAt(i);
		const arity = PATH_ARITY[command.toLowerCase()];
		if (arity === undefined) throw new Error(`Unsupported path data at "${d.slice(i, i + 8)}"`);
		i++;
		const values: number[] = [];
		skip();
		while (arity > 0 && i < d.length && !/[a-z]/i.test(d.charAt(i))) {
			// The arc flags (4th and 5th of 7) are one character each and may be run together.
			const slot = values.length % 7;
			if (command.toLowerCase() === 'a' && (slot === 3 || slot === 4)) {
				const flag = d.charAt(i);
				if (flag !== '0' && flag !== '1') throw new Error('Bad arc flag in path data');
				values.push(Number(flag));
				i++;
			} else {
				const match = NUMBER.exec(d.slice(i));
				if (!match) throw new Error(`Bad number in path data at "${d.slice(i, i + 8)}"`);
				values.push(Number(match[0]));
				i += match[0].length;
			}
			skip();
		}
		if (arity === 0 ? values.length > 0 : values.length === 0 || values.length % arity !== 0) {
			throw new Error(`Wrong number of values for "${command}" in path data`);
		}
		out.push({ command, values });
	}
	return out;
}

/**
 * Path data moved through a scale-and-translate: absolute coordinates are scaled and moved,
 * relative ones only scaled, arc radii scaled (an arc's sweep flips when the transform mirrors).
 * Arcs keep their rotation, which is exact for unrotated arcs and for uniform scales.
 */
export function transformPathData(d: string, m: ScaleTranslate): string {
	const parts: string[] = [];
	parsePath(d).forEach(({ command, values }, index) => {
		const lower = command.toLowerCase();
		const relative = command === lower;
		const out: number[] = [];
		for (let k = 0; k < values.length; k++) {
			const v = values[k] as number;
			const slot = lower === 'a' ? k % 7 : k % (PATH_ARITY[lower] as number);
			// A leading relative moveto starts from the origin, so its first point is absolute.
			const absolute = !relative || (index === 0 && lower === 'm' && k < 2);
			if (lower === 'a' && slot < 5) {
				if (slot === 0) out.push(v * Math.abs(m.sx));
				else if (slot === 1) out.push(v * Math.abs(m.sy));
				else if (slot === 4) out.push(m.sx * m.sy < 0 ? 1 - v : v);
				else out.push(v);
				continue;
			}
			const isY = lower === 'v' || (lower === 'a' ? slot === 6 : lower !== 'h' && slot % 2 === 1);
			const scale = isY ? m.sy : m.sx;
			out.push(v * scale + (absolute ? (isY ? m.ty : m.tx) : 0));
		}
		if (index === 0 && command === 'm') {
			// Written as an absolute moveto followed by the relative linetos it implied.
			parts.push(`M${out.slice(0, 2).map(num).join(' ')}`);
			if (out.length > 2) parts.push(`l${out.slice(2).map(num).join(' ')}`);
			return;
		}
		parts.push(command + out.map(num).join(' '));
	});
	return parts.join('');
}
