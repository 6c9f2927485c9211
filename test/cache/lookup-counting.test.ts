import {describe, expect, it} from 'vitest';
import {STATS_KEY} from '../../source/cache/cache-keys.js';
import type {CacheStorage} from '../../source/cache/cache-storage.js';
import {TieredCostCache} from '../../source/cache/tiered-cost-cache.js';
import {TODAY} from './cost-explorer-like.js';
import {ANA, query} from './temp-cache.js';

/** An in-memory store whose writes of the hit/miss counters wait until released. */
function storageWithSlowCounters(): {storage: CacheStorage; release: () => void; counterWrites: () => number} {
	let counterWrites = 0;
	const values = new Map<string, string>();
	let release = () => {};
	const released = new Promise<void>(resolve => (release = resolve));
	const storage: CacheStorage = {
		get: async key => values.get(key),
		async set(key, value) {
			if (key === STATS_KEY) {
				counterWrites++;
				await released;
			}
			values.set(key, value);
		},
		delete: async key => void values.delete(key),
		countKeys: async prefix => [...values.keys()].filter(key => key.startsWith(prefix)).length,
		clear: async () => values.clear(),
		close: async () => {},
	};
	return {storage, release, counterWrites: () => counterWrites};
}

describe('cache lookups and their counters', () => {
	it('answers a lookup without waiting for its hit/miss count to be written; stats() waits for it', async () => {
		const {storage, release} = storageWithSlowCounters();
		const cache = new TieredCostCache({file: storage, path: '/nowhere/cache.sqlite', now: () => Date.UTC(2026, 8, 15)});
		const august = query('2026-08-01', '2026-09-01', 'DAILY');
		expect(await cache.lookup(ANA, august, TODAY)).toBeUndefined();
		const stats = cache.stats();
		release();
		expect(await stats).toMatchObject({misses: 1, hits: 0});
		await cache.close();
	});

	it('counts lookups that arrive while a count is being written in one write, losing none', async () => {
		const {storage, release, counterWrites} = storageWithSlowCounters();
		const cache = new TieredCostCache({file: storage, path: '/nowhere/cache.sqlite', now: () => Date.UTC(2026, 8, 15)});
		const august = query('2026-08-01', '2026-09-01', 'DAILY');
		await cache.store(ANA, august, [], 2, TODAY);
		await Promise.all(Array.from({length: 50}, () => cache.lookup(ANA, august, TODAY)));
		await cache.lookup(ANA, query('2026-07-01', '2026-08-01', 'DAILY'), TODAY);
		const stats = cache.stats();
		release();
		expect(await stats).toMatchObject({hits: 50, misses: 1, requestsSaved: 100});
		expect(counterWrites()).toBeLessThanOrEqual(2);
		await cache.close();
	});
});
