import {describe, expect, it} from 'vitest';
import {costQueryFromArguments} from '../../../source/assistant/tools/query-costs.js';
import type {ToolContext} from '../../../source/assistant/tools/tool.js';
import {fixedEngine, TODAY} from '../fixed-source.js';

const context: ToolContext = {engine: fixedEngine(), scope: {source: 'demo'}, today: TODAY};
const queryOf = (args: unknown) => costQueryFromArguments(args, context);

describe('query_costs arguments: accepted', () => {
	it('defaults to this month, MONTHLY, UnblendedCost, ungrouped, with the session scope', () => {
		expect(queryOf({})).toEqual({
			period: {start: '2026-10-01', end: '2026-10-17'},
			granularity: 'MONTHLY',
			metric: 'UnblendedCost',
			groupBy: [],
			scope: {source: 'demo'},
		});
	});

	it.each([
		['a preset', {range: 'last-month'}, {start: '2026-09-01', end: '2026-10-01'}],
		['a month', {range: '2026-07'}, {start: '2026-07-01', end: '2026-08-01'}],
		['a quarter', {range: '2026-Q3'}, {start: '2026-07-01', end: '2026-10-01'}],
		['explicit dates', {period: {start: '2026-09-10', end: '2026-09-20'}}, {start: '2026-09-10', end: '2026-09-20'}],
		['null for the unused one', {range: 'last-month', period: null}, {start: '2026-09-01', end: '2026-10-01'}],
	])('period from %s', (_name, args, period) => {
		expect(queryOf(args).period).toEqual(period);
	});

	it('falls back to the view’s period and metric for follow-ups', () => {
		const view = {...queryOf({range: '2026-08', metric: 'AmortizedCost'})};
		expect(costQueryFromArguments({}, {...context, view})).toMatchObject({
			period: {start: '2026-08-01', end: '2026-09-01'},
			metric: 'AmortizedCost',
		});
	});

	it.each([
		[['SERVICE'], [{type: 'DIMENSION', key: 'SERVICE'}]],
		['region', [{type: 'DIMENSION', key: 'REGION'}]],
		[['usage type', 'tag:team'], [{type: 'DIMENSION', key: 'USAGE_TYPE'}, {type: 'TAG', key: 'team'}]],
		[['account'], [{type: 'DIMENSION', key: 'LINKED_ACCOUNT'}]],
		[[{type: 'COST_CATEGORY', key: 'Business Unit'}], [{type: 'COST_CATEGORY', key: 'Business Unit'}]],
		[[{type: 'DIMENSION', key: 'REGION'}], [{type: 'DIMENSION', key: 'REGION'}]],
	])('groupBy %j', (groupBy, expected) => {
		expect(queryOf({groupBy}).groupBy).toEqual(expected);
	});

	it('takes granularity and metric in any case', () => {
		expect(queryOf({granularity: 'daily', metric: 'amortizedcost'})).toMatchObject({granularity: 'DAILY', metric: 'AmortizedCost'});
	});

	it('takes arguments sent as a JSON string', () => {
		expect(queryOf('{"range": "last-month"}').period).toEqual({start: '2026-09-01', end: '2026-10-01'});
	});

	it('keeps a filter Expression as given', () => {
		const filter = {
			And: [
				{Dimensions: {Key: 'SERVICE', Values: ['AWS Lambda']}},
				{Not: {Tags: {Key: 'env', Values: ['dev'], MatchOptions: ['EQUALS']}}},
			],
		};
		expect(queryOf({filter}).filter).toEqual(filter);
	});
});

