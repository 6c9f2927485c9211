import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {type RedisClientType, createClient} from 'redis';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {CostCache} from '../../source/cache/cost-cache.js';
import {openCostCache} from '../../source/cache/index.js';
import {type RedisServer, startRedis} from '../fixtures/redis-server.js';
import {type SilentServer, startSilentServer} from '../fixtures/silent-server.js';
import {TODAY, answerLikeCostExplorer} from './cost-explorer-like.js';
import {ANA, SERVICE, query} from './temp-cache.js';

let directory: string;
const opened: CostCache[] = [];
let count = 0;

beforeAll(async () => {
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-outage-'));
});
afterAll(async () => {
	await rm(directory, {recursive: true, force: true});
});
afterEach(async () => {
	await Promise.all(opened.splice(0).map(async cache => cache.close()));
});

async function open(url: string, warnings: string[]): Promise<CostCache> {
	const cache = await openCostCache({path: join(directory, `cache-${count++}`, 'cache.sqlite'), onWarning: message => warnings.push(message), shared: {url, commandTimeoutMs: 300, connectWaitMs: 500}});
	opened.push(cache);
	return cache;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
	const giveUpAt = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > giveUpAt) throw new Error(`timed out waiting until ${what}`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

const august = query('2026-08-01', '2026-09-01', 'DAILY', [SERVICE]);
const july = query('2026-07-01', '2026-08-01', 'DAILY', [SERVICE]);

describe('the cache when its shared Redis is down', () => {
	let redis: RedisServer;
	let raw: RedisClientType;
	beforeAll(async () => {
		redis = await startRedis();
		raw = createClient({url: redis.url, socket: {reconnectStrategy: 50}}) as unknown as RedisClientType;
		raw.on('error', () => undefined);
		await raw.connect();
	}, 60_000);
	afterAll(async () => {
		raw?.destroy();
		await redis?.remove();
	});

	it('answers from memory and the file when Redis is lost mid-run, says so once, and uses Redis again once it is back', async () => {
		const warnings: string[] = [];
		const cache = await open(redis.url, warnings);
		expect(cache.dependencies?.()).toEqual([{name: 'redis', where: redis.url, ok: true}]);
		await cache.store(ANA, august, answerLikeCostExplorer(august), 1, TODAY);
		await redis.stop();
		await until(() => cache.dependencies?.()[0]?.ok === false, 'the client notices');
		expect(await cache.lookup(ANA, july, TODAY)).toBeUndefined();
		await cache.store(ANA, july, answerLikeCostExplorer(july), 1, TODAY);
		for (let round = 0; round < 5; round++) {
			expect((await cache.lookup(ANA, august, TODAY))?.rows).toEqual(answerLikeCostExplorer(august));
			expect((await cache.lookup(ANA, july, TODAY))?.rows).toEqual(answerLikeCostExplorer(july));
			expect(await cache.claimFetch?.(ANA, query('2026-06-01', '2026-07-01', 'DAILY'), TODAY)).toEqual({kind: 'alone'});
		}
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(new RegExp(`^The shared cache at ${redis.url} cannot be used \\(.+\\): answering from the memory and file caches, and trying to reconnect\\.$`));
		expect(cache.dependencies?.()[0]).toMatchObject({ok: false, problem: expect.any(String)});
		expect((await cache.stats()).tiers[2]).toMatchObject({tier: 'l3', available: false, entries: 0});

		await redis.restart();
		await until(() => cache.dependencies?.()[0]?.ok === true, 'the client reconnects');
		const september = query('2026-09-01', '2026-09-10', 'DAILY', [SERVICE]);
		await cache.store(ANA, september, answerLikeCostExplorer(september), 1, TODAY);
		await until(() => raw.isReady, 'the test client reconnects');
		expect((await raw.sendCommand(['KEYS', 'aws-cost:entry:*']) as string[]).length).toBe(1);
		expect(warnings).toHaveLength(1);
	}, 60_000);

	it('opens without Redis, with one warning, and connects once Redis starts', async () => {
		await redis.stop();
		const warnings: string[] = [];
		const cache = await open(redis.url, warnings);
		expect(warnings).toHaveLength(1);
		await cache.store(ANA, august, answerLikeCostExplorer(august), 1, TODAY);
		expect((await cache.lookup(ANA, august, TODAY))?.tier).toBe('l2');
		await redis.restart();
		await until(() => cache.dependencies?.()[0]?.ok === true, 'the client connects');
		expect(warnings).toHaveLength(1);
	}, 60_000);
});

describe('the cache when its shared Redis hangs', () => {
	let silent: SilentServer;
	beforeAll(async () => {
		silent = await startSilentServer();
	});
	afterAll(async () => {
		await silent?.close();
	});

	it('gives up on every Redis command after its timeout and answers from the file', async () => {
		const warnings: string[] = [];
		const cache = await open(silent.endpoint.replace('http:', 'redis:'), warnings);
		await cache.store(ANA, august, answerLikeCostExplorer(august), 1, TODAY);
		expect((await cache.lookup(ANA, august, TODAY))?.tier).toBe('l2');
		expect(await cache.lookup(ANA, july, TODAY)).toBeUndefined();
		expect(await cache.claimFetch?.(ANA, july, TODAY)).toEqual({kind: 'alone'});
		expect(warnings).toHaveLength(1);
		expect(cache.dependencies?.()[0]?.ok).toBe(false);
	});
});

describe('a shared cache URL that is not one', () => {
	it('is one warning, and the memory and file caches still work', async () => {
		const warnings: string[] = [];
		const cache = await open('http://127.0.0.1:6379', warnings);
		expect(warnings).toEqual(['The shared cache URL cannot be used (it must start with redis:// or rediss://): going on with the memory and file caches.']);
		await cache.store(ANA, august, answerLikeCostExplorer(august), 1, TODAY);
		expect((await cache.lookup(ANA, august, TODAY))?.tier).toBe('l2');
		expect(cache.dependencies?.()).toEqual([]);
	});
});
