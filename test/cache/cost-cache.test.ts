import {describe, expect, it} from 'vitest';
import {SHORT_TTL_MS, LONG_TTL_MS} from '../../source/cache/ttl.js';
import {parseAmount} from '../../source/money.js';
import type {CostRow} from '../../source/rows.js';
import {TODAY, answerLikeCostExplorer} from './cost-explorer-like.js';
import {ANA, BEN, ManualClock, REGION, SERVICE, query, useTempCaches} from './temp-cache.js';

const caches = useTempCaches();
const augustDaily = query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE, REGION]);

describe('openCostCache: exact answers', () => {
	it('answers a stored query with the same rows, exactly', async () => {
		const cache = await caches.open();
		const rows = answerLikeCostExplorer(augustDaily);
		await cache.store(ANA, augustDaily, rows, 3, TODAY);
		expect(await cache.lookup(ANA, augustDaily, TODAY)).toEqual({rows, derived: false, tier: 'l2'});
	});

	it('keeps an empty answer apart from no answer', async () => {
		const cache = await caches.open();
		await cache.store(ANA, augustDaily, [], 1, TODAY);
		expect(await cache.lookup(ANA, augustDaily, TODAY)).toEqual({rows: [], derived: false, tier: 'l2'});
	});

	it('misses what was never stored', async () => {
		const cache = await caches.open();
		expect(await cache.lookup(ANA, augustDaily, TODAY)).toBeUndefined();
	});

	it('never answers one account with another account’s rows, exact or derived', async () => {
		const cache = await caches.open();
		await cache.store(ANA, augustDaily, answerLikeCostExplorer(augustDaily), 1, TODAY);
		expect(await cache.lookup(BEN, augustDaily, TODAY)).toBeUndefined();
		expect(await cache.lookup(BEN, query('2026-08-01', '2026-09-01', 'MONTHLY'), TODAY)).toBeUndefined();
		expect(await cache.lookup({...ANA, principal: 'arn:aws:iam::111111111111:role/other'}, augustDaily, TODAY)).toBeUndefined();
	});

	it('keeps the same account apart under two scopes', async () => {
		const cache = await caches.open();
		await cache.store(ANA, augustDaily, answerLikeCostExplorer(augustDaily), 1, TODAY);
		const linked = {...augustDaily, scope: {source: 'demo', account: '333333333333'}} as const;
		expect(await cache.lookup(ANA, linked, TODAY)).toBeUndefined();
	});

	it('answers a query that means the same (filter values in another order, repeated)', async () => {
		const cache = await caches.open();
		const stored = query('2026-08-01', '2026-09-01', 'DAILY', [], {
			filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon S3', 'Amazon EC2']}},
		});
		const same = query('2026-08-01', '2026-09-01', 'DAILY', [], {
			filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon EC2', 'Amazon S3', 'Amazon EC2']}},
		});
		const rows = answerLikeCostExplorer(stored);
		await cache.store(ANA, stored, rows, 1, TODAY);
		expect(await cache.lookup(ANA, same, TODAY)).toEqual({rows, derived: false, tier: 'l2'});
	});

	it('replaces an entry stored again', async () => {
		const cache = await caches.open();
		const first: CostRow[] = [{start: '2026-08-01', end: '2026-09-01', keys: [], amount: parseAmount('1'), unit: 'USD', estimated: true}];
		const second: CostRow[] = [{...first[0]!, amount: parseAmount('2'), estimated: false}];
		const monthly = query('2026-08-01', '2026-09-01', 'MONTHLY');
		await cache.store(ANA, monthly, first, 1, TODAY);
		await cache.store(ANA, monthly, second, 1, TODAY);
		expect((await cache.lookup(ANA, monthly, TODAY))?.rows).toEqual(second);
		expect((await cache.stats()).entries).toBe(1);
	});
});

describe('openCostCache: derived answers', () => {
	const daily = query('2026-06-01', '2026-09-15', 'DAILY', [SERVICE, REGION]);

	it.each([
		['MONTHLY from DAILY', query('2026-06-01', '2026-09-15', 'MONTHLY', [SERVICE, REGION])],
		['a sub-range', query('2026-07-04', '2026-07-19', 'DAILY', [SERVICE, REGION])],
		['totals from groups', query('2026-06-01', '2026-09-15', 'DAILY')],
		['one group-by from two', query('2026-06-01', '2026-09-15', 'DAILY', [REGION])],
		['all at once', query('2026-07-10', '2026-09-01', 'MONTHLY', [SERVICE])],
	])('%s', async (_name, requested) => {
		const cache = await caches.open();
		await cache.store(ANA, daily, answerLikeCostExplorer(daily), 4, TODAY);
		expect(await cache.lookup(ANA, requested, TODAY)).toEqual({rows: answerLikeCostExplorer(requested), derived: true, tier: 'l2'});
	});

	it('derives from the smallest covering entry', async () => {
		const cache = await caches.open();
		const wide = query('2026-06-01', '2026-09-15', 'DAILY', [SERVICE]);
		const narrow = query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE]);
		// Marked so the test can tell which entry answered: the narrow one's July is absent, August doubled.
		const narrowRows = answerLikeCostExplorer(narrow).map(row => ({...row, amount: (row.amount * 2n) as CostRow['amount']}));
		await cache.store(ANA, wide, answerLikeCostExplorer(wide), 1, TODAY);
		await cache.store(ANA, narrow, narrowRows, 1, TODAY);
		const august = query('2026-08-01', '2026-09-01', 'MONTHLY', [SERVICE]);
		const answer = await cache.lookup(ANA, august, TODAY);
		expect(answer?.rows.map(row => row.amount)).toEqual(answerLikeCostExplorer(august).map(row => row.amount * 2n));
	});

	it('does not derive across filters or metrics', async () => {
		const cache = await caches.open();
		await cache.store(ANA, daily, answerLikeCostExplorer(daily), 1, TODAY);
		const filtered = query('2026-07-01', '2026-08-01', 'MONTHLY', [], {filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon S3']}}});
		expect(await cache.lookup(ANA, filtered, TODAY)).toBeUndefined();
		expect(await cache.lookup(ANA, query('2026-07-01', '2026-08-01', 'MONTHLY', [], {metric: 'BlendedCost'}), TODAY)).toBeUndefined();
	});
});

