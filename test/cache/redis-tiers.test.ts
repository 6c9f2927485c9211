import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type RedisClientType, createClient} from 'redis';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {entryKey, indexKey} from '../../source/cache/cache-keys.js';
import type {CostCache} from '../../source/cache/cost-cache.js';
import {openCostCache} from '../../source/cache/index.js';
import {LONG_TTL_MS, SHORT_TTL_MS} from '../../source/cache/ttl.js';
import {canonicalQuery} from '../../source/canonical.js';
import {type RedisServer, startRedis} from '../fixtures/redis-server.js';
import {TODAY, answerLikeCostExplorer} from './cost-explorer-like.js';
import {ANA, BEN, ManualClock, SERVICE, query} from './temp-cache.js';

let redis: RedisServer;
let raw: RedisClientType;
let directory: string;
const opened: CostCache[] = [];
let caches = 0;

beforeAll(async () => {
	redis = await startRedis();
	raw = createClient({url: redis.url}) as unknown as RedisClientType;
	raw.on('error', () => undefined);
	await raw.connect();
}, 60_000);
afterAll(async () => {
	raw?.destroy();
	await redis?.remove();
});
afterEach(async () => {
	await Promise.all(opened.splice(0).map(async cache => cache.close()));
	await raw.sendCommand(['FLUSHALL']);
	if (directory !== undefined) await rm(directory, {recursive: true, force: true});
});

/** A cache as one machine of a team has it: its own file, the team's Redis. */
async function machine(clock = new ManualClock(), warnings: string[] = []): Promise<CostCache> {
	directory ??= await mkdtemp(join(tmpdir(), 'aws-cost-tiers-'));
	const cache = await openCostCache({path: join(directory, `machine-${caches++}`, 'cache.sqlite'), now: clock.now, onWarning: message => warnings.push(message), shared: {url: redis.url}});
	opened.push(cache);
	return cache;
}

const augustDaily = query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE]);
const redisKey = (key: string): string => `aws-cost:${key}`;

