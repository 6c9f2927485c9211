import {describe, expect, it} from 'vitest';
import {dailySeriesByGroup, dailySeriesFromRows, dayAfter, normalizeSeries, seriesTotal, sliceSeries} from '../../source/analysis/daily-series.js';
import type {IsoDate} from '../../source/dates.js';
import {parseAmount} from '../../source/money.js';
import type {CostRow} from '../../source/rows.js';

const row = (start: string, keys: string[], amount: string): CostRow => ({start, end: start, keys, amount: parseAmount(amount), unit: 'USD', estimated: false});
const day = (text: string) => text as IsoDate;

const rows = [
	row('2026-02-27', ['Amazon EC2', '111'], '10.10'),
	row('2026-02-27', ['Amazon S3', '111'], '0.05'),
	row('2026-02-28', ['Amazon EC2', '222'], '7'),
	row('2026-03-02', ['Amazon S3', '111'], '1.25'),
];

describe('daily series from rows', () => {
	it('sums every group per day and fills days without rows with zero', () => {
		expect(dailySeriesFromRows(rows)).toEqual([
			{date: '2026-02-27', amount: 10.15},
			{date: '2026-02-28', amount: 7},
			{date: '2026-03-01', amount: 0},
			{date: '2026-03-02', amount: 1.25},
		]);
	});

	it('covers exactly the period when one is given', () => {
		const series = dailySeriesFromRows(rows, {start: day('2026-02-28'), end: day('2026-03-04')});
		expect(series.map(point => point.amount)).toEqual([7, 0, 1.25, 0]);
		expect(dailySeriesFromRows(rows, {start: day('2026-03-04'), end: day('2026-03-04')})).toEqual([]);
	});

	it('splits by a group key, every group spanning the same days', () => {
		const byService = dailySeriesByGroup(rows);
		expect([...byService.keys()]).toEqual(['Amazon EC2', 'Amazon S3']);
		expect(byService.get('Amazon S3')!.map(point => point.amount)).toEqual([0.05, 0, 0, 1.25]);
		expect(byService.get('Amazon EC2')!).toHaveLength(4);
		const byAccount = dailySeriesByGroup(rows, 1);
		expect(byAccount.get('222')!.map(point => point.amount)).toEqual([0, 7, 0, 0]);
		expect(dailySeriesByGroup([])).toEqual(new Map());
	});
});

describe('normalizeSeries and helpers', () => {
	it('sorts, fills gaps and rejects repeats', () => {
		const series = normalizeSeries([
			{date: day('2026-01-03'), amount: 3},
			{date: day('2026-01-01'), amount: 1},
		]);
		expect(series.map(point => point.amount)).toEqual([1, 0, 3]);
		expect(() => normalizeSeries([{date: day('2026-01-01'), amount: 1}, {date: day('2026-01-01'), amount: 2}])).toThrow(/twice/);
		expect(normalizeSeries([])).toEqual([]);
	});

	it('slices, totals and finds the next day', () => {
		const series = normalizeSeries([{date: day('2025-12-31'), amount: 2}, {date: day('2026-01-01'), amount: 5}]);
		expect(sliceSeries(series, {start: day('2026-01-01'), end: day('2026-01-02')})).toEqual([{date: '2026-01-01', amount: 5}]);
		expect(seriesTotal(series)).toBe(7);
		expect(dayAfter(series)).toBe('2026-01-02');
		expect(dayAfter([])).toBeUndefined();
	});
});
