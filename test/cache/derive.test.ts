import {describe, expect, it} from 'vitest';
import {deriveRows, planDerivation} from '../../source/cache/derive.js';
import {amountToString, parseAmount} from '../../source/money.js';
import type {CostQuery, Expression} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';
import {EMPTY_DAY, answerLikeCostExplorer} from './cost-explorer-like.js';
import {REGION, SERVICE, query} from './temp-cache.js';

describe('planDerivation + deriveRows give what Cost Explorer would return', () => {
	const cases: Array<[string, CostQuery, CostQuery]> = [
		['MONTHLY from DAILY, whole months', query('2026-06-01', '2026-09-15', 'MONTHLY'), query('2026-06-01', '2026-09-15', 'DAILY')],
		['MONTHLY from DAILY, buckets clipped mid-month', query('2026-06-15', '2026-09-10', 'MONTHLY'), query('2026-06-01', '2026-09-15', 'DAILY')],
		['MONTHLY grouped from DAILY grouped', query('2026-07-01', '2026-09-01', 'MONTHLY', [SERVICE]), query('2026-06-20', '2026-09-15', 'DAILY', [SERVICE])],
		['DAILY sub-range of DAILY', query('2026-07-03', '2026-07-09', 'DAILY', [SERVICE]), query('2026-06-01', '2026-09-15', 'DAILY', [SERVICE])],
		['MONTHLY sub-range on whole cached months', query('2026-07-01', '2026-09-01', 'MONTHLY', [REGION]), query('2026-06-01', '2026-09-15', 'MONTHLY', [REGION])],
		['MONTHLY sub-range on the clipped cached edges', query('2026-06-15', '2026-08-01', 'MONTHLY'), query('2026-06-15', '2026-09-15', 'MONTHLY')],
		['ungrouped DAILY from grouped, over a day with nothing spent', query('2026-08-05', '2026-08-15', 'DAILY'), query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE])],
		['ungrouped DAILY from grouped, up to an empty today', query('2026-09-10', '2026-09-16', 'DAILY'), query('2026-09-01', '2026-09-16', 'DAILY', [SERVICE, REGION])],
		['ungrouped MONTHLY from DAILY grouped by two', query('2026-06-01', '2026-09-15', 'MONTHLY'), query('2026-06-01', '2026-09-15', 'DAILY', [SERVICE, REGION])],
		['ungrouped MONTHLY from MONTHLY grouped', query('2026-07-01', '2026-09-01', 'MONTHLY'), query('2026-06-01', '2026-09-15', 'MONTHLY', [SERVICE])],
		['SERVICE from SERVICE × REGION', query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE]), query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE, REGION])],
		['REGION from SERVICE × REGION', query('2026-08-01', '2026-09-01', 'DAILY', [REGION]), query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE, REGION])],
		['group-bys swapped', query('2026-08-01', '2026-09-01', 'DAILY', [REGION, SERVICE]), query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE, REGION])],
		['MONTHLY REGION over a sub-range from DAILY SERVICE × REGION', query('2026-07-10', '2026-09-05', 'MONTHLY', [REGION]), query('2026-06-01', '2026-09-15', 'DAILY', [SERVICE, REGION])],
		['DAILY from HOURLY', query('2026-09-02', '2026-09-15', 'DAILY', [SERVICE]), query('2026-09-01', '2026-09-16', 'HOURLY', [SERVICE])],
		['ungrouped MONTHLY from HOURLY grouped', query('2026-09-01', '2026-09-16', 'MONTHLY'), query('2026-09-01', '2026-09-16', 'HOURLY', [REGION])],
		['HOURLY sub-range, one group-by from two', query('2026-09-05', '2026-09-07', 'HOURLY', [SERVICE]), query('2026-09-01', '2026-09-16', 'HOURLY', [SERVICE, REGION])],
		['the same query', query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE]), query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE])],
	];

	it.each(cases)('%s', (_name, requested, cached) => {
		const derivation = planDerivation(requested, cached);
		expect(derivation).toBeDefined();
		const derived = deriveRows(derivation!, answerLikeCostExplorer(cached));
		expect(derived).toEqual(answerLikeCostExplorer(requested));
	});

	it('fills the day nothing was spent with a final zero row', () => {
		const derived = deriveRows(
			planDerivation(query('2026-08-05', '2026-08-15', 'DAILY'), query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE]))!,
			answerLikeCostExplorer(query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE])),
		);
		expect(derived?.find(row => row.start === EMPTY_DAY)).toEqual({
			start: EMPTY_DAY,
			end: '2026-08-11',
			keys: [],
			amount: 0n,
			unit: 'USD',
			estimated: false,
		});
		expect(derived).toHaveLength(10);
	});
});

