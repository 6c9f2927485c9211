import {Box, Text} from 'ink';
import {memo, useMemo} from 'react';
import {formatProjection} from '../source/analysis/month-outlook.js';
import {useTheme} from '../hooks/theme-context.js';
import {markerLine} from '../source/view/anomaly-markers.js';
import {STROKE_SETS, type StrokeSet, fitGappySeries, plotChart} from '../source/view/chart-plot.js';
import {chartLegend} from '../source/view/chart-legend.js';
import {type ChartData, fitBuckets} from '../source/view/chart-series.js';
import {type ChartForecast, type ChartPlot, chartPlot} from '../source/view/forecast-series.js';
import {compactAnsi} from '../source/view/compact-ansi.js';
import {compactAmount, fitText} from '../source/view/format.js';
import {ansiForeground} from '../themes/ansi.js';
import type {Theme} from '../themes/index.js';
import {PaneFrame} from './pane-frame.js';

export interface ChartPaneProps {
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
	readonly chart: ChartData | undefined;
	readonly unit: string;
	/** Shown instead of the chart: loading, an error, no data. */
	readonly message: string | undefined;
	/** Continues the total to the month end, with its 80% band. */
	readonly forecast?: ChartForecast | undefined;
	/** Days with an anomaly, marked under the plot. */
	readonly markedDays?: ReadonlySet<string> | undefined;
}

const axisLabelWidth = 9;

const plotPoints = (plotWidth: number) => Math.max(2, plotWidth - axisLabelWidth - 2);

/** How series are told apart: colours, or in a monochrome theme strokes of their own. */
const seriesStrokes = (theme: Theme, seriesIndex: number): StrokeSet | undefined =>
	theme.monochrome ? STROKE_SETS[seriesIndex % STROKE_SETS.length] : undefined;

/**
 * The plot fitted to the pane: lines of text, y-axis in money, the forecast
 * dashed and its band dim. Only the first `seriesShown` series are drawn (those the legend names).
 */
export function plotLines(plot: ChartPlot, plotWidth: number, plotHeight: number, unit: string, theme: Theme, seriesShown = Number.POSITIVE_INFINITY): string[] {
	const points = plotPoints(plotWidth);
	const drawn = plot.lines.filter(line => line.seriesIndex < seriesShown);
	const fitted = drawn.map(line => fitGappySeries(line.values, points));
	const values = fitted.flat().filter((value): value is number => value !== null);
	const flat = values.every(value => value === values[0]);
	const axisScale = Math.max(0, ...values.map(Math.abs));
	const seriesColour = (index: number) => theme.chart.series[index % theme.chart.series.length];
	const text = plotChart(
		drawn.map((line, index) => ({
			values: fitted[index]!,
			colour: ansiForeground(line.role === 'band' ? theme.text.secondary : seriesColour(line.seriesIndex)),
			dashed: line.role !== 'actual',
			strokes: seriesStrokes(theme, line.seriesIndex),
		})),
		{
			height: Math.max(1, plotHeight - 1),
			format: (value: number) => fitText(axisLabel(value, unit, axisScale), axisLabelWidth, 'right'),
			// A flat line would divide by a zero range; give the axis some room.
			...(flat ? {min: Math.min(0, values[0] ?? 0), max: Math.max(1, (values[0] ?? 0) * 2)} : {}),
		},
	);
	// Ink parses every cell it is given, blanks included; the pane is blank there anyway.
	return text.split('\n').map(line => compactAnsi(line).trimEnd());
}

/** A y-axis label; zero (or what rounding leaves of it) reads "$0.00", not "$0.0k". */
export function axisLabel(value: number, unit: string, scale: number): string {
	return Math.abs(value) <= scale * 1e-9 ? compactAmount(0, unit, 0) : compactAmount(value, unit, scale);
}

/** The x-axis under the plot: the first, middle and last bucket dates, each named once. */
export function xAxisLine(buckets: readonly string[], plotWidth: number): string {
	const points = plotPoints(plotWidth);
	const shown = fitBuckets(buckets, points).map(bucket => bucket.slice(0, 10));
	const first = shown[0] ?? '';
	const last = shown[shown.length - 1] ?? '';
	const gutter = ' '.repeat(axisLabelWidth + 2);
	if (shown.length <= 1 || first === last) return `${gutter}${first}`;
	const span = Math.min(points, shown.length);
	const room = span - first.length - last.length;
	const middle = shown[Math.floor(shown.length / 2)] ?? '';
	if (room >= middle.length + 4 && middle !== first && middle !== last) {
		const left = Math.floor((room - middle.length) / 2);
		return `${gutter}${first}${' '.repeat(left)}${middle}${' '.repeat(room - middle.length - left)}${last}`;
	}
	return `${gutter}${first}${' '.repeat(Math.max(1, room))}${last}`;
}

