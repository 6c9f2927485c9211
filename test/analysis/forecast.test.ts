import {describe, expect, it} from 'vitest';
import {forecastDaily, forecastGroups, forecastSum, toForecastResult} from '../../source/analysis/forecast.js';
import {amountToNumber} from '../../source/money.js';
import {WEEKLY_SHAPE, buildSeries, seededNormal} from './synthetic-series.js';

describe('forecastDaily', () => {
	it('follows a pure linear trend', () => {
		const series = buildSeries('2026-01-01', 70, index => 100 + 2 * index);
		const forecast = forecastDaily(series, 14);
		expect(forecast.method).toBe('holt-winters');
		expect(forecast.points[0]!.date).toBe('2026-03-12');
		for (const [h, point] of forecast.points.entries()) {
			const truth = 100 + 2 * (70 + h);
			expect(Math.abs(point.mean - truth) / truth).toBeLessThan(0.05);
		}
	});

	it('reproduces a pure weekly pattern', () => {
		const series = buildSeries('2026-01-05', 56, index => 300 + WEEKLY_SHAPE[index % 7]!);
		const forecast = forecastDaily(series, 21);
		for (const [h, point] of forecast.points.entries()) {
			expect(point.mean).toBeCloseTo(300 + WEEKLY_SHAPE[(56 + h) % 7]!, 1);
		}
	});

	it('moves to the new level after a step change', () => {
		const noise = seededNormal(7);
		const series = buildSeries('2026-01-05', 84, index => (index < 56 ? 200 : 400) + WEEKLY_SHAPE[index % 7]! + 3 * noise());
		const forecast = forecastDaily(series, 14);
		const average = forecast.points.reduce((sum, point) => sum + point.mean, 0) / forecast.points.length;
		expect(average).toBeGreaterThan(370);
		expect(average).toBeLessThan(430);
	});

	it('widens its intervals with the horizon and keeps them ordered', () => {
		const noise = seededNormal(11);
		const series = buildSeries('2026-01-05', 90, index => 500 + 1.5 * index + WEEKLY_SHAPE[index % 7]! + 20 * noise());
		const points = forecastDaily(series, 30).points;
		const width = (index: number) => points[index]!.upper95 - points[index]!.lower95;
		expect(width(29)).toBeGreaterThan(width(0));
		expect(width(13)).toBeGreaterThanOrEqual(width(6));
		for (const point of points) {
			expect(point.lower95).toBeLessThanOrEqual(point.lower80);
			expect(point.lower80).toBeLessThanOrEqual(point.mean);
			expect(point.mean).toBeLessThanOrEqual(point.upper80);
			expect(point.upper80).toBeLessThanOrEqual(point.upper95);
		}
	});

	it('never forecasts a negative cost', () => {
		const noise = seededNormal(3);
		const falling = buildSeries('2026-01-05', 60, index => Math.max(0, 120 - 2.5 * index + 10 * noise()));
		for (const point of forecastDaily(falling, 60).points) {
			expect(point.mean).toBeGreaterThanOrEqual(0);
			expect(point.lower95).toBeGreaterThanOrEqual(0);
		}
	});

	it.each([
		[0, 'none', 0],
		[1, 'flat', 5],
		[2, 'flat', 5],
		[4, 'mean', 5],
		[10, 'seasonal-naive', 5],
		[14, 'holt-winters', 5],
	] as const)('falls back by length: %i days → %s', (length, method, points) => {
		const series = buildSeries('2026-02-01', length, index => 40 + index);
		const forecast = forecastDaily(series, 5);
		expect(forecast.method).toBe(method);
		expect(forecast.points).toHaveLength(points);
	});

	it('carries one or two days forward flat', () => {
		const forecast = forecastDaily([{date: '2026-02-01' as never, amount: 80}], 3);
		expect(forecast.points.map(point => point.mean)).toEqual([80, 80, 80]);
		expect(forecast.points[2]!.upper80).toBeGreaterThan(forecast.points[0]!.upper80);
	});

	it('repeats the last week for a short series', () => {
		const series = buildSeries('2026-02-02', 10, index => 100 + WEEKLY_SHAPE[index % 7]!);
		const forecast = forecastDaily(series, 7);
		expect(forecast.points.map(point => point.mean)).toEqual(series.slice(3).map(point => point.amount));
	});

	it('fills missing days with zero and rejects bad input', () => {
		expect(() => forecastDaily([{date: '2026-02-01' as never, amount: Number.NaN}], 3)).toThrow(/not a number/);
		expect(() => forecastDaily([{date: '2026-02-30' as never, amount: 1}], 3)).toThrow(/not a day/);
		expect(() => forecastDaily([], 0)).toThrow(/horizon/);
		const gappy = [
			{date: '2026-02-01' as never, amount: 10},
			{date: '2026-02-03' as never, amount: 10},
		];
		expect(forecastDaily(gappy, 1).points[0]!.date).toBe('2026-02-04');
	});
});

describe('forecastSum and toForecastResult', () => {
	const noise = seededNormal(5);
	const series = buildSeries('2026-01-05', 70, index => 300 + WEEKLY_SHAPE[index % 7]! + 15 * noise());
	const forecast = forecastDaily(series, 14);

	it('sums the means and gives a wider interval to a longer sum', () => {
		const week = forecastSum(forecast, 0, 7);
		const twoWeeks = forecastSum(forecast, 0, 14);
		expect(week.mean).toBeCloseTo(forecast.points.slice(0, 7).reduce((sum, point) => sum + point.mean, 0), 6);
		expect(twoWeeks.upper - twoWeeks.lower).toBeGreaterThan(week.upper - week.lower);
		expect(week.lower).toBeLessThan(week.mean);
	});

	it('converts to the Cost Explorer forecast shape', () => {
		const result = toForecastResult(forecast, 95);
		expect(result.points).toHaveLength(14);
		expect(result.points[0]!.start).toBe('2026-03-16');
		expect(result.points[0]!.end).toBe('2026-03-17');
		expect(amountToNumber(result.points[0]!.upper)).toBeCloseTo(forecast.points[0]!.upper95, 6);
		expect(amountToNumber(result.total.mean)).toBeCloseTo(forecastSum(forecast, 0, 14).mean, 6);
	});

	it('forecasts each group from its own series', () => {
		const groups = new Map([
			['Amazon EC2', series],
			['Amazon S3', buildSeries('2026-01-05', 3, () => 12)],
		]);
		const forecasts = forecastGroups(groups, 7);
		expect(forecasts.get('Amazon EC2')!.method).toBe('holt-winters');
		expect(forecasts.get('Amazon S3')!.points[0]!.mean).toBe(12);
	});
});