const filterOn = (...values: string[]): Expression => ({Dimensions: {Key: 'SERVICE', Values: values}});

describe('planDerivation refuses what it cannot answer exactly', () => {
	const cached = query('2026-06-01', '2026-09-15', 'DAILY', [SERVICE, REGION]);
	const cases: Array<[string, CostQuery, CostQuery]> = [
		['another metric', query('2026-07-01', '2026-08-01', 'DAILY', [], {metric: 'AmortizedCost'}), cached],
		['a filter the cached query did not have', query('2026-07-01', '2026-08-01', 'DAILY', [], {filter: filterOn('Amazon S3')}), cached],
		['no filter where the cached query had one', query('2026-07-01', '2026-08-01', 'DAILY'), query('2026-06-01', '2026-09-15', 'DAILY', [], {filter: filterOn('Amazon S3')})],
		['another filter', query('2026-07-01', '2026-08-01', 'DAILY', [], {filter: filterOn('Amazon EC2')}), query('2026-06-01', '2026-09-15', 'DAILY', [], {filter: filterOn('Amazon S3')})],
		['another linked account', query('2026-07-01', '2026-08-01', 'DAILY', [], {scope: {source: 'demo', account: '222222222222'}}), cached],
		['another profile', query('2026-07-01', '2026-08-01', 'DAILY', [], {scope: {source: 'demo', profile: 'prod'}}), cached],
		['another source', query('2026-07-01', '2026-08-01', 'DAILY', [], {scope: {source: 'aws'}}), cached],
		['a period starting earlier', query('2026-05-31', '2026-08-01', 'DAILY'), cached],
		['a period ending later', query('2026-07-01', '2026-09-16', 'DAILY'), cached],
		['DAILY from MONTHLY', query('2026-07-01', '2026-08-01', 'DAILY'), query('2026-06-01', '2026-09-15', 'MONTHLY')],
		['HOURLY from DAILY', query('2026-09-05', '2026-09-06', 'HOURLY'), query('2026-09-01', '2026-09-15', 'DAILY')],
		['MONTHLY from MONTHLY starting mid-bucket', query('2026-07-10', '2026-09-01', 'MONTHLY'), query('2026-06-01', '2026-09-15', 'MONTHLY')],
		['MONTHLY from MONTHLY ending mid-bucket', query('2026-07-01', '2026-08-20', 'MONTHLY'), query('2026-06-01', '2026-09-15', 'MONTHLY')],
		['a group-by the cached query lacks', query('2026-07-01', '2026-08-01', 'DAILY', [SERVICE]), query('2026-06-01', '2026-09-15', 'DAILY', [REGION])],
		['grouped from ungrouped', query('2026-07-01', '2026-08-01', 'DAILY', [SERVICE]), query('2026-06-01', '2026-09-15', 'DAILY')],
		['a tag named like a dimension', query('2026-07-01', '2026-08-01', 'DAILY', [{type: 'TAG', key: 'SERVICE'}]), cached],
		['usage summed over groups (mixed units)', query('2026-07-01', '2026-08-01', 'DAILY', [], {metric: 'UsageQuantity'}), query('2026-06-01', '2026-09-15', 'DAILY', [SERVICE], {metric: 'UsageQuantity'})],
		['ungrouped HOURLY from grouped (empty hours)', query('2026-09-05', '2026-09-06', 'HOURLY'), query('2026-09-01', '2026-09-15', 'HOURLY', [SERVICE])],
	];

	it.each(cases)('%s', (_name, requested, cachedQuery) => {
		expect(planDerivation(requested, cachedQuery)).toBeUndefined();
	});

	it('still derives usage over time when no group is dropped', () => {
		const usage = {metric: 'UsageQuantity'} as const;
		expect(planDerivation(query('2026-07-01', '2026-08-01', 'MONTHLY', [SERVICE], usage), query('2026-06-01', '2026-09-15', 'DAILY', [SERVICE], usage))).toBeDefined();
	});

	it('treats filters that mean the same as the same', () => {
		const requested = query('2026-07-01', '2026-08-01', 'MONTHLY', [], {filter: filterOn('Amazon S3', 'Amazon EC2')});
		const cachedQuery = query('2026-06-01', '2026-09-15', 'DAILY', [], {filter: filterOn('Amazon EC2', 'Amazon S3', 'Amazon EC2')});
		expect(planDerivation(requested, cachedQuery)).toBeDefined();
	});
});

function row(start: string, end: string, keys: string[], amount: string, estimated = false): CostRow {
	return {start, end, keys, amount: parseAmount(amount), unit: 'USD', estimated};
}

