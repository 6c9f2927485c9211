import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type ApiServer, startApiServer} from '../fixtures/api-server.js';
import {type RedisServer, startRedis} from '../fixtures/redis-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-ready-redis-');
let redis: RedisServer;
let server: ApiServer;

beforeAll(async () => {
	redis = await startRedis();
	server = await startApiServer(isolatedEnv(dir.path, {AWS_COST_CACHE_URL: redis.url}));
}, 60_000);
afterAll(async () => {
	await server?.close();
	await redis?.remove();
	dir.remove();
});

interface Ready {
	status: string;
	checks: {check: string; ok: boolean; degraded?: boolean; detail?: string}[];
}

async function ready(): Promise<{code: number; body: Ready}> {
	const response = await fetch(`${server.url}/ready`);
	return {code: response.status, body: (await response.json()) as Ready};
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
	const giveUpAt = Date.now() + 30_000;
	while (!(await condition())) {
		if (Date.now() > giveUpAt) throw new Error(`timed out waiting until ${what}`);
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}

describe('/ready and /api/v1/cache with a shared Redis', () => {
	it('reports Redis as a degraded dependency while it is down, keeps answering, and is ready again once it is back', async () => {
		expect(await ready()).toEqual({code: 200, body: {status: 'ready', checks: expect.arrayContaining([{check: 'cache:redis', ok: true}])}});
		await redis.stop();
		await until(async () => (await ready()).body.status === 'degraded', '/ready says degraded');
		const degraded = await ready();
		expect(degraded.code).toBe(200);
		expect(degraded.body.checks).toContainEqual({check: 'cache:redis', ok: false, degraded: true, detail: expect.stringMatching(new RegExp(`^${redis.url}: .+`))});
		const costs = await fetch(`${server.url}/api/v1/costs?range=last-month&groupBy=SERVICE`);
		expect(costs.status).toBe(200);
		const cache = (await (await fetch(`${server.url}/api/v1/cache`)).json()) as {tiers: {tier: string; available: boolean}[]};
		expect(cache.tiers.map(({tier, available}) => ({tier, available}))).toEqual([
			{tier: 'l1', available: true},
			{tier: 'l2', available: true},
			{tier: 'l3', available: false},
		]);
		await redis.restart();
		await until(async () => (await ready()).body.status === 'ready', '/ready says ready');
	}, 90_000);
});
