import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {amountToString} from '../../../source/money.js';
import type {CostQuery, Expression, GroupBy, Metric} from '../../../source/query.js';
import {createDemoSource} from '../../../source/sources/demo/index.js';
import {createParquetSource} from '../../../source/sources/parquet/index.js';
import type {CostSource} from '../../../source/sources/source.js';
import {tempDir} from '../../fixtures/run-cli.js';
import {EXPORT_TODAY, writeTestExport} from './demo-export-fixture.js';

const dir = tempDir('aws-cost-parity-');
const globs: Record<string, string> = {};
beforeAll(async () => {
	globs['cur2'] = await writeTestExport(dir.path, 'cur2');
	globs['focus'] = await writeTestExport(dir.path, 'focus');
}, 600_000);
afterAll(() => dir.remove());

const dim = (key: GroupBy & {type: 'DIMENSION'} extends {key: infer K} ? K : never): GroupBy => ({type: 'DIMENSION', key});
const PRODUCTION = '318274650193';

interface Case {
	readonly name: string;
	readonly start: string;
	readonly end: string;
	readonly granularity: 'DAILY' | 'MONTHLY';
	readonly metric: Metric;
	readonly groupBy?: readonly GroupBy[];
	readonly filter?: Expression;
	readonly account?: string;
}

/** Every metric, both group-by slots, tags, cost categories, filters, DAILY/MONTHLY, month and year boundaries. */
const CASES: readonly Case[] = [
	{name: 'unblended, monthly, ungrouped, whole export', start: '2025-10-01', end: '2026-01-21', granularity: 'MONTHLY', metric: 'UnblendedCost'},
	{name: 'amortized by service', start: '2025-10-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'AmortizedCost', groupBy: [dim('SERVICE')]},
	{name: 'net amortized by service', start: '2025-11-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'NetAmortizedCost', groupBy: [dim('SERVICE')]},
	{name: 'net unblended by account, daily over the year end', start: '2025-12-28', end: '2026-01-04', granularity: 'DAILY', metric: 'NetUnblendedCost', groupBy: [dim('LINKED_ACCOUNT')]},
	{name: 'blended by region', start: '2025-10-01', end: '2026-01-21', granularity: 'MONTHLY', metric: 'BlendedCost', groupBy: [dim('REGION')]},
	{name: 'usage quantity by usage type (units)', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UsageQuantity', groupBy: [dim('USAGE_TYPE')]},
	{name: 'usage quantity ungrouped, daily', start: '2025-11-28', end: '2025-12-03', granularity: 'DAILY', metric: 'UsageQuantity'},
	{name: 'usage quantity by service', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UsageQuantity', groupBy: [dim('SERVICE')]},
	{name: 'normalized usage by instance type', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'NormalizedUsageAmount', groupBy: [dim('INSTANCE_TYPE')]},
	{name: 'unblended by record type', start: '2025-10-01', end: '2026-01-21', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('RECORD_TYPE')]},
	{name: 'amortized by record type', start: '2025-10-01', end: '2026-01-21', granularity: 'MONTHLY', metric: 'AmortizedCost', groupBy: [dim('RECORD_TYPE')]},
	{name: 'service × account, daily over a month end', start: '2025-11-29', end: '2025-12-02', granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [dim('SERVICE'), dim('LINKED_ACCOUNT')]},
	{name: 'by tag team', start: '2025-12-01', end: '2026-01-21', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [{type: 'TAG', key: 'team'}]},
	{name: 'tag environment × cost category', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'AmortizedCost', groupBy: [{type: 'TAG', key: 'environment'}, {type: 'COST_CATEGORY', key: 'Business Unit'}]},
	{name: 'EC2 compute by usage type', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('USAGE_TYPE')], filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon Elastic Compute Cloud - Compute']}}},
	{name: 'without credits and refunds, by service', start: '2025-10-01', end: '2026-01-21', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('SERVICE')], filter: {Not: {Dimensions: {Key: 'RECORD_TYPE', Values: ['Credit', 'Refund']}}}},
	{name: 'untagged team (ABSENT) by service', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('SERVICE')], filter: {Tags: {Key: 'team', Values: [], MatchOptions: ['ABSENT']}}},
	{
		name: 'Or of region and tag, And with a service',
		start: '2025-12-20',
		end: '2026-01-10',
		granularity: 'DAILY',
		metric: 'UnblendedCost',
		groupBy: [dim('REGION')],
		filter: {
			And: [
				{Or: [{Dimensions: {Key: 'REGION', Values: ['eu-west-1']}}, {Tags: {Key: 'environment', Values: ['production']}}]},
				{Not: {Dimensions: {Key: 'SERVICE', Values: ['Tax']}}},
			],
		},
	},
	{name: 'usage type STARTS_WITH, case-insensitive', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('SERVICE')], filter: {Dimensions: {Key: 'USAGE_TYPE', Values: ['use1-'], MatchOptions: ['STARTS_WITH', 'CASE_INSENSITIVE']}}},
	{name: 'operation CONTAINS', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('OPERATION')], filter: {Dimensions: {Key: 'OPERATION', Values: ['RunInstances'], MatchOptions: ['CONTAINS']}}},
	{name: 'NoInstanceType names the lines without one', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('SERVICE')], filter: {Dimensions: {Key: 'INSTANCE_TYPE', Values: ['NoInstanceType']}}},
	{name: 'zone ENDS_WITH, by zone', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('AZ')], filter: {Dimensions: {Key: 'AZ', Values: ['a'], MatchOptions: ['ENDS_WITH']}}},
	{name: 'one account (scope), by service, daily', start: '2026-01-01', end: '2026-01-08', granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [dim('SERVICE')], account: PRODUCTION},
	{name: 'cost category filter, by account', start: '2025-12-01', end: '2026-01-21', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('LINKED_ACCOUNT')], filter: {CostCategories: {Key: 'Business Unit', Values: ['Retail']}}},
	{name: 'legal entity', start: '2025-12-01', end: '2026-01-01', granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [dim('LEGAL_ENTITY_NAME')]},
	{name: 'mid-month period, monthly buckets clipped', start: '2025-11-15', end: '2025-12-10', granularity: 'MONTHLY', metric: 'AmortizedCost', groupBy: [dim('SERVICE')]},
	{name: 'the last days, estimated, daily ungrouped', start: '2026-01-10', end: '2026-01-21', granularity: 'DAILY', metric: 'NetAmortizedCost'},
];

async function answer(source: CostSource, query: CostQuery): Promise<string[]> {
	const lines: string[] = [];
	for await (const page of source.costAndUsage(query)) {
		for (const row of page.rows) lines.push(`${row.start} ${row.end} ${JSON.stringify(row.keys)} ${amountToString(row.amount)} ${row.unit} ${row.estimated}`);
	}
	return lines;
}

describe.each(['cur2', 'focus'])('the Parquet source on the demo exported as %s', format => {
	const demo = createDemoSource({today: EXPORT_TODAY});
	it.each(CASES)('equals the demo row by row: $name', async testCase => {
		const parquet = createParquetSource(globs[format]!);
		const query: CostQuery = {
			period: {start: testCase.start as IsoDate, end: testCase.end as IsoDate},
			granularity: testCase.granularity,
			metric: testCase.metric,
			groupBy: testCase.groupBy ?? [],
			...(testCase.filter === undefined ? {} : {filter: testCase.filter}),
			scope: testCase.account === undefined ? {source: 'demo'} : {source: 'demo', account: testCase.account},
		};
		const expected = await answer(demo, query);
		expect(expected.length).toBeGreaterThan(0);
		expect(await answer(parquet, query)).toEqual(expected);
	});
});