describe('deriveRows', () => {
	it('sums exactly, with no float drift', () => {
		const rows = [
			row('2026-07-01', '2026-07-02', ['Amazon EC2'], '0.1'),
			row('2026-07-02', '2026-07-03', ['Amazon EC2'], '0.2'),
			row('2026-07-03', '2026-07-04', ['Amazon S3'], '0.3000000001'),
			row('2026-07-31', '2026-08-01', ['Amazon S3'], '12345678.9876543211'),
		];
		const derivation = planDerivation(query('2026-07-01', '2026-08-01', 'MONTHLY'), query('2026-07-01', '2026-08-01', 'DAILY', [SERVICE]));
		const derived = deriveRows(derivation!, rows);
		expect(derived?.map(each => [each.start, each.end, amountToString(each.amount)])).toEqual([
			['2026-07-01', '2026-08-01', '12345679.5876543212'],
		]);
	});

	it('marks a bucket estimated when any row in it is', () => {
		const rows = [row('2026-09-01', '2026-09-02', ['a'], '1'), row('2026-09-02', '2026-09-03', ['b'], '2', true)];
		const derivation = planDerivation(query('2026-09-01', '2026-09-03', 'MONTHLY', [SERVICE]), query('2026-09-01', '2026-09-03', 'DAILY', [SERVICE]));
		expect(deriveRows(derivation!, rows)?.map(each => [each.keys[0], each.estimated])).toEqual([
			['a', false],
			['b', true],
		]);
	});

	it('gives up on an empty bucket whose Estimated flag cannot be known', () => {
		const rows = [row('2026-09-01', '2026-09-02', ['a'], '1')];
		const derivation = planDerivation(query('2026-09-01', '2026-09-03', 'DAILY'), query('2026-09-01', '2026-09-03', 'DAILY', [SERVICE]));
		expect(deriveRows(derivation!, rows)).toBeUndefined();
	});

	it('gives empty grouped answers as no rows, and empty ungrouped ones as zero rows when final', () => {
		const cached = query('2026-07-01', '2026-07-04', 'DAILY', [SERVICE]);
		const later = [row('2026-07-03', '2026-07-04', ['a'], '1')];
		expect(deriveRows(planDerivation(query('2026-07-01', '2026-07-03', 'DAILY', [SERVICE]), cached)!, later)).toEqual([]);
		expect(deriveRows(planDerivation(query('2026-07-01', '2026-07-03', 'DAILY'), cached)!, later)?.map(each => [each.start, each.amount])).toEqual([
			['2026-07-01', 0n],
			['2026-07-02', 0n],
		]);
	});

	it('gives up on a group whose parts cancel to exactly 0 (listed at 0 or left out: the source decides)', () => {
		const byRecordType = query('2026-07-01', '2026-07-02', 'DAILY', [SERVICE, {type: 'DIMENSION', key: 'RECORD_TYPE'}]);
		const rows = [row('2026-07-01', '2026-07-02', ['Amazon S3', 'Usage'], '5.25'), row('2026-07-01', '2026-07-02', ['Amazon S3', 'Credit'], '-5.25')];
		expect(deriveRows(planDerivation(query('2026-07-01', '2026-07-02', 'DAILY', [SERVICE]), byRecordType)!, rows)).toBeUndefined();
		expect(deriveRows(planDerivation(query('2026-07-01', '2026-07-02', 'DAILY'), byRecordType)!, rows)?.map(each => each.amount)).toEqual([0n]);
	});

	it('keeps a group the source itself listed at 0', () => {
		const rows = [row('2026-07-01', '2026-07-02', ['AWS Lambda', 'us-east-1'], '0'), row('2026-07-01', '2026-07-02', ['Amazon S3', 'us-east-1'], '1')];
		const derived = deriveRows(planDerivation(query('2026-07-01', '2026-07-02', 'MONTHLY', [SERVICE]), query('2026-07-01', '2026-07-02', 'DAILY', [SERVICE, REGION]))!, rows);
		expect(derived?.map(each => [each.keys[0], each.amount])).toEqual([
			['AWS Lambda', 0n],
			['Amazon S3', 1_000_000_000_000_000n],
		]);
	});

	it('refuses hourly rows not stamped in UTC', () => {
		const rows = [row('2026-09-05T03:00:00+02:00', '2026-09-05T04:00:00+02:00', ['a'], '1', true)];
		const derivation = planDerivation(query('2026-09-05', '2026-09-06', 'DAILY', [SERVICE]), query('2026-09-05', '2026-09-06', 'HOURLY', [SERVICE]));
		expect(deriveRows(derivation!, rows)).toBeUndefined();
	});
});
