/**
 * The chart library: composed charts that take plain data, the ChartFigure every chart sits in,
 * the DataTable it reveals, and helpers that build that table from the chart's own data.
 * Layers (./layers) are for building new charts on the same layercake context.
 */
export { default as ChartFigure } from './ChartFigure.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as LineChart } from './LineChart.svelte';
export { default as BarChart } from './BarChart.svelte';
export { default as StackedBarChart } from './StackedBarChart.svelte';
export { default as ProgressChart } from './ProgressChart.svelte';
export { default as DotPlotChart } from './DotPlotChart.svelte';
export { default as Sparkline } from './Sparkline.svelte';

export { default as AxisX } from './layers/AxisX.html.svelte';
export { default as AxisY } from './layers/AxisY.html.svelte';
export { default as Line } from './layers/Line.svg.svelte';
export { default as Points } from './layers/Points.html.svelte';
export { default as LineLabels } from './layers/LineLabels.html.svelte';
export { default as TargetLine } from './layers/TargetLine.svg.svelte';
export { default as TargetLabels } from './layers/TargetLabels.html.svelte';
export { default as Bars } from './layers/Bars.svg.svelte';
export { default as BarLabels } from './layers/BarLabels.html.svelte';
export { default as StackedBars } from './layers/StackedBars.svg.svelte';
export { default as StackedLabels } from './layers/StackedLabels.html.svelte';
export { default as ProgressBar } from './layers/ProgressBar.svg.svelte';
export { default as ProgressLabels } from './layers/ProgressLabels.html.svelte';
export { default as Intervals } from './layers/Intervals.svg.svelte';
export { default as Dots } from './layers/Dots.html.svelte';

export {
	CATEGORICAL,
	RAYG,
	RAYG_ORDER,
	TARGET_STYLE,
	contrastRatio,
	seriesStyle,
	textOn,
	type Fill,
	type LineStyle,
	type MarkerShape,
	type RaygRating
} from './palette';
export { altProblem } from './alt';
export { splitAtBreaks } from './breaks';
export { SYMBOL_MEANINGS, formatNumber, valueText } from './values';
export {
	barTable,
	dotPlotTable,
	lineTable,
	progressTable,
	stackedTable,
	type TableData
} from './table-data';
export type * from './types';
