import {useEffect, useRef} from 'react';
import uPlot from 'uplot';
import {ANOMALY_MARKER} from '../source/view/anomaly-markers.js';
import type {ChartData} from '../source/view/chart-series.js';
import type {ChartPlot, RoleLine} from '../source/view/forecast-series.js';
import {compactAmount} from '../source/view/format.js';

const PALETTE = ['#2f6fdf', '#e0662b', '#1f9e6e', '#b5478c', '#8a6d1d', '#5b5fc7', '#c23b3b', '#3b8fa6', '#7a7a7a', '#a05a2c', '#4f7d2c'];
const HEIGHT = 260;
const BAND_LABEL = 'Forecast 80% band';

export interface CostChartProps {
	readonly chart: ChartData;
	readonly plot: ChartPlot;
	readonly unit: string;
	/** Days with an anomaly: a ▲ under each on the time axis. */
	readonly markedDays: ReadonlySet<string> | undefined;
	/** What the chart shows, read out for screen readers. */
	readonly label: string;
}

const seconds = (bucket: string): number => Date.parse(bucket.length === 10 ? `${bucket}T00:00:00Z` : bucket) / 1000;

function lineSeries(line: RoleLine, chart: ChartData, unit: string, fewPoints: boolean): uPlot.Series {
	const name = chart.series[line.seriesIndex]?.name ?? '';
	const value = (_u: uPlot, raw: number | null) => (raw === null ? '—' : compactAmount(raw, chart.series[line.seriesIndex]?.unit ?? unit, 0));
	if (line.role === 'band') return {label: BAND_LABEL, stroke: 'transparent', points: {show: false}, value, show: true};
	if (line.role === 'forecast') return {label: 'Forecast', stroke: PALETTE[0], dash: [6, 4], width: 2, points: {show: false}, value};
	// One or two buckets (a month by month) draw no line worth seeing: their points are shown.
	const stroke = PALETTE[line.seriesIndex % PALETTE.length];
	return {label: name, stroke, width: line.seriesIndex === 0 ? 2.5 : 1.5, value, points: fewPoints ? {show: true, size: 9, fill: stroke} : {show: false}};
}

/** ▲ under each anomaly day, drawn on the plot's bottom edge. */
function anomalyMarkers(marked: ReadonlySet<string> | undefined, buckets: readonly string[]): uPlot.Plugin {
	return {
		hooks: {
			draw: u => {
				if (marked === undefined || marked.size === 0) return;
				const {ctx} = u;
				ctx.save();
				ctx.fillStyle = '#d23b3b';
				ctx.font = `${Math.round(12 * devicePixelRatio)}px sans-serif`;
				ctx.textAlign = 'center';
				for (const bucket of buckets) {
					if (!marked.has(bucket.slice(0, 10))) continue;
					const x = u.valToPos(seconds(bucket), 'x', true);
					ctx.fillText(ANOMALY_MARKER, x, u.bbox.top + u.bbox.height - 2 * devicePixelRatio);
				}
				ctx.restore();
			},
		},
	};
}

