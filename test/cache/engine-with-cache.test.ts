import {describe, expect, it} from 'vitest';
import {CostEngine} from '../../source/engine.js';
import {TODAY, CountingCostSource, answerLikeCostExplorer} from './cost-explorer-like.js';
import {REGION, SERVICE, query, useTempCaches} from './temp-cache.js';

const caches = useTempCaches();

describe('CostEngine over the cost cache', () => {
	it('asks the source once for the same query', async () => {
		const source = new CountingCostSource();
		const engine = new CostEngine({source, cache: await caches.open(), today: TODAY});
		const monthToDate = query('2026-09-01', '2026-09-16', 'DAILY', [SERVICE, REGION]);
		const first = await engine.run(monthToDate);
		expect(first.stats.billableRequests).toBeGreaterThan(1);
		const second = await engine.run(monthToDate);
		expect(second.stats).toEqual({billableRequests: 0, cacheHits: 1, pages: 1, cacheTier: 'l2'});
		expect(second.rows).toEqual(first.rows);
		expect(second.total).toBe(first.total);
		expect(source.calls).toBe(1);
	});

	it('answers MONTHLY after DAILY over the same period without a request', async () => {
		const source = new CountingCostSource();
		const cache = await caches.open();
		const engine = new CostEngine({source, cache, today: TODAY});
		const daily = query('2026-06-01', '2026-09-16', 'DAILY', [SERVICE]);
		const monthly = query('2026-06-01', '2026-09-16', 'MONTHLY', [SERVICE]);
		const spent = (await engine.run(daily)).stats.billableRequests;
		const result = await engine.run(monthly);
		expect(result.stats.billableRequests).toBe(0);
		expect(result.rows).toEqual(answerLikeCostExplorer(monthly));
		expect(source.billableRequests).toBe(spent);
		expect(await cache.stats()).toMatchObject({hits: 1, misses: 1, requestsSaved: 1, entries: 1});
	});

	it('a new engine on the same file (another run of the CLI) spends nothing', async () => {
		const daily = query('2026-08-01', '2026-09-01', 'DAILY');
		const first = new CostEngine({source: new CountingCostSource(), cache: await caches.open(), today: TODAY});
		await first.run(daily);
		// The other run exits only once its cache writes are done (Session.close waits for them).
		await first.settled();
		const source = new CountingCostSource();
		const result = await new CostEngine({source, cache: await caches.open(), today: TODAY}).run(
			query('2026-08-01', '2026-09-01', 'MONTHLY'),
		);
		expect(result.rows).toEqual(answerLikeCostExplorer(query('2026-08-01', '2026-09-01', 'MONTHLY')));
		expect(source.calls).toBe(0);
	});

	it('fetches again for another account', async () => {
		const cache = await caches.open();
		const daily = query('2026-08-01', '2026-09-01', 'DAILY');
		await new CostEngine({source: new CountingCostSource(), cache, today: TODAY}).run(daily);
		const other = new CountingCostSource({account: '999999999999', principal: 'arn:aws:iam::999999999999:user/eve'});
		await new CostEngine({source: other, cache, today: TODAY}).run(daily);
		expect(other.calls).toBe(1);
	});
});
