/**
 * An SVG shape's geometry as attributes for the file: moved into the region's pixels when its
 * matrix is only a scale and translation, or copied as it is for drawing under a matrix.
 */
import { transformPathData, type ScaleTranslate } from './path-data';
import { num, type AttributeValue } from './xml';

/** Geometry attributes copied when a shape keeps its own coordinates under a transform. */
const GEOMETRY = 'd x y width height x1 y1 x2 y2 cx cy r rx ry points'.split(' ');

type Geometry = { name: string; attributes: Record<string, AttributeValue> };

const length = (l: SVGAnimatedLength) => l.baseVal.value;

/** A shape's geometry moved into the region's pixels, or null when it cannot be (bad path). */
export function flatGeometry(el: SVGGeometryElement, t: ScaleTranslate): Geometry | null {
	const px = (x: number) => t.sx * x + t.tx;
	const py = (y: number) => t.sy * y + t.ty;
	const sx = Math.abs(t.sx);
	const sy = Math.abs(t.sy);
	if (el instanceof SVGRectElement) {
		const [x0, x1] = [px(length(el.x)), px(length(el.x) + length(el.width))];
		const [y0, y1] = [py(length(el.y)), py(length(el.y) + length(el.height))];
		// rx and ry default to each other ('auto'), as SVG draws them.
		const rx = el.hasAttribute('rx') ? length(el.rx) : el.hasAttribute('ry') ? length(el.ry) : 0;
		const ry = el.hasAttribute('ry') ? length(el.ry) : rx;
		return {
			name: 'rect',
			attributes: {
				x: Math.min(x0, x1),
				y: Math.min(y0, y1),
				width: Math.abs(x1 - x0),
				height: Math.abs(y1 - y0),
				rx: rx > 0 ? rx * sx : null,
				ry: ry > 0 ? ry * sy : null
			}
		};
	}
	if (el instanceof SVGLineElement) {
		return {
			name: 'line',
			attributes: {
				x1: px(length(el.x1)),
				y1: py(length(el.y1)),
				x2: px(length(el.x2)),
				y2: py(length(el.y2))
			}
		};
	}
	if (el instanceof SVGCircleElement || el instanceof SVGEllipseElement) {
		const [rx, ry] =
			el instanceof SVGCircleElement
				? [length(el.r), length(el.r)]
				: [length(el.rx), length(el.ry)];
		const centre = { cx: px(length(el.cx)), cy: py(length(el.cy)) };
		// A circle in a stretched viewBox is an ellipse on screen, so it becomes one here.
		return Math.abs(rx * sx - ry * sy) < 1e-6
			? { name: 'circle', attributes: { ...centre, r: rx * sx } }
			: { name: 'ellipse', attributes: { ...centre, rx: rx * sx, ry: ry * sy } };
	}
	if (el instanceof SVGPolylineElement || el instanceof SVGPolygonElement) {
		const points = [...el.points].map((p) => `${num(px(p.x))},${num(py(p.y))}`).join(' ');
		return { name: el.localName, attributes: { points } };
	}
	if (el instanceof SVGPathElement) {
		try {
			return { name: 'path', attributes: { d: transformPathData(el.getAttribute('d') ?? '', t) } };
		} catch {
			return null;
		}
	}
	return null;
}

/** A shape's geometry attributes as written, for drawing it under its own matrix. */
export function ownGeometry(el: SVGGeometryElement): Geometry {
	const attributes: Record<string, AttributeValue> = {};
	for (const name of GEOMETRY) attributes[name] = el.getAttribute(name);
	return { name: el.localName, attributes };
}
