import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CountingProxy, startCountingProxy} from '../fixtures/counting-proxy.js';
import {type MotoServer, startMoto} from '../fixtures/moto-server.js';
import {isolatedEnv, runCliProcess, tempDir} from '../fixtures/run-cli.js';
import {type ServeProcess, startServeProcess} from '../fixtures/serve-process.js';

const credentials = {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_REGION: 'us-east-1'};

const bucket = (start: string, end: string, groups: Array<[string, string]>) => ({
	TimePeriod: {Start: start, End: end},
	Total: {},
	Groups: groups.map(([key, amount]) => ({Keys: [key], Metrics: {UnblendedCost: {Amount: amount, Unit: 'USD'}}})),
	Estimated: false,
});

/** Who paid is not a figure: the CLI and the server each pay for their own answers. */
const figures = (json: unknown): unknown => ({...(json as object), stats: undefined, billableRequests: undefined});

describe('the API against moto-backed Cost Explorer', () => {
	let moto: MotoServer;
	let proxy: CountingProxy;
	let server: ServeProcess;
	const dir = tempDir('aws-cost-api-live-');
	const cliEnv = () => isolatedEnv(dir.path, {...credentials, AWS_ENDPOINT_URL: moto.endpoint});

	beforeAll(async () => {
		moto = await startMoto();
		// Cost Explorer answers after 400 ms, so the 50 requests below are all in flight together.
		proxy = await startCountingProxy(moto.endpoint, {delayed: ['GetCostAndUsage'], delayMs: 400});
		server = await startServeProcess(['--no-cache'], isolatedEnv(dir.path, {...credentials, AWS_ENDPOINT_URL: proxy.endpoint}));
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
		await proxy?.close();
		await moto?.stop();
		dir.remove();
	});

	it('answers 50 identical uncached requests at once with one set of Cost Explorer requests', async () => {
		await moto.load([
			{ResultsByTime: [bucket('2026-10-01', '2026-10-02', [['Amazon EC2', '1234.5678901234'], ['AWS Lambda', '0.0000000001']])], NextPageToken: 'p2', DimensionValueAttributes: []},
			{ResultsByTime: [bucket('2026-10-02', '2026-10-03', [['Amazon EC2', '0.1'], ['Amazon S3', '0.2']])], DimensionValueAttributes: []},
		]);
		const path = '/api/v1/costs?from=2026-10-01&to=2026-10-02&granularity=DAILY&groupBy=SERVICE';
		const before = proxy.count('GetCostAndUsage');
		const responses = await Promise.all(Array.from({length: 50}, () => fetch(`${server.url}${path}`)));
		expect(responses.map(response => response.status)).toEqual(responses.map(() => 200));
		const bodies = (await Promise.all(responses.map(response => response.json()))) as {total: {exact: string}; stats: {billableRequests: number}}[];
		// Two pages: one set of requests is two GetCostAndUsage calls, made once for all 50.
		expect(proxy.count('GetCostAndUsage') - before).toBe(2);
		expect(bodies.map(body => body.stats.billableRequests).reduce((sum, count) => sum + count, 0)).toBe(2);
		for (const body of bodies) expect(figures(body)).toEqual(figures(bodies[0]));
		expect(bodies[0]!.total.exact).toBe('1234.8678901235');

		const cli = await runCliProcess(['query', '--from', '2026-10-01', '--to', '2026-10-02', '--granularity', 'DAILY', '--group-by', 'SERVICE', '--format', 'json', '--no-cache'], cliEnv());
		expect(cli.stderr).toBe('');
		expect(figures(bodies[0])).toEqual(figures(JSON.parse(cli.stdout)));
	}, 120_000);

	it('answers a forecast with the JSON of `aws-cost forecast`', async () => {
		const days = Array.from({length: 30}, (_, index) => {
			const start = new Date(Date.UTC(2026, 9, 26 + index));
			const end = new Date(Date.UTC(2026, 9, 27 + index));
			const amount = (100 + (index % 7) * 3.25).toFixed(2);
			return {TimePeriod: {Start: start.toISOString().slice(0, 10), End: end.toISOString().slice(0, 10)}, Total: {UnblendedCost: {Amount: amount, Unit: 'USD'}}, Groups: [], Estimated: false};
		});
		await moto.load([{ResultsByTime: days, DimensionValueAttributes: []}]);
		const response = await fetch(`${server.url}/api/v1/forecast?horizon=7`);
		expect(response.status, await response.clone().text()).toBe(200);
		const api = (await response.json()) as {scope: string; total: {mean: number}};
		expect(api.total.mean).toBeGreaterThan(0);
		const cli = await runCliProcess(['forecast', '--horizon', '7', '--format', 'json', '--no-cache'], cliEnv());
		expect(cli.stderr).toBe('');
		expect(api.scope).toBe('default');
		expect(figures(api)).toEqual(figures(JSON.parse(cli.stdout)));
	}, 120_000);
});