/**
 * Which optional lines the pane has room for: the forecast line, then the
 * anomaly markers, each only while the plot keeps three rows.
 */
export function chartRows(height: number, wantsForecast: boolean, wantsMarkers: boolean): {plot: number; forecast: boolean; markers: boolean} {
	// Border, legend and dates.
	const base = height - 4;
	const minimumPlot = 3;
	const forecast = wantsForecast && base - 1 >= minimumPlot;
	const markers = wantsMarkers && base - (forecast ? 1 : 0) - 1 >= minimumPlot;
	return {plot: Math.max(1, base - (forecast ? 1 : 0) - (markers ? 1 : 0)), forecast, markers};
}

/** Total cost over the period plus the biggest groups, with a legend; the forecast and anomaly markers when given. */
export const ChartPane = memo(function ChartPane({width, height, focused, chart, unit, message, forecast, markedDays}: ChartPaneProps) {
	const theme = useTheme();
	const innerWidth = width - 2;
	const plot = useMemo(() => (chart === undefined ? undefined : chartPlot(chart, forecast)), [chart, forecast]);
	// Series in several units share the axis: plain numbers, each series names its unit.
	const axisUnit = chart?.mixedUnits ? '' : unit;
	const drawnForecast = chart?.mixedUnits ? undefined : forecast;
	const markers = useMemo(
		() => (plot === undefined || markedDays === undefined ? '' : markerLine(plot.buckets, markedDays, plotPoints(innerWidth), axisLabelWidth + 2)),
		[plot, markedDays, innerWidth],
	);
	const rows = chartRows(height, drawnForecast !== undefined, markers !== '');
	const legend = useMemo(
		() => chartLegend((chart?.series ?? []).map(series => (series.unit === undefined ? series.name : `${series.name} (${series.unit})`)), innerWidth, theme.monochrome ? 3 : 2),
		[chart, innerWidth, theme.monochrome],
	);
	const lines = useMemo(
		() => (plot === undefined || plot.buckets.length === 0 ? undefined : plotLines(plot, innerWidth, rows.plot, axisUnit, theme, legend.length)),
		[plot, innerWidth, rows.plot, axisUnit, theme, legend.length],
	);
	const axis = useMemo(() => (plot === undefined ? '' : xAxisLine(plot.buckets, innerWidth)), [plot, innerWidth]);
	const marker = (seriesIndex: number) => {
		const strokes = seriesStrokes(theme, seriesIndex);
		return strokes === undefined ? '■' : strokes.flat.repeat(2);
	};
	return (
		<PaneFrame width={width} height={height} focused={focused}>
			<Box height={1}>
				<Text wrap="truncate">
					{legend.map(({seriesIndex, label}) => (
						<Text key={seriesIndex} color={theme.chart.series[seriesIndex % theme.chart.series.length]}>
							{seriesIndex === 0 ? '' : '  '}
							{marker(seriesIndex)} {label}
						</Text>
					))}
				</Text>
			</Box>
			{drawnForecast === undefined || !rows.forecast || lines === undefined ? null : (
				<Text wrap="truncate">
					<Text color={theme.chart.series[0]}>{formatProjection(drawnForecast.projection)}</Text>
					<Text color={theme.text.secondary}>{'  ┄ forecast (80% band)'}</Text>
				</Text>
			)}
			{lines === undefined ? (
				<Text wrap="truncate" color={theme.text.secondary}>
					{message ?? 'No costs in this period for this view.'}
				</Text>
			) : (
				<>
					{lines.map((line, index) => (
						<Text key={index} wrap="truncate">
							{line}
						</Text>
					))}
					{!rows.markers ? null : (
						<Text wrap="truncate" color={theme.status.warning}>
							{markers}
						</Text>
					)}
					<Text wrap="truncate" color={theme.text.secondary}>
						{axis}
					</Text>
				</>
			)}
		</PaneFrame>
	);
});