/** A floating box beside the cursor: the day and every series' figure there. */
function tooltip(unitOf: (index: number) => string): uPlot.Plugin {
	let box: HTMLDivElement | undefined;
	return {
		hooks: {
			init: u => {
				// The band's two edges are drawn as one shaded area: the legend names the forecast, not its edges.
				for (const entry of u.root.querySelectorAll<HTMLElement>('.u-legend .u-series')) {
					if (entry.textContent?.trim() === BAND_LABEL) entry.style.setProperty('display', 'none');
				}
				box = document.createElement('div');
				box.className = 'chart-tooltip';
				box.setAttribute('role', 'tooltip');
				u.over.appendChild(box);
			},
			setCursor: u => {
				const index = u.cursor.idx;
				if (box === undefined) return;
				if (index === null || index === undefined || u.cursor.left === undefined || u.cursor.left < 0) {
					box.style.display = 'none';
					return;
				}
				const x = u.data[0][index]!;
				const lines = u.series.slice(1).flatMap((series, seriesIndex) => {
					const value = u.data[seriesIndex + 1]?.[index];
					if (value === null || value === undefined || series.show === false || series.label === BAND_LABEL) return [];
					return [`<div><b style="color:${String(series.stroke)}">●</b> ${escape(String(series.label))}: ${compactAmount(value, unitOf(seriesIndex), 0)}</div>`];
				});
				const band = u.series.flatMap((series, seriesIndex) => (series.label === BAND_LABEL ? [u.data[seriesIndex]?.[index]] : [])).filter(value => typeof value === 'number');
				if (band.length === 2) lines.push(`<div>80% band: ${compactAmount(Math.min(...band), unitOf(0), 0)} – ${compactAmount(Math.max(...band), unitOf(0), 0)}</div>`);
				box.innerHTML = `<div class="tip-day">${new Date(x * 1000).toISOString().slice(0, 10)}</div>${lines.join('')}`;
				box.style.display = 'block';
				box.style.left = `${Math.min(u.cursor.left + 12, u.over.clientWidth - 200)}px`;
				box.style.top = `${Math.max(0, (u.cursor.top ?? 0) - 10)}px`;
			},
		},
	};
}

const escape = (text: string): string => text.replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`);

/**
 * The time series: total and top groups, the forecast with its 80% band
 * and anomaly markers, from the view model's ChartPlot (plain arrays). The
 * component owns only the DOM and resizing.
 */
export function CostChart({chart, plot, unit, markedDays, label}: CostChartProps) {
	const container = useRef<HTMLDivElement>(null);
	useEffect(() => {
		const element = container.current;
		if (element === null) return undefined;
		const data: uPlot.AlignedData = [plot.buckets.map(seconds), ...plot.lines.map(line => line.values.map(value => value ?? null))];
		const bandIndexes = plot.lines.flatMap((line, index) => (line.role === 'band' ? [index + 1] : []));
		const unitOf = (index: number) => chart.series[plot.lines[index]?.seriesIndex ?? 0]?.unit ?? unit;
		const options: uPlot.Options = {
			width: Math.max(300, element.clientWidth),
			height: HEIGHT,
			series: [{label: 'Day', value: (_u, raw) => (raw === null ? '' : new Date(raw * 1000).toISOString().slice(0, plot.buckets[0]?.length === 10 ? 10 : 16))}, ...plot.lines.map(line => lineSeries(line, chart, unit, plot.buckets.length < 3))],
			bands: bandIndexes.length === 2 ? [{series: [bandIndexes[1]!, bandIndexes[0]!], fill: 'rgba(47, 111, 223, 0.15)'}] : [],
			// A single bucket gets a fortnight either side, so it is not drawn on an axis years wide.
			scales: {x: {time: true, ...(plot.buckets.length === 1 ? {range: (_u, min, max) => [min - 14 * 86_400, max + 14 * 86_400]} : {})}},
			axes: [
				{stroke: 'currentColor', grid: {stroke: 'rgba(128,128,128,0.15)'}},
				{stroke: 'currentColor', grid: {stroke: 'rgba(128,128,128,0.15)'}, size: 86, values: (_u, ticks) => ticks.map(tick => compactAmount(tick, chart.mixedUnits ? '' : unit, Math.max(...ticks.map(Math.abs))))},
			],
			legend: {live: false},
			cursor: {points: {show: false}},
			plugins: [anomalyMarkers(markedDays, plot.buckets), tooltip(unitOf)],
		};
		const instance = new uPlot(options, data, element);
		const observer = new ResizeObserver(() => instance.setSize({width: Math.max(300, element.clientWidth), height: HEIGHT}));
		observer.observe(element);
		return () => {
			observer.disconnect();
			instance.destroy();
		};
	}, [chart, plot, unit, markedDays]);
	return (
		<figure className="chart" aria-label={label} role="img" data-testid="chart">
			<div ref={container} />
		</figure>
	);
}
