import {describe, expect, it} from 'vitest';
import type {CacheStorage} from '../../source/cache/cache-storage.js';
import {MEMORY_TIER_LIMITS, MemoryTier} from '../../source/cache/memory-tier.js';
import {TieredCostCache} from '../../source/cache/tiered-cost-cache.js';
import type {CacheEntry} from '../../source/cache/cache-entry.js';
import {TODAY, answerLikeCostExplorer} from './cost-explorer-like.js';
import {ANA, BEN, ManualClock, query} from './temp-cache.js';

/** An in-memory store shared by "processes", counting reads of entries. */
function countingStorage(): {storage: CacheStorage; entryReads: () => number} {
	const values = new Map<string, string>();
	let entryReads = 0;
	const storage: CacheStorage = {
		get: async key => {
			if (key.startsWith('entry:')) entryReads++;
			return values.get(key);
		},
		set: async (key, value) => void values.set(key, value),
		delete: async key => void values.delete(key),
		countKeys: async prefix => [...values.keys()].filter(key => key.startsWith(prefix)).length,
		clear: async () => values.clear(),
		close: async () => {},
	};
	return {storage, entryReads: () => entryReads};
}

const august = query('2026-08-01', '2026-09-01', 'DAILY');

describe('L1 keeps entries it just read in memory for a few seconds', () => {
	it('reads and decodes a repeated hit once per hold, then from the file again', async () => {
		const clock = new ManualClock();
		const {storage, entryReads} = countingStorage();
		const cache = new TieredCostCache({file: storage, path: '/nowhere', now: () => clock.now()});
		const rows = answerLikeCostExplorer(august);
		await cache.store(ANA, august, rows, 1, TODAY);
		for (let hit = 0; hit < 20; hit++) expect((await cache.lookup(ANA, august, TODAY))?.rows).toEqual(rows);
		expect(entryReads()).toBe(1);
		clock.advance(MEMORY_TIER_LIMITS.holdMs);
		await cache.lookup(ANA, august, TODAY);
		expect(entryReads()).toBe(2);
		expect((await cache.stats()).hits).toBe(21);
	});

	it('shows what another process stored once the hold ends, and what this one stored at once', async () => {
		const clock = new ManualClock();
		const {storage} = countingStorage();
		const server = new TieredCostCache({file: storage, path: '/nowhere', now: () => clock.now()});
		const cli = new TieredCostCache({file: storage, path: '/nowhere', now: () => clock.now()});
		const first = answerLikeCostExplorer(august);
		const refreshed = first.map(row => ({...row, estimated: !row.estimated}));
		await server.store(ANA, august, first, 1, TODAY);
		expect((await server.lookup(ANA, august, TODAY))?.rows).toEqual(first);
		await cli.store(ANA, august, refreshed, 1, TODAY);
		clock.advance(MEMORY_TIER_LIMITS.holdMs);
		expect((await server.lookup(ANA, august, TODAY))?.rows).toEqual(refreshed);
		await server.store(ANA, august, first, 1, TODAY);
		expect((await server.lookup(ANA, august, TODAY))?.rows).toEqual(first);
	});

	it('never serves a held entry to another identity, or after clear()', async () => {
		const clock = new ManualClock();
		const {storage} = countingStorage();
		const cache = new TieredCostCache({file: storage, path: '/nowhere', now: () => clock.now()});
		const monthToDate = query('2026-09-01', '2026-09-16', 'DAILY');
		await cache.store(ANA, monthToDate, answerLikeCostExplorer(monthToDate), 1, TODAY);
		expect(await cache.lookup(ANA, monthToDate, TODAY)).toBeDefined();
		expect(await cache.lookup(BEN, monthToDate, TODAY)).toBeUndefined();
		await cache.clear();
		expect(await cache.lookup(ANA, monthToDate, TODAY)).toBeUndefined();
		await cache.store(ANA, august, answerLikeCostExplorer(august), 1, TODAY);
		expect(await cache.lookup(ANA, august, TODAY)).toBeDefined();
	});
});

describe('MemoryTier', () => {
	const entry = (answers: string, expiresAt: number, rows = 0): CacheEntry => ({
		answers,
		rows: answerLikeCostExplorer(august).slice(0, 1).flatMap(row => Array.from({length: rows}, () => row)),
		billableRequests: 1,
		storedAt: 0,
		expiresAt,
	});

	it('drops an entry at its expiry even within the hold, and at the end of the hold', () => {
		const memory = new MemoryTier({maxBytes: 1000, holdMs: 5000});
		memory.set('a', entry('A', 1000), 10, 0);
		expect(memory.get('a', 'A', 999)).toBeDefined();
		expect(memory.get('a', 'A', 1000)).toBeUndefined();
		memory.set('b', entry('B', 99_999), 10, 0);
		expect(memory.get('b', 'B', 4999)).toBeDefined();
		expect(memory.get('b', 'B', 5000)).toBeUndefined();
	});

	it('never answers for another identity or query under the same key', () => {
		const memory = new MemoryTier({maxBytes: 1000, holdMs: 5000});
		memory.set('a', entry('A', 9999), 10, 0);
		expect(memory.get('a', 'B', 1)).toBeUndefined();
	});

	it('holds at most maxBytes, least recently read out first, and nothing over a quarter of it', () => {
		const memory = new MemoryTier({maxBytes: 100, holdMs: 5000});
		memory.set('a', entry('A', 9999), 25, 0);
		memory.set('b', entry('B', 9999), 25, 0);
		memory.set('c', entry('C', 9999), 25, 0);
		memory.set('d', entry('D', 9999), 25, 0);
		expect(memory.bytes).toBe(100);
		expect(memory.get('a', 'A', 1)).toBeDefined();
		memory.set('e', entry('E', 9999), 25, 1);
		expect(memory.get('b', 'B', 2)).toBeUndefined();
		expect(memory.get('a', 'A', 2)).toBeDefined();
		expect(memory.entries).toBe(4);
		memory.set('big', entry('BIG', 9999), 26, 2);
		expect(memory.get('big', 'BIG', 3)).toBeUndefined();
		expect(memory.bytes).toBeLessThanOrEqual(100);
	});
});
