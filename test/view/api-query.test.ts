import {describe, expect, it} from 'vitest';
import type {IsoDate} from '../../source/dates.js';
import {costAnswerFromJson} from '../../source/view/api-rows.js';
import {costQueryParameters} from '../../source/view/api-query.js';
import type {CostQuery} from '../../source/query.js';
import {amountToString} from '../../source/money.js';

const query: CostQuery = {
	period: {start: '2026-11-01' as IsoDate, end: '2026-11-26' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [{type: 'DIMENSION', key: 'USAGE_TYPE'}],
	filter: {And: [{Dimensions: {Key: 'SERVICE', Values: ['Amazon Elastic Compute Cloud - Compute']}}, {Tags: {Key: 'team', Values: ['payments']}}]},
	scope: {source: 'demo', account: '318274650193'},
};

describe('the API parameters of a view', () => {
	it('asks for the same query as `aws-cost query` flags would', () => {
		expect([...costQueryParameters(query)!.entries()]).toEqual([
			['from', '2026-11-01'],
			['to', '2026-11-25'],
			['granularity', 'DAILY'],
			['metric', 'UnblendedCost'],
			['groupBy', 'USAGE_TYPE'],
			['filter', 'SERVICE=Amazon Elastic Compute Cloud - Compute'],
			['filter', 'TAG:team=payments'],
			['account', '318274650193'],
		]);
	});

	it('has none for a drill into untagged costs (the API has no filter for it)', () => {
		expect(costQueryParameters({...query, filter: {Tags: {Key: 'team', Values: [], MatchOptions: ['ABSENT']}}})).toBeUndefined();
	});
});

describe('reading /api/v1/costs', () => {
	it('turns amounts back into exact amounts and keeps the raw tag keys drill-downs filter on', () => {
		const answer = costAnswerFromJson({
			rows: [{start: '2026-11-01', end: '2026-11-02', keys: ['payments'], rawKeys: ['team$payments'], amount: 12345.6789012345, unit: 'USD', estimated: true}],
			total: {amount: 12345.6789012345, exact: '12345.6789012345', unit: 'USD'},
			units: ['USD'],
			estimated: true,
		});
		expect(answer.rows[0]!.keys).toEqual(['team$payments']);
		expect(amountToString(answer.rows[0]!.amount)).toBe('12345.6789012345');
		expect(answer).toMatchObject({unit: 'USD', estimated: true, total: '12345.6789012345'});
	});

	it('refuses an answer that is not a cost answer', () => {
		expect(() => costAnswerFromJson({rows: [{keys: 'x'}]})).toThrow(/not a cost answer/);
		expect(() => costAnswerFromJson(null)).toThrow(/not a cost answer/);
	});
});
