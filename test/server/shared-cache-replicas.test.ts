import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CountingProxy, startCountingProxy} from '../fixtures/counting-proxy.js';
import {type MotoServer, startMoto} from '../fixtures/moto-server.js';
import {type RedisServer, startRedis} from '../fixtures/redis-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {type ServeProcess, startServeProcess} from '../fixtures/serve-process.js';

const credentials = {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_REGION: 'us-east-1'};

const bucket = (start: string, end: string, groups: Array<[string, string]>) => ({
	TimePeriod: {Start: start, End: end},
	Total: {},
	Groups: groups.map(([key, amount]) => ({Keys: [key], Metrics: {UnblendedCost: {Amount: amount, Unit: 'USD'}}})),
	Estimated: false,
});

/** Two pages of Cost Explorer's answer for the day `start`: one set of requests is two GetCostAndUsage calls. */
const twoPages = (start: string, end: string) => [
	{ResultsByTime: [bucket(start, end, [['Amazon EC2', '1234.5678901234'], ['AWS Lambda', '0.0000000001']])], NextPageToken: 'p2', DimensionValueAttributes: []},
	{ResultsByTime: [bucket(start, end, [['Amazon S3', '0.2']])], DimensionValueAttributes: []},
];

const costsPath = (day: string, next: string) => `/api/v1/costs?from=${day}&to=${next}&granularity=DAILY&groupBy=SERVICE`;

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
	const giveUpAt = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > giveUpAt) throw new Error(`timed out waiting until ${what}`);
		await new Promise(resolve => setTimeout(resolve, 200));
	}
}

describe('three serve replicas sharing one Redis, against moto-served Cost Explorer', () => {
	let moto: MotoServer;
	let proxy: CountingProxy;
	let redis: RedisServer;
	let replicas: ServeProcess[] = [];
	const dir = tempDir('aws-cost-replicas-');

	beforeAll(async () => {
		moto = await startMoto();
		// Cost Explorer answers after 1.5 s, so requests to all three replicas are in flight together.
		proxy = await startCountingProxy(moto.endpoint, {delayed: ['GetCostAndUsage'], delayMs: 1500});
		redis = await startRedis();
		// Each replica has its own cache file (its own machine); only Redis is shared.
		replicas = await Promise.all(
			[0, 1, 2].map(async index =>
				startServeProcess(['--rate-limit', '0', '--cache-url', redis.url], isolatedEnv(join(dir.path, `replica-${index}`), {...credentials, AWS_ENDPOINT_URL: proxy.endpoint}), 120_000),
			),
		);
		// Ready: each has its cache open (Redis connected) and its identity resolved.
		for (const replica of replicas) expect((await fetch(`${replica.url}/ready`)).status).toBe(200);
	}, 240_000);
	afterAll(async () => {
		await Promise.all(replicas.map(async replica => replica.stop()));
		await proxy?.close();
		await moto?.stop();
		await redis?.remove();
		dir.remove();
	});

	/** `count` identical requests at once, spread round-robin over the replicas; their totals. */
	async function askAll(path: string, count: number): Promise<string[]> {
		const responses = await Promise.all(Array.from({length: count}, async (_, index) => fetch(`${replicas[index % replicas.length]!.url}${path}`)));
		const bodies = await Promise.all(responses.map(async response => ({status: response.status, body: (await response.json()) as {total?: {exact: string}}})));
		for (const {status, body} of bodies) expect(status, JSON.stringify(body)).toBe(200);
		return bodies.map(({body}) => body.total!.exact);
	}

	it('answers 60 identical uncached requests over three replicas with one set of Cost Explorer requests', async () => {
		await moto.load(twoPages('2026-10-01', '2026-10-02'));
		const before = proxy.count('GetCostAndUsage');
		const totals = await askAll(costsPath('2026-10-01', '2026-10-01'), 60);
		expect(proxy.count('GetCostAndUsage') - before).toBe(2);
		expect(new Set(totals)).toEqual(new Set(['1234.7678901235']));
	}, 120_000);

	it('keeps answering when Redis dies mid-run, says so once, and uses Redis again once it is back', async () => {
		await moto.load(twoPages('2026-10-05', '2026-10-06'));
		const inFlight = askAll(costsPath('2026-10-05', '2026-10-05'), 30);
		await new Promise(resolve => setTimeout(resolve, 500));
		await redis.stop();
		expect(new Set(await inFlight)).toEqual(new Set(['1234.7678901235']));

		// Redis still down: a new query is answered by each replica on its own.
		await moto.load(twoPages('2026-10-07', '2026-10-08'));
		expect(new Set(await askAll(costsPath('2026-10-07', '2026-10-07'), 6))).toEqual(new Set(['1234.7678901235']));
		for (const [index, replica] of replicas.entries()) {
			const ready = (await (await fetch(`${replica.url}/ready`)).json()) as {status: string};
			expect(ready.status).toBe('degraded');
			// One log entry per replica for the outage, however many requests met it.
			const log = readFileSync(join(dir.path, `replica-${index}`, 'state', 'aws-cost', 'aws-cost.log'), 'utf8');
			expect(log.match(/warning: The shared cache at redis:\/\/127\.0\.0\.1:\d+ cannot be used/g)).toHaveLength(1);
		}

		await redis.restart();
		await until(async () => {
			const states = await Promise.all(replicas.map(async replica => ((await (await fetch(`${replica.url}/ready`)).json()) as {status: string}).status));
			return states.every(state => state === 'ready');
		}, 'every replica is ready again');
		await moto.load(twoPages('2026-10-10', '2026-10-11'));
		const before = proxy.count('GetCostAndUsage');
		expect(new Set(await askAll(costsPath('2026-10-10', '2026-10-10'), 60))).toEqual(new Set(['1234.7678901235']));
		expect(proxy.count('GetCostAndUsage') - before).toBe(2);
	}, 180_000);
});
