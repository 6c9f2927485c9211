import asciichart from 'asciichart';
import {Box, Text} from 'ink';
import {memo, useMemo} from 'react';
import {useTheme} from '../hooks/theme-context.js';
import {type ChartData, fitBuckets, fitSeries} from '../source/view/chart-series.js';
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
}

const axisLabelWidth = 9;

/** asciichart's plot, fitted to the pane: lines of text, y-axis in money. */
export function plotLines(chart: ChartData, plotWidth: number, plotHeight: number, unit: string, theme: Theme): string[] {
	const points = Math.max(2, plotWidth - axisLabelWidth - 2);
	const series = chart.series.map(line => fitSeries(line.values, points));
	const flat = series.every(values => values.every(value => value === series[0]?.[0]));
	const colours = chart.series.map((_, index) => ansiForeground(theme.chart.series[index % theme.chart.series.length]));
	const text = asciichart.plot(series, {
		height: Math.max(1, plotHeight - 1),
		colors: colours,
		format: (value: number) => fitText(compactAmount(value, unit), axisLabelWidth, 'right'),
		// A flat line would divide by a zero range; give the axis some room.
		...(flat ? {min: Math.min(0, series[0]?.[0] ?? 0), max: Math.max(1, (series[0]?.[0] ?? 0) * 2)} : {}),
	});
	// Ink parses every cell it is given, blanks included; the pane is blank there anyway.
	return text.split('\n').map(line => compactAnsi(line).trimEnd());
}

/** The x-axis under the plot: the first, middle and last bucket dates. */
export function xAxisLine(buckets: readonly string[], plotWidth: number): string {
	const points = Math.max(2, plotWidth - axisLabelWidth - 2);
	const shown = fitBuckets(buckets, points).map(bucket => bucket.slice(0, 10));
	const first = shown[0] ?? '';
	const last = shown[shown.length - 1] ?? '';
	const gutter = ' '.repeat(axisLabelWidth + 2);
	if (shown.length <= 1 || first === last) return `${gutter}${first}`;
	const span = Math.min(points, shown.length);
	const room = span - first.length - last.length;
	const middle = shown[Math.floor(shown.length / 2)] ?? '';
	if (room >= middle.length + 4) {
		const left = Math.floor((room - middle.length) / 2);
		return `${gutter}${first}${' '.repeat(left)}${middle}${' '.repeat(room - middle.length - left)}${last}`;
	}
	return `${gutter}${first}${' '.repeat(Math.max(1, room))}${last}`;
}

/** Total cost over the period plus the biggest groups, with a legend. */
export const ChartPane = memo(function ChartPane({width, height, focused, chart, unit, message}: ChartPaneProps) {
	const theme = useTheme();
	const innerWidth = width - 2;
	const plotHeight = height - 4;
	const lines = useMemo(
		() => (chart === undefined || chart.buckets.length === 0 ? undefined : plotLines(chart, innerWidth, plotHeight, unit, theme)),
		[chart, innerWidth, plotHeight, unit, theme],
	);
	const axis = useMemo(() => (chart === undefined ? '' : xAxisLine(chart.buckets, innerWidth)), [chart, innerWidth]);
	return (
		<PaneFrame width={width} height={height} focused={focused}>
			<Box height={1}>
				<Text wrap="truncate">
					{(chart?.series ?? []).map((line, index) => (
						<Text key={line.name} color={theme.chart.series[index % theme.chart.series.length]}>
							{index === 0 ? '' : '  '}■ {line.name}
						</Text>
					))}
				</Text>
			</Box>
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
					<Text wrap="truncate" color={theme.text.secondary}>
						{axis}
					</Text>
				</>
			)}
		</PaneFrame>
	);
});
