import {describe, expect, it} from 'vitest';
import {totalOf} from '../../../source/aggregate.js';
import {CostError} from '../../../source/errors.js';
import type {Expression, GroupBy} from '../../../source/query.js';
import {createDemoSource} from '../../../source/sources/demo/index.js';
import {TODAY, demoQuery, period, rowsOf} from './demo-query.js';

const source = createDemoSource({today: TODAY});
const span = period('2026-11-01', '2026-11-08');

interface FilterCase {
	readonly name: string;
	readonly filter: Expression;
	/** The grouping whose keys decide membership. */
	readonly groupBy: readonly GroupBy[];
	/** Which groups the filter should keep. */
	readonly keeps: (keys: readonly string[]) => boolean;
}

const SERVICE: GroupBy = {type: 'DIMENSION', key: 'SERVICE'};
const REGION: GroupBy = {type: 'DIMENSION', key: 'REGION'};
const USAGE_TYPE: GroupBy = {type: 'DIMENSION', key: 'USAGE_TYPE'};
const ACCOUNT: GroupBy = {type: 'DIMENSION', key: 'LINKED_ACCOUNT'};
const TEAM: GroupBy = {type: 'TAG', key: 'team'};
const S3 = 'Amazon Simple Storage Service';
const EC2 = 'Amazon Elastic Compute Cloud - Compute';

const cases: FilterCase[] = [
	{
		name: 'SERVICE equals one of two',
		filter: {Dimensions: {Key: 'SERVICE', Values: [S3, 'AWS Lambda']}},
		groupBy: [SERVICE],
		keeps: ([service]) => service === S3 || service === 'AWS Lambda',
	},
	{
		name: 'Not SERVICE',
		filter: {Not: {Dimensions: {Key: 'SERVICE', Values: [EC2]}}},
		groupBy: [SERVICE],
		keeps: ([service]) => service !== EC2,
	},
	{
		name: 'Or of SERVICE and REGION',
		filter: {Or: [{Dimensions: {Key: 'SERVICE', Values: [S3]}}, {Dimensions: {Key: 'REGION', Values: ['eu-west-1']}}]},
		groupBy: [SERVICE, REGION],
		keeps: ([service, region]) => service === S3 || region === 'eu-west-1',
	},
	{
		name: 'And of LINKED_ACCOUNT and REGION',
		filter: {And: [{Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['318274650193']}}, {Dimensions: {Key: 'REGION', Values: ['us-west-2']}}]},
		groupBy: [ACCOUNT, REGION],
		keeps: ([account, region]) => account === '318274650193' && region === 'us-west-2',
	},
	{
		name: 'Not of an Or',
		filter: {Not: {Or: [{Dimensions: {Key: 'REGION', Values: ['global']}}, {Tags: {Key: 'team', Values: ['payments']}}]}},
		groupBy: [REGION, TEAM],
		keeps: ([region, team]) => region !== 'global' && team !== 'team$payments',
	},
	{
		name: 'tag team ABSENT',
		filter: {Tags: {Key: 'team', Values: [], MatchOptions: ['ABSENT']}},
		groupBy: [TEAM],
		keeps: ([team]) => team === 'team$',
	},
	{
		name: 'tag team equals two values',
		filter: {Tags: {Key: 'team', Values: ['payments', 'search']}},
		groupBy: [TEAM],
		keeps: ([team]) => team === 'team$payments' || team === 'team$search',
	},
	{
		name: 'tag environment equals "" (untagged, as a "environment$" drill-down asks)',
		filter: {Tags: {Key: 'environment', Values: ['']}},
		groupBy: [{type: 'TAG', key: 'environment'}],
		keeps: ([environment]) => environment === 'environment$',
	},
	{
		name: 'USAGE_TYPE STARTS_WITH',
		filter: {Dimensions: {Key: 'USAGE_TYPE', Values: ['USE1-BoxUsage'], MatchOptions: ['STARTS_WITH']}},
		groupBy: [USAGE_TYPE],
		keeps: ([usageType]) => usageType!.startsWith('USE1-BoxUsage'),
	},
	{
		name: 'USAGE_TYPE ENDS_WITH',
		filter: {Dimensions: {Key: 'USAGE_TYPE', Values: ['-Bytes'], MatchOptions: ['ENDS_WITH']}},
		groupBy: [USAGE_TYPE],
		keeps: ([usageType]) => usageType!.endsWith('-Bytes'),
	},
	{
		name: 'USAGE_TYPE CONTAINS',
		filter: {Dimensions: {Key: 'USAGE_TYPE', Values: ['NatGateway'], MatchOptions: ['CONTAINS']}},
		groupBy: [USAGE_TYPE],
		keeps: ([usageType]) => usageType!.includes('NatGateway'),
	},
	{
		name: 'SERVICE CASE_INSENSITIVE',
		filter: {Dimensions: {Key: 'SERVICE', Values: ['amazon dynamodb'], MatchOptions: ['EQUALS', 'CASE_INSENSITIVE']}},
		groupBy: [SERVICE],
		keeps: ([service]) => service === 'Amazon DynamoDB',
	},
	{
		name: 'LINKED_ACCOUNT_NAME',
		filter: {Dimensions: {Key: 'LINKED_ACCOUNT_NAME', Values: ['Sandbox', 'Security']}},
		groupBy: [ACCOUNT],
		keeps: ([account]) => account === '974102836457' || account === '863019472851',
	},
	{
		name: 'cost category Business Unit',
		filter: {CostCategories: {Key: 'Business Unit', Values: ['Retail']}},
		groupBy: [{type: 'COST_CATEGORY', key: 'Business Unit'}],
		keeps: ([unit]) => unit === 'Business Unit$Retail',
	},
	{
		name: 'cost category ABSENT (uncategorized)',
		filter: {CostCategories: {Key: 'Business Unit', Values: [], MatchOptions: ['ABSENT']}},
		groupBy: [{type: 'COST_CATEGORY', key: 'Business Unit'}],
		keeps: ([unit]) => unit === 'Business Unit$',
	},
	{
		name: 'INSTANCE_TYPE ABSENT is the NoInstanceType group',
		filter: {Dimensions: {Key: 'INSTANCE_TYPE', Values: [], MatchOptions: ['ABSENT']}},
		groupBy: [{type: 'DIMENSION', key: 'INSTANCE_TYPE'}],
		keeps: ([instanceType]) => instanceType === 'NoInstanceType',
	},
	{
		name: 'RECORD_TYPE Credit',
		filter: {Dimensions: {Key: 'RECORD_TYPE', Values: ['Credit']}},
		groupBy: [{type: 'DIMENSION', key: 'RECORD_TYPE'}],
		keeps: ([recordType]) => recordType === 'Credit',
	},
];

