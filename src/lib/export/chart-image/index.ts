/**
 * A chart as a presentation image (SVG or PNG, 1920 × 1080 by default) with its title and source
 * burnt in, made from the chart as the page has laid it out. Browser-only: import it lazily.
 *
 * The charts mix HTML (axes, labels, markers, legends) with a stretched SVG (geometry), so no one
 * element can be serialised. Instead the chart region's DOM is walked and redrawn as plain SVG in
 * the region's CSS pixels: HTML text becomes <text> at the positions the browser measured, HTML
 * backgrounds and borders become <rect>s, and SVG shapes are copied with their computed styles
 * (Svelte's scoped classes do not exist in a standalone file). Shapes are moved into pixel
 * coordinates rather than nested in their stretched viewBox, so that strokes need no
 * `vector-effect`, which other SVG readers (PowerPoint, Illustrator) ignore. See
 * docs/decisions/0007-chart-image-export.md.
 *
 * Where things are: walk-html.ts and walk-svg.ts walk the DOM; html-text.ts, html-box.ts,
 * svg-shape.ts and svg-text.ts draw what they find; region-to-svg.ts composes the slide and
 * region-to-png.ts rasterises it. xml.ts, file-name.ts, text-wrap.ts, slide-layout.ts,
 * css-values.ts and path-data.ts are pure, and unit-tested in node.
 */
export type { ChartImageOptions } from './options';
export { chartRegionToSvg } from './region-to-svg';
export { chartRegionToPng } from './region-to-png';
export { chartImageFileName } from './file-name';
// The pure helpers, unit-tested in node and usable without the DOM walk.
export { cornerRadius, cssPixels, parseColour, parseDashArray } from './css-values';
export { transformPathData } from './path-data';
export { fitBox, slideLayout } from './slide-layout';
export { estimateTextWidth, wrapText } from './text-wrap';
export { escapeXml, num, xmlElement } from './xml';