describe('L3: a Redis shared by machines', () => {
	it('answers what another machine stored, then fills this machine’s memory and file', async () => {
		const clock = new ManualClock();
		const stored = answerLikeCostExplorer(augustDaily);
		await (await machine(clock)).store(ANA, augustDaily, stored, 3, TODAY);
		const other = await machine(clock);
		expect(await other.lookup(ANA, augustDaily, TODAY)).toEqual({rows: stored, derived: false, tier: 'l3'});
		expect((await other.lookup(ANA, augustDaily, TODAY))?.tier).toBe('l1');
		// The file got its copy: with the memory hold over and Redis emptied, the file answers.
		await other.stats();
		await raw.sendCommand(['FLUSHALL']);
		clock.advance(60_000);
		expect(await other.lookup(ANA, augustDaily, TODAY)).toEqual({rows: stored, derived: false, tier: 'l2'});
		const tiers = (await other.stats()).tiers.map(({tier, hits, misses}) => ({tier, hits, misses}));
		expect(tiers).toEqual([
			{tier: 'l1', hits: 1, misses: 2},
			{tier: 'l2', hits: 1, misses: 1},
			{tier: 'l3', hits: 1, misses: 0},
		]);
	});

	it('derives across tiers: MONTHLY and totals on one machine from DAILY by service stored by another', async () => {
		const clock = new ManualClock();
		await (await machine(clock)).store(ANA, augustDaily, answerLikeCostExplorer(augustDaily), 1, TODAY);
		const other = await machine(clock);
		const monthlyTotal = query('2026-08-01', '2026-09-01', 'MONTHLY');
		expect(await other.lookup(ANA, monthlyTotal, TODAY)).toEqual({rows: answerLikeCostExplorer(monthlyTotal), derived: true, tier: 'l3'});
		const subRange = query('2026-08-10', '2026-08-20', 'DAILY', [SERVICE]);
		expect(await other.lookup(ANA, subRange, TODAY)).toEqual({rows: answerLikeCostExplorer(subRange), derived: true, tier: 'l1'});
		expect(await other.lookup(BEN, monthlyTotal, TODAY)).toBeUndefined();
	});

	it('gives Redis the finality TTLs, and judges expiry by the cache’s own clock', async () => {
		const clock = new ManualClock();
		const cache = await machine(clock);
		const recent = query('2026-09-01', '2026-09-15', 'DAILY');
		const closed = query('2026-06-01', '2026-07-01', 'DAILY');
		await cache.store(ANA, recent, answerLikeCostExplorer(recent), 1, TODAY);
		await cache.store(ANA, closed, answerLikeCostExplorer(closed), 1, TODAY);
		const ttl = async (q: typeof recent): Promise<number> => Number(await raw.sendCommand(['PTTL', redisKey(entryKey(ANA, canonicalQuery(q)))]));
		expect(await ttl(recent)).toBeGreaterThan(SHORT_TTL_MS - 60_000);
		expect(await ttl(recent)).toBeLessThanOrEqual(SHORT_TTL_MS);
		expect(await ttl(closed)).toBeGreaterThan(LONG_TTL_MS - 60_000);
		expect(Number(await raw.sendCommand(['PTTL', redisKey(indexKey(ANA, canonicalQuery(closed)))]))).toBeGreaterThan(LONG_TTL_MS - 60_000);
		const other = await machine(clock);
		clock.advance(SHORT_TTL_MS);
		// Still in Redis (its clock is real), expired by ours: a miss, exact or derived.
		expect(await other.lookup(ANA, recent, TODAY)).toBeUndefined();
		expect(await other.lookup(ANA, query('2026-09-01', '2026-09-10', 'DAILY'), TODAY)).toBeUndefined();
		expect((await other.lookup(ANA, closed, TODAY))?.tier).toBe('l3');
	});

	it('treats a damaged Redis value as a miss, deletes it, and answers from a good copy below', async () => {
		const clock = new ManualClock();
		const first = await machine(clock);
		const rows = answerLikeCostExplorer(augustDaily);
		await first.store(ANA, augustDaily, rows, 1, TODAY);
		const key = redisKey(entryKey(ANA, canonicalQuery(augustDaily)));
		const sealed = String(await raw.sendCommand(['GET', key]));
		const damaged = sealed.replace(/"(\d+)\.(\d)/, (_match, whole: string, digit: string) => `"${whole}.${(Number(digit) + 1) % 10}`);
		expect(damaged).not.toBe(sealed);
		await raw.sendCommand(['SET', key, damaged]);
		const other = await machine(clock);
		expect(await other.lookup(ANA, augustDaily, TODAY)).toBeUndefined();
		expect(await raw.sendCommand(['EXISTS', key])).toBe(0);
		// The machine that stored it has an intact copy in its file.
		await raw.sendCommand(['SET', key, damaged]);
		expect(await first.lookup(ANA, augustDaily, TODAY)).toEqual({rows, derived: false, tier: 'l2'});
	});

	it('reports each tier in stats: entries, bytes, hits, misses, hit latency', async () => {
		const cache = await machine();
		await cache.store(ANA, augustDaily, answerLikeCostExplorer(augustDaily), 2, TODAY);
		await cache.lookup(ANA, augustDaily, TODAY);
		await cache.lookup(ANA, augustDaily, TODAY);
		const stats = await cache.stats();
		expect(stats).toMatchObject({entries: 1, hits: 2, misses: 0, requestsSaved: 4});
		const [l1, l2, l3] = stats.tiers;
		expect(l1).toMatchObject({tier: 'l1', where: 'memory', available: true, entries: 1, hits: 1, misses: 1});
		expect(l2).toMatchObject({tier: 'l2', available: true, entries: 1, hits: 1, misses: 0});
		expect(l3).toMatchObject({tier: 'l3', where: redis.url, available: true, entries: 1, hits: 0, misses: 0, hitLatencyMs: null});
		for (const tier of [l1!, l2!, l3!]) expect(tier.bytes).toBeGreaterThan(0);
		expect(l1!.hitLatencyMs).toBeGreaterThanOrEqual(0);
		expect(l2!.hitLatencyMs).toBeGreaterThanOrEqual(0);
	});

	it('clear() empties Redis of its own keys only', async () => {
		const cache = await machine();
		await raw.sendCommand(['SET', 'someone-else:key', 'kept']);
		await cache.store(ANA, augustDaily, answerLikeCostExplorer(augustDaily), 1, TODAY);
		await cache.clear();
		expect(await raw.sendCommand(['KEYS', 'aws-cost:*'])).toEqual([]);
		expect(await raw.sendCommand(['GET', 'someone-else:key'])).toBe('kept');
		expect(await (await machine()).lookup(ANA, augustDaily, TODAY)).toBeUndefined();
	});
});
