import {describe, expect, it} from 'vitest';
import type {CacheStorage} from '../../source/cache/cache-storage.js';
import {KeyvCostCache} from '../../source/cache/keyv-cost-cache.js';
import {RECENT_ENTRY_LIMITS, RecentEntries} from '../../source/cache/recent-entries.js';
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

describe('the cache keeps entries it just read in memory for a few seconds', () => {
	it('reads and decodes a repeated hit once per hold, then from the file again', async () => {
		const clock = new ManualClock();
		const {storage, entryReads} = countingStorage();
		const cache = new KeyvCostCache(storage, '/nowhere', () => clock.now());
		const rows = answerLikeCostExplorer(august);
		await cache.store(ANA, august, rows, 1, TODAY);
		for (let hit = 0; hit < 20; hit++) expect((await cache.lookup(ANA, august, TODAY))?.rows).toEqual(rows);
		expect(entryReads()).toBe(1);
		clock.advance(RECENT_ENTRY_LIMITS.holdMs);
		await cache.lookup(ANA, august, TODAY);
		expect(entryReads()).toBe(2);
		expect((await cache.stats()).hits).toBe(21);
	});

	it('shows what another process stored once the hold ends, and what this one stored at once', async () => {
		const clock = new ManualClock();
		const {storage} = countingStorage();
		const server = new KeyvCostCache(storage, '/nowhere', () => clock.now());
		const cli = new KeyvCostCache(storage, '/nowhere', () => clock.now());
		const first = answerLikeCostExplorer(august);
		const refreshed = first.map(row => ({...row, estimated: !row.estimated}));
		await server.store(ANA, august, first, 1, TODAY);
		expect((await server.lookup(ANA, august, TODAY))?.rows).toEqual(first);
		await cli.store(ANA, august, refreshed, 1, TODAY);
		clock.advance(RECENT_ENTRY_LIMITS.holdMs);
		expect((await server.lookup(ANA, august, TODAY))?.rows).toEqual(refreshed);
		await server.store(ANA, august, first, 1, TODAY);
		expect((await server.lookup(ANA, august, TODAY))?.rows).toEqual(first);
	});

	it('never serves a held entry to another identity, or after clear()', async () => {
		const clock = new ManualClock();
		const {storage} = countingStorage();
		const cache = new KeyvCostCache(storage, '/nowhere', () => clock.now());
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

describe('RecentEntries', () => {
	const entry = (answers: string, expiresAt: number, rows = 0): CacheEntry => ({
		answers,
		rows: answerLikeCostExplorer(august).slice(0, 1).flatMap(row => Array.from({length: rows}, () => row)),
		billableRequests: 1,
		storedAt: 0,
		expiresAt,
	});

	it('drops an entry at its expiry even within the hold', () => {
		const recent = new RecentEntries({max: 4, holdMs: 5000, maxRows: 10});
		recent.set('a', entry('A', 1000), 0);
		expect(recent.get('a', 'A', 999)).toBeDefined();
		expect(recent.get('a', 'A', 1000)).toBeUndefined();
		expect(recent.get('a', 'A', 10)).toBeUndefined();
	});

	it('holds at most `max`, least recently read out first, and no answer over `maxRows`', () => {
		const recent = new RecentEntries({max: 2, holdMs: 5000, maxRows: 10});
		recent.set('a', entry('A', 9999), 0);
		recent.set('b', entry('B', 9999), 0);
		expect(recent.get('a', 'A', 1)).toBeDefined();
		recent.set('c', entry('C', 9999), 1);
		expect(recent.get('b', 'B', 2)).toBeUndefined();
		expect(recent.get('a', 'A', 2)).toBeDefined();
		recent.set('big', entry('BIG', 9999, 11), 2);
		expect(recent.get('big', 'BIG', 3)).toBeUndefined();
	});
});
