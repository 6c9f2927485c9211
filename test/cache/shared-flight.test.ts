import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type RedisClientType, createClient} from 'redis';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {lockKey} from '../../source/cache/cache-keys.js';
import type {CostCache} from '../../source/cache/cost-cache.js';
import {openCostCache} from '../../source/cache/index.js';
import {canonicalQuery} from '../../source/canonical.js';
import type {IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {parseAmount} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import type {CostPage} from '../../source/rows.js';
import {DEMO_CAPABILITIES} from '../../source/sources/demo/capabilities.js';
import type {CostSource, Identity} from '../../source/sources/source.js';
import {type RedisServer, startRedis} from '../fixtures/redis-server.js';

const today = '2026-11-25' as IsoDate;
const identity: Identity = {account: '111111111111', principal: 'arn:aws:iam::111111111111:user/t'};
const query: CostQuery = {period: {start: '2026-10-01' as IsoDate, end: '2026-10-03' as IsoDate}, granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [], scope: {source: 'demo'}};
const page = (day: string, amount: string): CostPage => ({
	rows: [{start: day, end: day, keys: [], amount: parseAmount(amount), unit: 'USD', estimated: false}],
	fromCache: false,
	billableRequests: 1,
});

/** Cost Explorer as every process sees it: one bill, two pages per answer, each answer after `delayMs`; `fetches` counts answers started. */
function sharedBill(delayMs: number) {
	const bill = {fetches: 0, failNext: false};
	const source = (): CostSource => ({
		kind: 'demo',
		capabilities: DEMO_CAPABILITIES,
		identity: async () => identity,
		async *costAndUsage(): AsyncIterable<CostPage> {
			bill.fetches++;
			const fail = bill.failNext;
			bill.failNext = false;
			await new Promise(resolve => setTimeout(resolve, delayMs));
			if (fail) throw new Error('Cost Explorer failed');
			yield page('2026-10-01', '1.25');
			yield page('2026-10-02', '2.5');
		},
		dimensionValues: async () => [],
		forecast: () => Promise.reject(new Error('unused')),
		anomalies: async () => [],
		accounts: async () => [],
	});
	return {bill, source};
}

let redis: RedisServer;
let raw: RedisClientType;
let directory: string;
const opened: CostCache[] = [];

beforeAll(async () => {
	redis = await startRedis();
	raw = createClient({url: redis.url}) as unknown as RedisClientType;
	raw.on('error', () => undefined);
	await raw.connect();
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-flight-'));
}, 60_000);
afterAll(async () => {
	raw?.destroy();
	await redis?.remove();
	await rm(directory, {recursive: true, force: true});
});
afterEach(async () => {
	await Promise.all(opened.splice(0).map(async cache => cache.close()));
	await raw.sendCommand(['FLUSHALL']);
});

let processes = 0;
/** One "process": its own engine and cache file, the shared Redis. Short lock timings keep the tests quick. */
async function processWith(source: CostSource, lockTtlMs = 10_000): Promise<CostEngine> {
	const cache = await openCostCache({
		path: join(directory, `process-${processes++}`, 'cache.sqlite'),
		shared: {url: redis.url, flightTimings: {lockTtlMs, firstPollMs: 10, maxPollMs: 50, maxWaitMs: 60_000}},
	});
	opened.push(cache);
	return new CostEngine({source, cache, today});
}

describe('single flight across processes sharing a Redis', () => {
	it('makes one set of requests for the same uncached query asked in five processes at once', async () => {
		const {bill, source} = sharedBill(300);
		const engines = await Promise.all(Array.from({length: 5}, async () => processWith(source())));
		const results = await Promise.all(engines.flatMap(engine => [engine.run(query), engine.run(query)]));
		expect(bill.fetches).toBe(1);
		expect(results.reduce((sum, result) => sum + result.stats.billableRequests, 0)).toBe(2);
		for (const result of results) expect(result.total).toBe(results[0]!.total);
		// The four processes that waited read the answer from Redis.
		expect(results.filter(result => result.stats.cacheTier === 'l3')).toHaveLength(4);
		// The holder frees the lock once its answer is stored, after it has answered.
		await Promise.all(engines.map(async engine => engine.settled()));
		expect(await raw.sendCommand(['KEYS', 'aws-cost:lock:*'])).toEqual([]);
	});

	it('fetches itself once a dead holder’s lock expires', async () => {
		const {bill, source} = sharedBill(0);
		const key = `aws-cost:${lockKey(identity, canonicalQuery(query))}`;
		// A process took the lock and died: nobody renews or frees it.
		await raw.sendCommand(['SET', key, 'dead-process', 'PX', '500']);
		const result = await (await processWith(source(), 500)).run(query);
		expect(bill.fetches).toBe(1);
		expect(result.stats.billableRequests).toBe(2);
		expect(result.total).toBe(parseAmount('3.75'));
	});

	it('lets a waiter fetch when the holder’s fetch fails, and frees the lock after a failure', async () => {
		const {bill, source} = sharedBill(200);
		const [first, second] = await Promise.all([processWith(source()), processWith(source())]);
		bill.failNext = true;
		const outcomes = await Promise.allSettled([first.run(query), second.run(query)]);
		expect(outcomes.map(outcome => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
		expect(bill.fetches).toBe(2);
		await Promise.all([first.settled(), second.settled()]);
		expect(await raw.sendCommand(['KEYS', 'aws-cost:lock:*'])).toEqual([]);
	});

	it('keeps the lock alive while a slow fetch runs past its TTL, and never frees a lock it no longer holds', async () => {
		const {bill, source} = sharedBill(1200);
		const [first, second] = await Promise.all([processWith(source(), 300), processWith(source(), 300)]);
		const results = await Promise.all([first.run(query), second.run(query)]);
		// Renewed every 100 ms, the lock outlived its 300 ms TTL four times over: the second process waited.
		expect(bill.fetches).toBe(1);
		expect(results.map(result => result.stats.billableRequests).sort()).toEqual([0, 2]);

		const key = `aws-cost:${lockKey(identity, canonicalQuery({...query, granularity: 'MONTHLY'}))}`;
		const slow = sharedBill(600);
		const third = await processWith(slow.source(), 300);
		const running = third.run({...query, granularity: 'MONTHLY'});
		// Someone else's lock under the same key (ours was lost): releasing must leave it.
		await new Promise(resolve => setTimeout(resolve, 100));
		await raw.sendCommand(['SET', key, 'another-process', 'PX', '60000']);
		await running;
		await third.settled();
		expect(await raw.sendCommand(['GET', key])).toBe('another-process');
	});
});
