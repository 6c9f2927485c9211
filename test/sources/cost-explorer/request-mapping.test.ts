import {describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import type {CostQuery} from '../../../source/query.js';
import {
	latestForecastEnd,
	toAnomaliesInput,
	toCostAndUsageInput,
	toCostForecastInput,
	toDimensionValuesInput,
} from '../../../source/sources/cost-explorer/request-mapping.js';
import type {ForecastRequest} from '../../../source/sources/source.js';

const base: CostQuery = {
	period: {start: '2026-10-01' as IsoDate, end: '2026-11-01' as IsoDate},
	granularity: 'MONTHLY',
	metric: 'AmortizedCost',
	groupBy: [],
	scope: {source: 'aws'},
};
const region = {Dimensions: {Key: 'REGION', Values: ['us-east-1']}} as const;
const account = {Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['111122223333']}} as const;

describe('toCostAndUsageInput', () => {
	it.each<[string, Partial<CostQuery>, string | undefined, object]>([
		['ungrouped, unfiltered', {}, undefined, {TimePeriod: {Start: '2026-10-01', End: '2026-11-01'}, Granularity: 'MONTHLY', Metrics: ['AmortizedCost']}],
		[
			'two group-bys: a dimension and a cost category',
			{groupBy: [{type: 'DIMENSION', key: 'LINKED_ACCOUNT'}, {type: 'COST_CATEGORY', key: 'Team'}]},
			undefined,
			{GroupBy: [{Type: 'DIMENSION', Key: 'LINKED_ACCOUNT'}, {Type: 'COST_CATEGORY', Key: 'Team'}]},
		],
		['a filter as it is', {filter: region}, undefined, {Filter: region}],
		['an account scope alone', {scope: {source: 'aws', account: '111122223333'}}, undefined, {Filter: account}],
		['an account scope with a filter, combined by And', {filter: region, scope: {source: 'aws', account: '111122223333'}}, undefined, {Filter: {And: [region, account]}}],
		[
			'a nested filter with match options',
			{filter: {Not: {Tags: {Key: 'env', Values: ['dev'], MatchOptions: ['EQUALS', 'CASE_INSENSITIVE']}}}},
			undefined,
			{Filter: {Not: {Tags: {Key: 'env', Values: ['dev'], MatchOptions: ['EQUALS', 'CASE_INSENSITIVE']}}}},
		],
		['HOURLY timestamps', {granularity: 'HOURLY', period: {start: '2026-11-20' as IsoDate, end: '2026-11-22' as IsoDate}}, undefined, {TimePeriod: {Start: '2026-11-20T00:00:00Z', End: '2026-11-22T00:00:00Z'}, Granularity: 'HOURLY'}],
		['the next page', {}, 'token-2', {NextPageToken: 'token-2'}],
	])('%s', (_label, change, token, expected) => {
		const input = toCostAndUsageInput({...base, ...change}, token);
		expect(input).toMatchObject(expected);
		if (change.groupBy === undefined) expect(input).not.toHaveProperty('GroupBy');
		if (change.filter === undefined && change.scope === undefined) expect(input).not.toHaveProperty('Filter');
		if (token === undefined) expect(input).not.toHaveProperty('NextPageToken');
	});

	it('never shares arrays with the query', () => {
		const filter = {Dimensions: {Key: 'SERVICE' as const, Values: ['Amazon S3']}};
		const input = toCostAndUsageInput({...base, filter});
		expect(input.Filter?.Dimensions?.Values).not.toBe(filter.Dimensions.Values);
	});
});

describe('toDimensionValuesInput', () => {
	it('asks in the COST_AND_USAGE context, with search and filter when given', () => {
		expect(
			toDimensionValuesInput({dimension: 'SERVICE', period: base.period, search: 'EC2', filter: region}, 'next'),
		).toEqual({
			TimePeriod: {Start: '2026-10-01', End: '2026-11-01'},
			Dimension: 'SERVICE',
			Context: 'COST_AND_USAGE',
			SearchString: 'EC2',
			Filter: region,
			NextPageToken: 'next',
		});
		expect(toDimensionValuesInput({dimension: 'REGION', period: base.period, search: ''})).not.toHaveProperty('SearchString');
	});
});

describe('toCostForecastInput', () => {
	const today = '2026-11-30' as IsoDate;
	const request: ForecastRequest = {
		period: {start: today, end: '2026-12-31' as IsoDate},
		granularity: 'DAILY',
		metric: 'UnblendedCost',
		predictionIntervalLevel: 95,
	};

	it.each([
		['UnblendedCost', 'UNBLENDED_COST'],
		['AmortizedCost', 'AMORTIZED_COST'],
		['NetAmortizedCost', 'NET_AMORTIZED_COST'],
		['NetUnblendedCost', 'NET_UNBLENDED_COST'],
		['BlendedCost', 'BLENDED_COST'],
	] as const)('names %s as %s', (metric, expected) => {
		expect(toCostForecastInput({...request, metric, filter: region}, today)).toEqual({
			TimePeriod: {Start: '2026-11-30', End: '2026-12-31'},
			Metric: expected,
			Granularity: 'DAILY',
			PredictionIntervalLevel: 95,
			Filter: region,
		});
	});

	it('reaches 3 months ahead for DAILY and 12 for MONTHLY, clamped to month ends', () => {
		expect(latestForecastEnd(today, 'DAILY')).toBe('2027-02-28');
		expect(latestForecastEnd(today, 'MONTHLY')).toBe('2027-11-30');
		expect(latestForecastEnd('2027-11-29' as IsoDate, 'DAILY')).toBe('2028-02-29');
		expect(() => toCostForecastInput({...request, period: {start: today, end: '2027-02-28' as IsoDate}}, today)).not.toThrow();
		expect(() => toCostForecastInput({...request, period: {start: today, end: '2027-03-01' as IsoDate}}, today)).toThrow(/by 2027-02-28/);
		expect(() =>
			toCostForecastInput({...request, granularity: 'MONTHLY', period: {start: today, end: '2027-11-30' as IsoDate}}, today),
		).not.toThrow();
	});

	it.each<[string, Partial<ForecastRequest>, RegExp]>([
		['a start before today', {period: {start: '2026-11-29' as IsoDate, end: '2026-12-05' as IsoDate}}, /starts today or later: start it on or after 2026-11-30/],
		['an empty period', {period: {start: today, end: today}}, /ends .* before it starts/],
		['a usage metric', {metric: 'UsageQuantity'}, /cost metrics only/],
		['an interval below 51', {predictionIntervalLevel: 50}, /51 to 99/],
		['an interval above 99', {predictionIntervalLevel: 100}, /51 to 99/],
		['a fractional interval', {predictionIntervalLevel: 80.5}, /51 to 99/],
	])('refuses %s as bad input', (_label, change, message) => {
		expect(() => toCostForecastInput({...request, ...change}, today)).toThrow(message);
		try {
			toCostForecastInput({...request, ...change}, today);
		} catch (error) {
			expect(error).toMatchObject({kind: 'bad-input'});
		}
	});
});

describe('toAnomaliesInput', () => {
	it('turns the exclusive end into GetAnomalies\' inclusive EndDate', () => {
		expect(toAnomaliesInput({start: '2026-02-01' as IsoDate, end: '2026-03-01' as IsoDate})).toEqual({
			DateInterval: {StartDate: '2026-02-01', EndDate: '2026-02-28'},
		});
		expect(toAnomaliesInput(base.period, 'more')).toEqual({DateInterval: {StartDate: '2026-10-01', EndDate: '2026-10-31'}, NextPageToken: 'more'});
	});
});
