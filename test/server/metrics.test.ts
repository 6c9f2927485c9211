import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CostExplorerServer, startCostExplorerServer} from '../fixtures/cost-explorer-server.js';
import {type OpsServer, startOpsServer, testAccess, TOKENS} from '../fixtures/ops-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {resolveScopes} from '../../source/application/scopes.js';
import {silentLogger} from '../../source/log.js';
import {buildServer} from '../../source/server/app.js';
import {ServerSessions} from '../../source/server/server-sessions.js';

const dir = tempDir('aws-cost-metrics-');
const env = isolatedEnv(dir.path);
let server: OpsServer;

beforeAll(async () => {
	server = await startOpsServer(env, {access: testAccess()});
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

const reader = {authorization: `Bearer ${TOKENS.reader}`};

/** The value of one sample line, e.g. `aws_cost_cache_hits_total` or `name{label="x"}`. */
function sample(text: string, series: string): number | undefined {
	const line = text.split('\n').find(candidate => candidate.startsWith(`${series} `));
	return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
	it('needs the read scope unless served open', async () => {
		expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
		expect((await fetch(`${server.url}/metrics`, {headers: {authorization: `Bearer ${TOKENS.asker}`}})).status).toBe(403);
		const open = await startOpsServer(env, {access: testAccess(true)});
		try {
			expect((await fetch(`${open.url}/metrics`)).status).toBe(200);
			expect((await fetch(`${open.url}/api/v1/costs?range=last-month`)).status).toBe(401);
		} finally {
			await open.close();
		}
	});

	it('counts requests by route and status, latency, errors by kind, and what the engine counted', async () => {
		const first = (await (await fetch(`${server.url}/api/v1/costs?range=last-month&groupBy=SERVICE`, {headers: reader})).json()) as {stats: {billableRequests: number}};
		const second = (await (await fetch(`${server.url}/api/v1/costs?range=last-month&groupBy=SERVICE`, {headers: reader})).json()) as {stats: {billableRequests: number}};
		expect((await fetch(`${server.url}/api/v1/costs?granularity=weekly`, {headers: reader})).status).toBe(400);
		expect((await fetch(`${server.url}/api/v1/costs/1`, {headers: reader})).status).toBe(404);
		await fetch(`${server.url}/api/v1/costs?range=last-month`);

		const response = await fetch(`${server.url}/metrics`, {headers: reader});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
		const text = await response.text();
		expect(sample(text, 'aws_cost_http_requests_total{method="GET",route="/api/v1/costs",status="200"}')).toBe(2);
		expect(sample(text, 'aws_cost_http_requests_total{method="GET",route="/api/v1/costs",status="400"}')).toBe(1);
		expect(sample(text, 'aws_cost_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
		expect(sample(text, 'aws_cost_http_request_duration_seconds_count{method="GET",route="/api/v1/costs",status="200"}')).toBe(2);
		expect(text).toMatch(/aws_cost_http_request_duration_seconds_bucket\{le="0\.05",method="GET",route="\/api\/v1\/costs",status="200"\} \d/);
		expect(sample(text, 'aws_cost_errors_total{kind="bad-input"}')).toBe(1);
		expect(sample(text, 'aws_cost_errors_total{kind="not-found"}')).toBe(1);
		expect(sample(text, 'aws_cost_errors_total{kind="unauthorized"}')).toBeGreaterThanOrEqual(2);
		const billable = first.stats.billableRequests + second.stats.billableRequests;
		expect(billable).toBeGreaterThan(0);
		expect(sample(text, 'aws_cost_cost_explorer_billable_requests_total')).toBe(billable);
		expect(sample(text, 'aws_cost_cost_explorer_cost_dollars_total')).toBeCloseTo(billable * 0.01, 10);
		expect(sample(text, 'aws_cost_cache_misses_total')).toBe(1);
		expect(sample(text, 'aws_cost_cache_hits_total')).toBe(1);
		expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
		expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
		expect(text).toMatch(/# TYPE aws_cost_circuit_open gauge/);
	});
});

describe('the circuit state of an AWS scope', () => {
	let costExplorer: CostExplorerServer;
	const saved = {...process.env};
	beforeAll(async () => {
		costExplorer = await startCostExplorerServer();
		// The SDK reads its endpoint and credentials from process.env.
		Object.assign(process.env, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_ENDPOINT_URL: costExplorer.endpoint, AWS_REGION: 'us-east-1'});
	});
	afterAll(async () => {
		process.env = saved;
		await costExplorer.close();
	});

	it('is 1 after Cost Explorer failed, with the failure counted by kind', async () => {
		const awsEnv = {...env, ...process.env, AWS_MAX_ATTEMPTS: '1', AWS_COST_CACHE_DIR: `${dir.path}/aws-cache`};
		const scopes = await resolveScopes({kind: 'default'}, undefined, awsEnv);
		const sessions = new ServerSessions({todayFlag: undefined, env: awsEnv, logger: silentLogger, timeoutMs: 5000, cacheMode: 'off'});
		const app = await buildServer({scopes, sessions, env: awsEnv, logger: silentLogger});
		const url = await app.listen({host: '127.0.0.1', port: 0});
		try {
			costExplorer.fallback('GetCostAndUsage', {error: 'InternalServerError', status: 503});
			const failed = await fetch(`${url}/api/v1/costs?range=last-month`);
			expect(failed.status).toBe(502);
			const text = await (await fetch(`${url}/metrics`)).text();
			expect(sample(text, 'aws_cost_circuit_open{profile="default"}')).toBe(1);
			expect(sample(text, 'aws_cost_errors_total{kind="aws-failure"}')).toBe(1);
			expect(sample(text, 'aws_cost_cost_explorer_billable_requests_total')).toBe(0);
		} finally {
			await app.close();
			await sessions.close();
		}
	});
});