describe('query_costs arguments: rejected with a precise message', () => {
	it.each([
		['not an object', [1, 2], 'The arguments must be a JSON object, got an array.'],
		['not JSON', '{range: last', 'The arguments are not valid JSON: send one JSON object, e.g. {"range": ...}.'],
		['an unknown argument', {range: 'last-month', service: 'EC2'}, 'Unknown argument "service": allowed: range, period, granularity, metric, groupBy, filter.'],
		['both range and period', {range: 'last-month', period: {start: '2026-09-01', end: '2026-10-01'}}, 'Give either range or period, not both.'],
		['an unknown preset', {range: 'last-fortnight'}, /^range: Unknown range "last-fortnight": use one of today, yesterday/],
		['a period that is a string', {period: '2026-09'}, 'period must be an object {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, got the string "2026-09".'],
		['an impossible day', {period: {start: '2026-02-30', end: '2026-03-01'}}, 'period.start must be a real day as "YYYY-MM-DD", got the string "2026-02-30".'],
		['an end before the start', {period: {start: '2026-09-30', end: '2026-09-01'}}, 'period.end (2026-09-01) must be after start (2026-09-30): end is exclusive, the day after the last day.'],
		['an equal end', {period: {start: '2026-09-01', end: '2026-09-01'}}, /^period.end \(2026-09-01\) must be after start/],
		['an unknown granularity', {granularity: 'WEEKLY'}, 'granularity "WEEKLY" is not one of HOURLY, DAILY, MONTHLY.'],
		['a metric that is a number', {metric: 3}, 'metric must be a string, got number 3.'],
		['three group-bys', {groupBy: ['SERVICE', 'REGION', 'AZ']}, 'groupBy takes at most 2 dimensions (Cost Explorer\'s limit), got 3.'],
		['an unknown dimension', {groupBy: ['SERVICES']}, /^groupBy\[0\] "SERVICES" is not a dimension Cost Explorer groups by: use one of SERVICE, /],
		['a filter-only dimension', {groupBy: ['SERVICE_CODE']}, /^groupBy\[0\] "SERVICE_CODE" is not a dimension/],
		['a repeated dimension', {groupBy: ['SERVICE', 'service']}, 'groupBy repeats a dimension: drop one.'],
		['a tag without a key', {groupBy: ['TAG:']}, 'groupBy[0] "TAG:" needs a name after the colon, e.g. "TAG:team".'],
		['a group-by number', {groupBy: [7]}, 'groupBy[0] must be a string like "SERVICE", got number 7.'],
		['a filter shorthand', {filter: {SERVICE: ['EC2']}}, /^filter must have exactly one of Dimensions, Tags, CostCategories, And, Or, Not, got "SERVICE": e.g. \{"Dimensions"/],
		['a filter with two fields', {filter: {Dimensions: {Key: 'SERVICE', Values: ['x']}, Tags: {Key: 't', Values: ['y']}}}, /^filter must have exactly one of .*, got "Dimensions", "Tags"/],
		['a filter string', {filter: 'SERVICE=EC2'}, /^filter must be an object like \{"Dimensions"/],
		['an unknown filter dimension', {filter: {Dimensions: {Key: 'SERVICES', Values: ['x']}}}, /^filter.Dimensions.Key "SERVICES" is not a filter dimension: use one of SERVICE/],
		['filter values that are not strings', {filter: {Dimensions: {Key: 'SERVICE', Values: [1]}}}, 'filter.Dimensions.Values must be an array of strings, got an array.'],
		['empty filter values', {filter: {Dimensions: {Key: 'SERVICE', Values: []}}}, 'filter.Dimensions.Values is empty: give at least one value (dimension_values lists them).'],
		['a lowercase field', {filter: {Dimensions: {key: 'SERVICE', Values: ['x']}}}, 'filter.Dimensions has unknown field "key": use Key, Values and optionally MatchOptions.'],
		['a one-operand And', {filter: {And: [{Dimensions: {Key: 'SERVICE', Values: ['x']}}]}}, 'filter.And must be an array of at least two expressions.'],
		['a bad nested operand', {filter: {Or: [{Dimensions: {Key: 'SERVICE', Values: ['x']}}, {Tags: {Key: '', Values: ['y']}}]}}, 'filter.Or[1].Tags.Key must be a non-empty string.'],
		['a bad match option', {filter: {Tags: {Key: 'env', Values: ['x'], MatchOptions: ['LIKE']}}}, /^filter.Tags.MatchOptions must be an array of EQUALS, ABSENT/],
	])('%s', (_name, args, message) => {
		expect(() => queryOf(args)).toThrow(message);
	});

	it('accepts an empty Values list only with ABSENT', () => {
		const filter = {Tags: {Key: 'team', Values: [], MatchOptions: ['ABSENT']}};
		expect(queryOf({filter}).filter).toEqual(filter);
	});

	it('names errors ToolArgumentError so they go back to the model', () => {
		expect(() => queryOf({granularity: 'WEEKLY'})).toThrow(expect.objectContaining({name: 'ToolArgumentError'}) as Error);
	});
});

