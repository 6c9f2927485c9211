import {describe, expect, it} from 'vitest';
import {deriveRows, planDerivation} from '../../source/cache/derive.js';
import type {IsoDate} from '../../source/dates.js';
import type {CostQuery, GroupBy} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {query} from './temp-cache.js';

const today = '2026-11-20' as IsoDate;
const demo = createDemoSource({today});
const SERVICE: GroupBy = {type: 'DIMENSION', key: 'SERVICE'};
const REGION: GroupBy = {type: 'DIMENSION', key: 'REGION'};
const RECORD_TYPE: GroupBy = {type: 'DIMENSION', key: 'RECORD_TYPE'};
const ACCOUNT: GroupBy = {type: 'DIMENSION', key: 'LINKED_ACCOUNT'};
const TEAM: GroupBy = {type: 'TAG', key: 'team'};

async function demoAnswer(of: CostQuery): Promise<CostRow[]> {
	const rows: CostRow[] = [];
	for await (const page of demo.costAndUsage(of)) rows.push(...page.rows);
	return rows;
}

const ec2Only = {filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon Elastic Compute Cloud - Compute']}}} as const;
const amortized = {metric: 'AmortizedCost'} as const;

describe('derived answers equal the demo source’s own answers', () => {
	const cases: Array<[string, CostQuery, CostQuery]> = [
		['MONTHLY from DAILY', query('2026-09-01', '2026-11-21', 'MONTHLY', [SERVICE]), query('2026-09-01', '2026-11-21', 'DAILY', [SERVICE])],
		['clipped MONTHLY from DAILY', query('2026-08-17', '2026-11-05', 'MONTHLY'), query('2026-08-01', '2026-11-21', 'DAILY')],
		['DAILY sub-range, into the estimated days', query('2026-11-10', '2026-11-21', 'DAILY', [REGION]), query('2026-10-01', '2026-11-21', 'DAILY', [REGION])],
		['MONTHLY sub-range on whole months', query('2026-07-01', '2026-10-01', 'MONTHLY', [ACCOUNT]), query('2026-05-01', '2026-11-21', 'MONTHLY', [ACCOUNT])],
		['totals from SERVICE', query('2026-09-01', '2026-11-21', 'DAILY'), query('2026-09-01', '2026-11-21', 'DAILY', [SERVICE])],
		['MONTHLY totals from RECORD_TYPE (credits and refunds)', query('2026-08-01', '2026-11-21', 'MONTHLY'), query('2026-08-01', '2026-11-21', 'DAILY', [RECORD_TYPE])],
		['SERVICE from SERVICE × REGION', query('2026-10-01', '2026-11-01', 'MONTHLY', [SERVICE]), query('2026-10-01', '2026-11-01', 'DAILY', [SERVICE, REGION])],
		['SERVICE from SERVICE × RECORD_TYPE', query('2026-10-01', '2026-11-01', 'DAILY', [SERVICE]), query('2026-10-01', '2026-11-01', 'DAILY', [SERVICE, RECORD_TYPE])],
		['team from team × account', query('2026-09-01', '2026-11-21', 'MONTHLY', [TEAM]), query('2026-09-01', '2026-11-21', 'DAILY', [ACCOUNT, TEAM])],
		['amortized, filtered to EC2', query('2026-10-05', '2026-11-15', 'MONTHLY', [], {...amortized, ...ec2Only}), query('2026-10-01', '2026-11-21', 'DAILY', [REGION], {...amortized, ...ec2Only})],
		['usage per service over time', query('2026-10-01', '2026-11-01', 'MONTHLY', [SERVICE], {metric: 'UsageQuantity'}), query('2026-10-01', '2026-11-01', 'DAILY', [SERVICE], {metric: 'UsageQuantity'})],
		['DAILY from HOURLY', query('2026-11-08', '2026-11-21', 'DAILY', [SERVICE]), query('2026-11-07', '2026-11-21', 'HOURLY', [SERVICE])],
		['HOURLY sub-range, REGION from SERVICE × REGION', query('2026-11-12', '2026-11-14', 'HOURLY', [REGION]), query('2026-11-10', '2026-11-21', 'HOURLY', [SERVICE, REGION])],
		['MONTHLY totals from HOURLY by service', query('2026-11-07', '2026-11-21', 'MONTHLY'), query('2026-11-07', '2026-11-21', 'HOURLY', [SERVICE])],
	];

	it.each(cases)('%s', async (_name, requested, cached) => {
		const derivation = planDerivation(requested, cached);
		expect(derivation).toBeDefined();
		const [expected, cachedRows] = await Promise.all([demoAnswer(requested), demoAnswer(cached)]);
		expect(expected.length).toBeGreaterThan(0);
		expect(deriveRows(derivation!, cachedRows)).toEqual(expected);
	});
});
