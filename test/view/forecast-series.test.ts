import {describe, expect, test} from 'vitest';
import type {DailyPoint} from '../../source/analysis/daily-series.js';
import {formatProjection} from '../../source/analysis/month-outlook.js';
import {type IsoDate, addDays, eachDay} from '../../source/dates.js';
import type {ChartData} from '../../source/view/chart-series.js';
import {type ChartForecast, chartForecast, chartPlot, forecastHistoryPeriod, viewHasForecast} from '../../source/view/forecast-series.js';

const today = '2026-11-25' as IsoDate;
/** Eight weeks of a weekly pattern around $100 a day, ending yesterday. */
const history: DailyPoint[] = eachDay(forecastHistoryPeriod(today)).map((date, index) => ({date, amount: 100 + (index % 7) * 5}));

describe('viewHasForecast', () => {
	const base = {period: {start: '2026-11-01' as IsoDate, end: '2026-11-26' as IsoDate}, granularity: 'DAILY', metric: 'UnblendedCost', chartFollowsCursor: false} as const;
	test.each([
		['this month, daily', base, true],
		['a period that ended before today', {...base, period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate}}, false],
		['monthly buckets', {...base, granularity: 'MONTHLY' as const}, false],
		['hourly buckets', {...base, granularity: 'HOURLY' as const}, false],
		['usage quantities', {...base, metric: 'UsageQuantity' as const}, false],
		['one cursor row charted', {...base, chartFollowsCursor: true}, false],
		['the first of the month', {...base, period: {start: today, end: addDays(today, 1)}}, true],
	])('%s → %s', (_, view, expected) => {
		expect(viewHasForecast(view, today)).toBe(expected);
	});
});

describe('chartForecast', () => {
	test('forecasts from today to the month end with nested 80% bounds, and projects the month', () => {
		const forecast = chartForecast(history, today)!;
		expect(forecast.days).toEqual(eachDay({start: today, end: '2026-12-01' as IsoDate}));
		forecast.days.forEach((_, index) => {
			expect(forecast.lower80[index]!).toBeLessThanOrEqual(forecast.mean[index]!);
			expect(forecast.mean[index]!).toBeLessThanOrEqual(forecast.upper80[index]!);
			expect(forecast.mean[index]!).toBeGreaterThan(90);
			expect(forecast.mean[index]!).toBeLessThan(140);
		});
		const monthToDate = history.filter(point => point.date >= '2026-11-01').reduce((sum, point) => sum + point.amount, 0);
		expect(formatProjection(forecast.projection)).toMatch(new RegExp(`^MTD \\$${monthToDate.toLocaleString('en-US')}\\.00 → projected \\$[\\d,.]+ \\(±\\$[\\d,.]+\\)$`));
	});

	test('ignores days from today on (partial), and has nothing to say without history', () => {
		const withToday = [...history, {date: today, amount: 3}];
		expect(chartForecast(withToday, today)).toEqual(chartForecast(history, today));
		expect(chartForecast([], today)).toBeUndefined();
	});

	test('on the last day of the month the forecast is that day alone', () => {
		const last = '2026-11-30' as IsoDate;
		const days = eachDay({start: '2026-10-01' as IsoDate, end: last}).map(date => ({date, amount: 50}));
		expect(chartForecast(days, last)?.days).toEqual([last]);
	});
});

describe('chartPlot', () => {
	const chart = {
		buckets: ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25'],
		series: [
			{name: 'Total', values: [10, 12, 11, 3]},
			{name: 'EC2', values: [6, 7, 6, 2]},
		],
	};
	const forecast: ChartForecast = {
		days: ['2026-11-25', '2026-11-26', '2026-11-27'] as IsoDate[],
		mean: [11, 12, 13],
		lower80: [9, 9, 9],
		upper80: [13, 15, 17],
		projection: chartForecast(history, today)!.projection,
	};

	test('without a forecast, the chart as it is', () => {
		expect(chartPlot(chart, undefined)).toEqual({
			buckets: chart.buckets,
			lines: [
				{role: 'actual', seriesIndex: 0, values: [10, 12, 11, 3]},
				{role: 'actual', seriesIndex: 1, values: [6, 7, 6, 2]},
			],
		});
	});

	test('appends the days after the last bucket; the band and mean start at the last billed day and cover today', () => {
		const plot = chartPlot(chart, forecast);
		expect(plot.buckets).toEqual([...chart.buckets, '2026-11-26', '2026-11-27']);
		expect(plot.lines).toEqual([
			{role: 'band', seriesIndex: 0, values: [null, null, 11, 9, 9, 9]},
			{role: 'band', seriesIndex: 0, values: [null, null, 11, 13, 15, 17]},
			{role: 'forecast', seriesIndex: 0, values: [null, null, 11, 11, 12, 13]},
			{role: 'actual', seriesIndex: 0, values: [10, 12, 11, 3, null, null]},
			{role: 'actual', seriesIndex: 1, values: [6, 7, 6, 2, null, null]},
		]);
	});

	test.each<[string, ChartData, number]>([
		['a chart with its total', chart, 5],
		['a chart in several units (no total)', {...chart, mixedUnits: true}, 2],
	])('the forecast is drawn only on a total: %s → %i lines', (_, charted, lines) => {
		const plot = chartPlot(charted, forecast);
		expect(plot.lines).toHaveLength(lines);
		if (charted.mixedUnits) expect(plot.lines.every(line => line.role === 'actual')).toBe(true);
	});

	test('a view starting today has no billed day to start from', () => {
		const plot = chartPlot({buckets: ['2026-11-25'], series: [{name: 'Total', values: [3]}]}, forecast);
		expect(plot.lines[2]).toEqual({role: 'forecast', seriesIndex: 0, values: [11, 12, 13]});
	});
});