describe('demo filters', () => {
	it.each(cases.map(testCase => [testCase.name, testCase] as const))('%s gives exactly the sum of the groups it matches', async (_, testCase) => {
		const grouped = await rowsOf(source, demoQuery({period: span, granularity: 'MONTHLY', groupBy: testCase.groupBy}));
		const kept = grouped.filter(row => testCase.keeps(row.keys));
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.length).toBeLessThan(grouped.length);
		const filtered = await rowsOf(source, demoQuery({period: span, granularity: 'MONTHLY', filter: testCase.filter}));
		expect(totalOf(filtered)).toBe(totalOf(kept));
	});

	it('filters grouped rows too: a filtered grouping has only matching groups, with the same amounts', async () => {
		const filter: Expression = {Dimensions: {Key: 'REGION', Values: ['ap-southeast-2']}};
		const all = await rowsOf(source, demoQuery({period: span, groupBy: [REGION, SERVICE]}));
		const filtered = await rowsOf(source, demoQuery({period: span, groupBy: [REGION, SERVICE], filter}));
		expect(filtered).toEqual(all.filter(row => row.keys[0] === 'ap-southeast-2'));
	});

	it('matches nothing, without failing, for a tag no resource carries', async () => {
		const rows = await rowsOf(source, demoQuery({period: span, filter: {Tags: {Key: 'owner', Values: ['alice']}}}));
		expect(rows.every(row => row.amount === 0n)).toBe(true);
		expect(rows).toHaveLength(7);
	});

	it('rejects GREATER_THAN_OR_EQUAL, which Cost Explorer takes on anomaly impact only', async () => {
		const filter: Expression = {Dimensions: {Key: 'SERVICE', Values: ['1'], MatchOptions: ['GREATER_THAN_OR_EQUAL']}};
		await expect(rowsOf(source, demoQuery({period: span, filter}))).rejects.toBeInstanceOf(CostError);
	});
});
