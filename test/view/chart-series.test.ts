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

describe('buildChartData across units', () => {
	const usage = (start: string, key: string, amount: string, unit: string): CostRow => ({...row(start, key, amount), unit});
	const mixed = [
		usage('2026-03-01', 'Amazon Kinesis', '48000000000', 'Requests'),
		usage('2026-03-01', 'Amazon Kinesis', '20', 'ShardHours'),
		usage('2026-03-01', 'Amazon S3', '30', 'GB-Mo'),
		usage('2026-03-02', 'Amazon S3', '40', 'GB-Mo'),
	];
	const sameUnit = [usage('2026-03-01', 'Amazon S3', '30', 'GB-Mo'), usage('2026-03-02', 'Amazon EC2', '5', 'GB-Mo')];
	test.each([
		['one unit: a Total, then the groups', sameUnit, {}, [{name: 'Total', values: [30, 5]}, {name: 'Amazon S3', values: [30, 0]}, {name: 'Amazon EC2', values: [0, 5]}], undefined],
		[
			'several units: no Total, one series per group and unit',
			mixed,
			{},
			[
				{name: 'Amazon Kinesis', unit: 'Requests', values: [48000000000, 0]},
				{name: 'Amazon S3', unit: 'GB-Mo', values: [30, 40]},
				{name: 'Amazon Kinesis', unit: 'ShardHours', values: [20, 0]},
			],
			true,
		],
		['several units, top 1', mixed, {topGroups: 1}, [{name: 'Amazon Kinesis', unit: 'Requests', values: [48000000000, 0]}], true],
		[
			'several units, following the cursor: that group, once per unit',
			mixed,
			{onlyKey: 'Amazon Kinesis'},
			[
				{name: 'Amazon Kinesis', unit: 'Requests', values: [48000000000, 0]},
				{name: 'Amazon Kinesis', unit: 'ShardHours', values: [20, 0]},
			],
			true,
		],
	])('%s', (_, charted, options, series, mixedUnits) => {
		const chart = buildChartData(charted, {groupBy, topGroups: 5, ...options});
		expect(chart.series).toEqual(series);
		expect(chart.mixedUnits).toBe(mixedUnits);
		expect(chart.buckets).toEqual(['2026-03-01', '2026-03-02']);
	});
});

describe('buildChartData by two group-bys', () => {
	const region = {type: 'DIMENSION', key: 'REGION'} as const;
	const pair = (start: string, keys: [string, string], amount: string): CostRow => ({...row(start, keys[0], amount), keys});
	const pairs = [
		pair('2026-03-01', ['EC2', 'us-east-1'], '10'),
		pair('2026-03-01', ['EC2', 'eu-west-1'], '3'),
		pair('2026-03-02', ['EC2', 'us-east-1'], '20'),
		pair('2026-03-02', ['S3', 'us-east-1'], '4'),
	];

	test('one series per key pair, named by both keys', () => {
		expect(buildChartData(pairs, {groupBy: [groupBy, region], topGroups: 3}).series).toEqual([
			{name: 'Total', values: [13, 24]},
			{name: 'EC2 · us-east-1', keys: ['EC2', 'us-east-1'], values: [10, 20]},
			{name: 'S3 · us-east-1', keys: ['S3', 'us-east-1'], values: [0, 4]},
			{name: 'EC2 · eu-west-1', keys: ['EC2', 'eu-west-1'], values: [3, 0]},
		]);
	});

	test('following the cursor charts that pair alone', () => {
		const onlyKey = 'EC2\u0000eu-west-1';
		expect(buildChartData(pairs, {groupBy: [groupBy, region], topGroups: 3, onlyKey}).series).toEqual([{name: 'EC2 · eu-west-1', keys: ['EC2', 'eu-west-1'], values: [3, 0]}]);
	});
});
