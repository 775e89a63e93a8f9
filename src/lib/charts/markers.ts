/**
 * Marker shapes as SVG paths in a 12 × 12 box centred on (6, 6). Markers are drawn in HTML layers
 * (each its own small SVG) rather than inside the stretched chart SVG, where a circle would
 * become an ellipse as the chart's width changes.
 */
import type { MarkerShape } from './palette';

export const MARKER_PATHS: Readonly<Record<MarkerShape, string>> = {
	circle: 'M1,6a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z',
	square: 'M1.5,1.5H10.5V10.5H1.5Z',
	triangle: 'M6,0.8L11.4,10.6H0.6Z',
	diamond: 'M6,0.3L11.7,6L6,11.7L0.3,6Z',
	cross: 'M4,0.8H8V4H11.2V8H8V11.2H4V8H0.8V4H4Z',
	star: 'M6,0.3L7.7,4.2L11.8,4.5L8.7,7.2L9.6,11.4L6,9.1L2.4,11.4L3.3,7.2L0.2,4.5L4.3,4.2Z'
};
