import {describe, expect, it} from 'vitest';
import {parseMetric, parseGranularity} from '../../source/input/parse-choices.js';
import {combineFilters, parseFilter} from '../../source/input/parse-filter.js';
import {parseGroupBy} from '../../source/input/parse-group-by.js';
import {buildQueryRequest} from '../../source/cli/query-options.js';

const env = {AWS_COST_TODAY: '2026-11-25'};

describe('parseGroupBy', () => {
	it.each([
		['SERVICE', {type: 'DIMENSION', key: 'SERVICE'}],
		['service', {type: 'DIMENSION', key: 'SERVICE'}],
		['account', {type: 'DIMENSION', key: 'LINKED_ACCOUNT'}],
		['usage-type', {type: 'DIMENSION', key: 'USAGE_TYPE'}],
		['linked_account', {type: 'DIMENSION', key: 'LINKED_ACCOUNT'}],
		['TAG:team', {type: 'TAG', key: 'team'}],
		['tag: environment', {type: 'TAG', key: 'environment'}],
		['COST_CATEGORY:Business Unit', {type: 'COST_CATEGORY', key: 'Business Unit'}],
		['cost-category:BU', {type: 'COST_CATEGORY', key: 'BU'}],
	])('%s → %j', (text, expected) => {
		expect(parseGroupBy(text)).toEqual(expected);
	});
	it.each([
		['COLOR', /Unknown dimension "COLOR"/],
		['USAGE_TYPE_GROUP', /cannot group by USAGE_TYPE_GROUP/],
	])('rejects %s', (text, message) => {
		expect(() => parseGroupBy(text)).toThrow(message);
	});
});

describe('parseFilter', () => {
	it.each([
		['SERVICE=AWS Lambda', {Dimensions: {Key: 'SERVICE', Values: ['AWS Lambda']}}],
		['region=us-east-1, eu-west-1', {Dimensions: {Key: 'REGION', Values: ['us-east-1', 'eu-west-1']}}],
		['TAG:team=payments', {Tags: {Key: 'team', Values: ['payments']}}],
		['COST_CATEGORY:BU=Retail', {CostCategories: {Key: 'BU', Values: ['Retail']}}],
		['RECORD_TYPE!=Credit,Refund', {Not: {Dimensions: {Key: 'RECORD_TYPE', Values: ['Credit', 'Refund']}}}],
	])('%s', (text, expected) => {
		expect(parseFilter(text)).toEqual(expected);
	});
	it.each(['SERVICE', 'SERVICE=', '=x', 'COLOR=red'])('rejects %j', text => {
		expect(() => parseFilter(text)).toThrow();
	});
	it('combines several filters with And', () => {
		const a = parseFilter('SERVICE=x');
		const b = parseFilter('REGION=y');
		expect(combineFilters([])).toBeUndefined();
		expect(combineFilters([a])).toBe(a);
		expect(combineFilters([a, b])).toEqual({And: [a, b]});
	});
});

describe('choices', () => {
	it.each([
		['amortized', 'AmortizedCost'],
		['AmortizedCost', 'AmortizedCost'],
		['net-amortized', 'NetAmortizedCost'],
		['netamortizedcost', 'NetAmortizedCost'],
		['usage', 'UsageQuantity'],
		['blended', 'BlendedCost'],
	])('metric %s → %s', (text, metric) => {
		expect(parseMetric(text)).toBe(metric);
	});
	it('rejects unknown metrics and granularities with the list of valid ones', () => {
		expect(() => parseMetric('cost')).toThrow(/UnblendedCost, AmortizedCost/);
		expect(() => parseGranularity('weekly')).toThrow(/HOURLY, DAILY, MONTHLY/);
		expect(parseGranularity('daily')).toBe('DAILY');
	});
});

describe('buildQueryRequest', () => {
	it('defaults to last month, monthly, unblended, default credentials, table', () => {
		const request = buildQueryRequest({}, env);
		expect(request.period).toEqual({start: '2026-10-01', end: '2026-11-01'});
		expect(request).toMatchObject({granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [], format: 'table', cacheMode: 'use', scopes: {kind: 'default'}});
	});
	it('turns inclusive --from/--to into an exclusive end', () => {
		expect(buildQueryRequest({from: '2026-09-01', to: '2026-09-30'}, env).period).toEqual({start: '2026-09-01', end: '2026-10-01'});
	});
	it('--today wins over AWS_COST_TODAY', () => {
		expect(buildQueryRequest({range: 'yesterday', today: '2024-03-01'}, env).period).toEqual({start: '2024-02-29', end: '2024-03-01'});
	});
	it('adds the credits filter to the user’s filters', () => {
		expect(buildQueryRequest({filter: ['SERVICE=Tax'], 'exclude-credits': true}, env).filter).toEqual({
			And: [{Dimensions: {Key: 'SERVICE', Values: ['Tax']}}, {Not: {Dimensions: {Key: 'RECORD_TYPE', Values: ['Credit', 'Refund']}}}],
		});
	});
	it.each([
		[{profile: ['a', 'b', 'a']}, {kind: 'profiles', profiles: ['a', 'b']}],
		[{'all-profiles': true}, {kind: 'all-profiles'}],
		[{demo: true}, {kind: 'demo'}],
	])('scopes %j', (values, scopes) => {
		expect(buildQueryRequest(values, env).scopes).toEqual(scopes);
	});
	it.each<[object, RegExp]>([
		[{range: 'last-month', from: '2026-01-01', to: '2026-01-02'}, /either --range or --from/],
		[{from: '2026-01-01'}, /go together/],
		[{format: 'xml'}, /Unknown format "xml"/],
		[{'no-cache': true, refresh: true}, /either --no-cache or --refresh/],
		[{demo: true, profile: ['x']}, /drop --profile/],
		[{account: '12345'}, /12-digit/],
		[{today: '2026-02-30'}, /AWS_COST_TODAY/],
		[{range: 'next-month'}, /Unknown range/],
	])('rejects %j', (values, message) => {
		expect(() => buildQueryRequest(values, env)).toThrow(message);
	});
});
