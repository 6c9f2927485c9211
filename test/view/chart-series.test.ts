import {describe, expect, test} from 'vitest';
import {parseAmount} from '../../source/money.js';
import type {CostRow} from '../../source/rows.js';
import {buildChartData, downsample, fitBuckets, fitSeries} from '../../source/view/chart-series.js';

const row = (start: string, key: string, amount: string): CostRow => ({
	start,
	end: start,
	keys: [key],
	amount: parseAmount(amount),
	unit: 'USD',
	estimated: false,
});
const rows = [
	row('2026-03-01', 'EC2', '10'),
	row('2026-03-01', 'S3', '1'),
	row('2026-03-02', 'EC2', '20'),
	row('2026-03-02', 'Lambda', '4'),
	row('2026-03-03', 'S3', '2'),
];
const groupBy = {type: 'DIMENSION', key: 'SERVICE'} as const;

describe('buildChartData', () => {
	test('the total per bucket, then the biggest groups with zeros where they had no cost', () => {
		expect(buildChartData(rows, {groupBy, topGroups: 2})).toEqual({
			buckets: ['2026-03-01', '2026-03-02', '2026-03-03'],
			series: [
				{name: 'Total', values: [11, 24, 2]},
				{name: 'EC2', values: [10, 20, 0]},
				{name: 'Lambda', values: [0, 4, 0]},
			],
		});
	});

	test('following the cursor charts that group alone', () => {
		expect(buildChartData(rows, {groupBy, topGroups: 5, onlyKey: 'S3'}).series).toEqual([{name: 'S3', values: [1, 0, 2]}]);
	});

	test('no rows, no buckets', () => {
		expect(buildChartData([], {groupBy, topGroups: 3})).toEqual({buckets: [], series: [{name: 'Total', values: []}]});
	});
});

describe('fitting a series to the pane', () => {
	test('averages neighbours when longer than the width', () => {
		expect(downsample([1, 3, 5, 7], 2)).toEqual([2, 6]);
		expect(downsample([1, 2, 3], 5)).toEqual([1, 2, 3]);
		expect(downsample(Array.from({length: 365}, () => 4), 80)).toEqual(Array.from({length: 80}, () => 4));
		expect(downsample([1, 2], 0)).toEqual([]);
	});

	test('stretches short series over the whole width and keeps buckets in step', () => {
		expect(fitSeries([1, 2], 5)).toEqual([1, 1, 1, 2, 2]);
		expect(fitBuckets(['a', 'b'], 5)).toEqual(['a', 'a', 'a', 'b', 'b']);
		expect(fitSeries([1, 2, 3, 4], 2)).toEqual([1.5, 3.5]);
		expect(fitBuckets(['a', 'b', 'c', 'd'], 2)).toEqual(['a', 'c']);
	});

	test('thirty days fill a plot of 88 columns, none left empty, every day shown', () => {
		const days = Array.from({length: 30}, (_, index) => index);
		const fitted = fitSeries(days, 88);
		expect(fitted).toHaveLength(88);
		expect(new Set(fitted).size).toBe(30);
		expect(fitted.at(-1)).toBe(29);
	});
});
