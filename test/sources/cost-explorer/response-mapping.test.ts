import type {GetCostAndUsageCommandOutput} from '@aws-sdk/client-cost-explorer';
import {describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {amountToString} from '../../../source/money.js';
import type {CostQuery} from '../../../source/query.js';
import {toAnomaly, toCostRows, toDimensionValues, toForecastResult} from '../../../source/sources/cost-explorer/response-mapping.js';

const query: CostQuery = {
	period: {start: '2026-11-01' as IsoDate, end: '2026-11-03' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [],
	scope: {source: 'aws'},
};
const grouped: CostQuery = {...query, groupBy: [{type: 'DIMENSION', key: 'SERVICE'}, {type: 'TAG', key: 'team'}]};
const output = (body: object) => ({$metadata: {}, ...body}) as GetCostAndUsageCommandOutput;

describe('toCostRows', () => {
	it('keeps CE\'s zero Totals on quiet days as real zero rows when ungrouped', () => {
		const rows = toCostRows(
			output({
				ResultsByTime: [
					{TimePeriod: {Start: '2026-11-01', End: '2026-11-02'}, Total: {UnblendedCost: {Amount: '0', Unit: 'USD'}}, Groups: [], Estimated: false},
					{TimePeriod: {Start: '2026-11-02', End: '2026-11-03'}, Total: {UnblendedCost: {Amount: '1.1E-9', Unit: 'USD'}}, Groups: [], Estimated: true},
				],
			}),
			query,
		);
		expect(rows.map(row => [row.start, row.keys, amountToString(row.amount), row.estimated])).toEqual([
			['2026-11-01', [], '0', false],
			['2026-11-02', [], '0.0000000011', true],
		]);
	});

	it('makes one row per group present and none for absent groups', () => {
		const rows = toCostRows(
			output({
				ResultsByTime: [
					{
						TimePeriod: {Start: '2026-11-01', End: '2026-11-02'},
						Total: {},
						Groups: [
							{Keys: ['Amazon EC2', 'team$web'], Metrics: {UnblendedCost: {Amount: '12.3456789012', Unit: 'USD'}}},
							{Keys: ['Amazon S3', 'team$'], Metrics: {UnblendedCost: {Amount: '-0.01', Unit: 'USD'}}},
						],
						Estimated: false,
					},
					{TimePeriod: {Start: '2026-11-02', End: '2026-11-03'}, Total: {}, Groups: [], Estimated: false},
				],
			}),
			grouped,
		);
		expect(rows.map(row => [row.start, row.keys, amountToString(row.amount)])).toEqual([
			['2026-11-01', ['Amazon EC2', 'team$web'], '12.3456789012'],
			['2026-11-01', ['Amazon S3', 'team$'], '-0.01'],
		]);
	});

	it('reports usage in CE\'s unit, falling back to none for usage metrics', () => {
		const usage = {...query, metric: 'UsageQuantity' as const};
		const rows = toCostRows(
			output({
				ResultsByTime: [
					{TimePeriod: {Start: '2026-11-01', End: '2026-11-02'}, Total: {UsageQuantity: {Amount: '730', Unit: 'Hrs'}}},
					{TimePeriod: {Start: '2026-11-02', End: '2026-11-03'}, Total: {UsageQuantity: {Amount: '5'}}},
				],
			}),
			usage,
		);
		expect(rows.map(row => row.unit)).toEqual(['Hrs', '']);
	});

	it('reads an empty answer as no rows', () => {
		expect(toCostRows(output({ResultsByTime: []}), query)).toEqual([]);
	});

	it.each<[string, object, CostQuery]>([
		['no ResultsByTime', {}, query],
		['ResultsByTime not a list', {ResultsByTime: 'x'}, query],
		['a bucket without dates', {ResultsByTime: [{Total: {UnblendedCost: {Amount: '1'}}}]}, query],
		['a Total without the metric', {ResultsByTime: [{TimePeriod: {Start: 'a', End: 'b'}, Total: {BlendedCost: {Amount: '1'}}}]}, query],
		['an amount that is not a decimal', {ResultsByTime: [{TimePeriod: {Start: 'a', End: 'b'}, Total: {UnblendedCost: {Amount: 'NaN'}}}]}, query],
		['an amount that is a number', {ResultsByTime: [{TimePeriod: {Start: 'a', End: 'b'}, Total: {UnblendedCost: {Amount: 1}}}]}, query],
		['a group with the wrong number of keys', {ResultsByTime: [{TimePeriod: {Start: 'a', End: 'b'}, Groups: [{Keys: ['only one'], Metrics: {UnblendedCost: {Amount: '1'}}}]}]}, grouped],
	])('refuses %s as an aws-failure', (_label, body, asked) => {
		expect(() => toCostRows(output(body), asked)).toThrow(expect.objectContaining({kind: 'aws-failure'}));
	});
});

describe('toDimensionValues', () => {
	it('copies values and attributes, defaulting attributes to none', () => {
		expect(toDimensionValues({$metadata: {}, DimensionValues: [{Value: 'eu-west-1'}, {Value: '1', Attributes: {description: 'Prod'}}], ReturnSize: 2, TotalSize: 2})).toEqual([
			{value: 'eu-west-1', attributes: {}},
			{value: '1', attributes: {description: 'Prod'}},
		]);
	});
});

describe('toForecastResult', () => {
	it('uses the mean as both bounds when CE sends no buckets', () => {
		const result = toForecastResult({$metadata: {}, Total: {Amount: '99.5', Unit: 'USD'}});
		expect([result.total.mean, result.total.lower, result.total.upper].map(amountToString)).toEqual(['99.5', '99.5', '99.5']);
		expect(result.points).toEqual([]);
	});

	it('refuses a forecast without a total', () => {
		expect(() => toForecastResult({$metadata: {}})).toThrow(expect.objectContaining({kind: 'aws-failure'}));
	});
});

describe('toAnomaly', () => {
	it('derives the missing spend figure from the other two, exactly', () => {
		const anomaly = toAnomaly({
			AnomalyId: 'x',
			AnomalyStartDate: '2026-11-03T00:00:00Z',
			AnomalyScore: {MaxScore: 0.9, CurrentScore: 0.1},
			Impact: {MaxImpact: 1, TotalImpact: 0.1, TotalExpectedSpend: 0.2},
			MonitorArn: 'arn',
		});
		expect(anomaly.start).toBe('2026-11-03');
		expect(amountToString(anomaly.actual)).toBe('0.3');
		expect(anomaly.end).toBeNull();
	});

	it('refuses an anomaly without an id or a start', () => {
		expect(() => toAnomaly({AnomalyId: undefined, AnomalyScore: undefined, Impact: undefined, MonitorArn: undefined})).toThrow(
			expect.objectContaining({kind: 'aws-failure'}),
		);
		expect(() => toAnomaly({AnomalyId: 'y', AnomalyScore: undefined, Impact: undefined, MonitorArn: undefined})).toThrow(
			expect.objectContaining({kind: 'aws-failure'}),
		);
	});
});
