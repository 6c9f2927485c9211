import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type IsoDate} from '../source/dates.js';
import {openCostCache} from '../source/cache/index.js';
import {CostEngine} from '../source/engine.js';
import {resolvePreset} from '../source/presets.js';
import type {CostQuery, GroupBy} from '../source/query.js';
import {createDemoSource} from '../source/sources/demo/index.js';

const today = '2026-11-25' as IsoDate;
const service = (key: GroupBy['key']) => ({type: 'DIMENSION', key}) as GroupBy;
const ec2 = {Dimensions: {Key: 'SERVICE' as const, Values: ['Amazon Elastic Compute Cloud - Compute']}};

/**
 * A person's first ten minutes: last month by service, the same daily, drill
 * into EC2, look back, come back. Several of these are derivable from earlier ones.
 */
export function explorationQueries(): CostQuery[] {
	const lastMonth = resolvePreset('last-month', today);
	const threeMonths = resolvePreset('last-3-months', today);
	const base = {metric: 'UnblendedCost' as const, scope: {source: 'demo' as const}};
	return [
		{...base, period: threeMonths, granularity: 'DAILY', groupBy: [service('SERVICE')]},
		{...base, period: lastMonth, granularity: 'MONTHLY', groupBy: [service('SERVICE')]},
		{...base, period: lastMonth, granularity: 'DAILY', groupBy: []},
		{...base, period: threeMonths, granularity: 'MONTHLY', groupBy: []},
		{...base, period: lastMonth, granularity: 'DAILY', groupBy: [service('USAGE_TYPE')], filter: ec2},
		{...base, period: lastMonth, granularity: 'MONTHLY', groupBy: [service('USAGE_TYPE')], filter: ec2},
		{...base, period: lastMonth, granularity: 'DAILY', groupBy: [service('REGION')], filter: ec2},
		{...base, period: threeMonths, granularity: 'DAILY', groupBy: [service('SERVICE')]},
		{...base, period: {start: lastMonth.start, end: '2026-10-15' as IsoDate}, granularity: 'DAILY', groupBy: [service('SERVICE')]},
		{...base, period: lastMonth, granularity: 'MONTHLY', groupBy: [service('SERVICE')]},
	];
}

/** Billable requests the exploration costs with no cache and with one. */
export async function benchExploration(): Promise<{withoutCache: number; withCache: number; queries: number}> {
	const queries = explorationQueries();
	const bare = new CostEngine({source: createDemoSource({today}), today});
	for (const query of queries) await bare.run(query);
	const dir = mkdtempSync(join(tmpdir(), 'aws-cost-bench-'));
	const cache = await openCostCache({path: join(dir, 'cache.sqlite')});
	try {
		const cached = new CostEngine({source: createDemoSource({today}), today, cache});
		for (const query of queries) await cached.run(query);
		return {withoutCache: bare.sessionStats.billableRequests, withCache: cached.sessionStats.billableRequests, queries: queries.length};
	} finally {
		await cache.close();
		rmSync(dir, {recursive: true, force: true});
	}
}
