import {afterEach, expect, test} from 'vitest';
import {ChartPane, axisLabel, chartRows, xAxisLine} from '../../components/chart-pane.js';
import type {IsoDate} from '../../source/dates.js';
import {parseAmount} from '../../source/money.js';
import type {ChartForecast} from '../../source/view/forecast-series.js';
import {themeByName} from '../../themes/index.js';
import {type Rendered, renderWithProviders} from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const buckets = Array.from({length: 30}, (_, index) => `2026-03-${String(index + 1).padStart(2, '0')}`);
const chart = {
	buckets,
	series: [
		{name: 'Total', values: buckets.map((_, index) => 100 + index * 10)},
		{name: 'Amazon EC2', values: buckets.map((_, index) => 60 + index * 5)},
	],
};

test('draws the legend, a money y-axis and the dates, inside its size', async () => {
	rendered = renderWithProviders(<ChartPane width={70} height={12} focused={false} chart={chart} unit="USD" message={undefined} />);
	const frame = await rendered.waitFor('■ Amazon EC2');
	expect(frame).toContain('■ Total');
	expect(frame).toContain('$390.00');
	expect(frame).toContain('2026-03-01');
	expect(frame).toContain('2026-03-30');
	const lines = frame.split('\n');
	expect(lines).toHaveLength(12);
	for (const line of lines) expect([...line].length).toBeLessThanOrEqual(70);
});

test('series carry the theme colours; no-color tells them apart by their strokes instead', async () => {
	rendered = renderWithProviders(<ChartPane width={70} height={12} focused={false} chart={chart} unit="USD" message={undefined} />);
	await rendered.waitFor('■ Total');
	expect(rendered.rawFrame()).toContain('\u001B[36m');
	rendered.unmount();
	rendered = renderWithProviders(<ChartPane width={70} height={12} focused={false} chart={chart} unit="USD" message={undefined} />, {
		theme: themeByName('no-color'),
	});
	const frame = await rendered.waitFor('── Total  ━━ Amazon EC2');
	expect(rendered.rawFrame()).not.toContain('\u001B[36m');
	const plot = frame.split('\n').slice(2, -2).join('\n');
	expect(plot).toContain('─');
	expect(plot).toContain('━');
});

test('the legend names only series it has room for, short names first, and the plot draws only those', async () => {
	const services = ['Amazon Elastic Compute Cloud - Compute', 'Amazon Simple Storage Service', 'Amazon Relational Database Service', 'AWS Key Management Service'];
	const many = {buckets, series: [chart.series[0]!, ...services.map((name, index) => ({name, values: buckets.map(() => 20 + index * 7)}))]};
	rendered = renderWithProviders(<ChartPane width={30} height={12} focused={false} chart={many} unit="USD" message={undefined} />, {
		theme: themeByName('no-color'),
	});
	const frame = await rendered.waitFor('── Total');
	const legend = frame.split('\n')[1]!;
	expect(legend).toContain('━━ EC2  ══ S3');
	expect(legend).not.toContain('…');
	expect(legend).not.toContain('RDS');
	// RDS and KMS are not named, so their strokes are not drawn either.
	expect(frame).not.toContain('╍');
	expect(frame).not.toContain('·');
});

test('a two-day chart names each day once; a zero axis label reads $0.00', () => {
	expect(xAxisLine(['2026-11-17', '2026-11-18'], 80).trim().split(/\s+/)).toEqual(['2026-11-17', '2026-11-18']);
	expect(axisLabel(1e-13, 'USD', 20_000)).toBe('$0.00');
	expect(axisLabel(-1e-12, 'USD', 20_000)).toBe('$0.00');
	expect(axisLabel(15_000, 'USD', 20_000)).toBe('$15.0k');
});

test('a short pane drops the anomaly markers, then the forecast line, before the plot falls under three rows', () => {
	expect(chartRows(12, true, true)).toEqual({plot: 6, forecast: true, markers: true});
	expect(chartRows(8, true, true)).toEqual({plot: 3, forecast: true, markers: false});
	expect(chartRows(6, true, true)).toEqual({plot: 2, forecast: false, markers: false});
});