describe('openCostCache: time to live', () => {
	it('expires recent data after the short TTL, derived answers too', async () => {
		const clock = new ManualClock();
		const cache = await caches.open(clock);
		const monthToDate = query('2026-09-01', '2026-09-16', 'DAILY');
		await cache.store(ANA, monthToDate, answerLikeCostExplorer(monthToDate), 1, TODAY);
		clock.advance(SHORT_TTL_MS - 1);
		expect(await cache.lookup(ANA, monthToDate, TODAY)).toBeDefined();
		expect(await cache.lookup(ANA, query('2026-09-01', '2026-09-16', 'MONTHLY'), TODAY)).toBeDefined();
		clock.advance(1);
		expect(await cache.lookup(ANA, monthToDate, TODAY)).toBeUndefined();
		expect(await cache.lookup(ANA, query('2026-09-01', '2026-09-16', 'MONTHLY'), TODAY)).toBeUndefined();
		expect((await cache.stats()).entries).toBe(0);
	});

	it('keeps a closed month for the long TTL', async () => {
		const clock = new ManualClock();
		const cache = await caches.open(clock);
		const july = query('2026-07-01', '2026-08-01', 'MONTHLY');
		await cache.store(ANA, july, answerLikeCostExplorer(july), 1, TODAY);
		clock.advance(LONG_TTL_MS - 1);
		expect(await cache.lookup(ANA, july, TODAY)).toBeDefined();
		clock.advance(1);
		expect(await cache.lookup(ANA, july, TODAY)).toBeUndefined();
	});

	it('drops expired entries when a later store rewrites their index', async () => {
		const clock = new ManualClock();
		const cache = await caches.open(clock);
		const recent = query('2026-09-10', '2026-09-16', 'DAILY');
		await cache.store(ANA, recent, answerLikeCostExplorer(recent), 1, TODAY);
		clock.advance(SHORT_TTL_MS);
		const july = query('2026-07-01', '2026-08-01', 'DAILY');
		await cache.store(ANA, july, answerLikeCostExplorer(july), 1, TODAY);
		expect((await cache.stats()).entries).toBe(1);
	});
});

describe('openCostCache: stats and clear', () => {
	it('counts hits, misses and the requests hits saved, in the file', async () => {
		const cache = await caches.open();
		await cache.store(ANA, augustDaily, answerLikeCostExplorer(augustDaily), 3, TODAY);
		await cache.lookup(ANA, augustDaily, TODAY);
		await cache.lookup(ANA, query('2026-08-01', '2026-09-01', 'MONTHLY'), TODAY);
		await cache.lookup(ANA, query('2026-07-01', '2026-08-01', 'MONTHLY'), TODAY);
		const stats = await cache.stats();
		expect(stats).toMatchObject({entries: 1, hits: 2, misses: 1, requestsSaved: 4, path: caches.path()});
		expect(stats.bytes).toBeGreaterThan(0);
		// What a process holds in memory is its own; the rest is in the file.
		const withoutMemory = (all: typeof stats) => ({...all, tiers: all.tiers.map(tier => (tier.tier === 'l1' ? {...tier, entries: 0, bytes: 0} : tier))});
		const again = await caches.open();
		expect(await again.stats()).toEqual(withoutMemory(stats));
		expect(stats.tiers.map(({tier, hits, misses}) => ({tier, hits, misses}))).toEqual([
			// The exact hit came from the file, the MONTHLY from the DAILY rows that hit left in memory.
			{tier: 'l1', hits: 1, misses: 2},
			{tier: 'l2', hits: 1, misses: 1},
		]);
	});

	it('clear() empties entries, indexes and counters', async () => {
		const cache = await caches.open();
		await cache.store(ANA, augustDaily, answerLikeCostExplorer(augustDaily), 3, TODAY);
		await cache.lookup(ANA, augustDaily, TODAY);
		await cache.clear();
		expect(await cache.stats()).toMatchObject({entries: 0, hits: 0, misses: 0, requestsSaved: 0});
		expect(await cache.lookup(ANA, query('2026-08-01', '2026-09-01', 'MONTHLY'), TODAY)).toBeUndefined();
		expect(await cache.stats()).toMatchObject({misses: 1});
	});

	it('closing twice is harmless', async () => {
		const cache = await caches.open();
		await cache.close();
		await expect(cache.close()).resolves.toBeUndefined();
	});
});