test('a message instead of a chart when there is nothing to draw', async () => {
	rendered = renderWithProviders(<ChartPane width={70} height={12} focused chart={undefined} unit="USD" message="Loading…" />);
	await rendered.waitFor('Loading…');
});

test('x-axis: first, middle and last dates under the plot', () => {
	const line = xAxisLine(buckets, 200);
	expect(line.trimStart().startsWith('2026-03-01')).toBe(true);
	expect(line).toContain('2026-03-15');
	expect(line.trimEnd().endsWith('2026-03-30')).toBe(true);
	expect(line.length).toBeLessThanOrEqual(200);
});

test('the forecast continues the total dashed, with the projection, its band in the legend and ▲ under anomaly days', async () => {
	const month = Array.from({length: 20}, (_, index) => `2026-11-${String(index + 1).padStart(2, '0')}`);
	const forecastDays = Array.from({length: 10}, (_, index) => `2026-11-${String(index + 21).padStart(2, '0')}`);
	const projection = {
		month: {start: '2026-11-01', end: '2026-12-01'},
		throughDay: '2026-11-20',
		monthToDate: parseAmount('2000'),
		projected: parseAmount('3000'),
		lower: parseAmount('2900'),
		upper: parseAmount('3100'),
		method: 'holt-winters',
	} as unknown as ChartForecast['projection'];
	const forecast: ChartForecast = {
		days: forecastDays as IsoDate[],
		mean: forecastDays.map(() => 100),
		lower80: forecastDays.map(() => 80),
		upper80: forecastDays.map(() => 120),
		projection,
	};
	const november = {buckets: month, series: [{name: 'Total', values: month.map(() => 100)}]};
	rendered = renderWithProviders(
		<ChartPane width={90} height={14} focused={false} chart={november} unit="USD" message={undefined} forecast={forecast} markedDays={new Set(['2026-11-05'])} />,
	);
	const frame = await rendered.waitFor('forecast (80% band)');
	expect(frame).toContain('MTD $2,000.00 → projected $3,000.00 (±$100.00)  ┄ forecast (80% band)');
	expect(frame).toContain('┄');
	expect(frame).toContain('2026-11-30');
	const lines = frame.split('\n');
	const markerRow = lines.find(line => line.includes('▲'))!;
	// 30 days spread over all 77 points (two or three columns each): day 5 from the 11th, after the 11-column axis gutter.
	expect(markerRow.indexOf('▲') - markerRow.indexOf('│') - 1).toBe(11 + 11);
	expect(lines).toHaveLength(14);
	for (const line of lines) expect([...line].length).toBeLessThanOrEqual(90);
});

test('a chart in several units has no Total, names each unit, no dollars on the axis and no forecast', async () => {
	const days = Array.from({length: 20}, (_, index) => `2026-11-${String(index + 1).padStart(2, '0')}`);
	const forecast: ChartForecast = {
		days: ['2026-11-21'] as IsoDate[],
		mean: [100],
		lower80: [90],
		upper80: [110],
		projection: {month: {start: '2026-11-01', end: '2026-12-01'}, throughDay: '2026-11-20', monthToDate: parseAmount('2000'), projected: parseAmount('3000'), lower: parseAmount('2900'), upper: parseAmount('3100'), method: 'holt-winters'} as unknown as ChartForecast['projection'],
	};
	const usage = {
		buckets: days,
		mixedUnits: true as const,
		series: [
			{name: 'Amazon Kinesis', unit: 'Requests', values: days.map((_, index) => 48e9 + index * 1e9)},
			{name: 'Amazon S3', unit: 'GB-Mo', values: days.map(() => 30)},
		],
	};
	rendered = renderWithProviders(<ChartPane width={90} height={14} focused={false} chart={usage} unit="Requests" message={undefined} forecast={forecast} />);
	const frame = await rendered.waitFor('■ Amazon S3 (GB-Mo)');
	expect(frame).toContain('■ Amazon Kinesis (Requests)');
	expect(frame).not.toContain('Total');
	expect(frame).not.toContain('$');
	expect(frame).not.toContain('forecast');
	expect(frame).not.toContain('┄');
	expect(frame).toMatch(/\d+(\.\d)?B\s*[┤┼│]/u);
	expect(frame).not.toMatch(/B Requests/u);
});
