import {createServer, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {resolveScopes} from '../../source/application/scopes.js';
import {silentLogger} from '../../source/log.js';
import {buildServer} from '../../source/server/app.js';
import {ServerSessions} from '../../source/server/server-sessions.js';
import {tracesEndpoint} from '../../source/server/tracing.js';
import {type CostExplorerServer, startCostExplorerServer} from '../fixtures/cost-explorer-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';

interface OtlpValue {
	readonly stringValue?: string;
	readonly intValue?: number | string;
	readonly doubleValue?: number;
	readonly boolValue?: boolean;
}
interface OtlpSpan {
	readonly traceId: string;
	readonly spanId: string;
	readonly parentSpanId?: string;
	readonly name: string;
	readonly kind: number;
	readonly attributes: readonly {key: string; value: OtlpValue}[];
}
interface OtlpExport {
	readonly resourceSpans: readonly {resource: {attributes: readonly {key: string; value: OtlpValue}[]}; scopeSpans: readonly {spans: readonly OtlpSpan[]}[]}[];
}

/** A local OTLP/HTTP collector: keeps what the real exporter POSTs to /v1/traces. */
async function startCollector(): Promise<{url: string; posts: {headers: IncomingHttpHeaders; body: string}[]; close(): Promise<void>}> {
	const posts: {headers: IncomingHttpHeaders; body: string}[] = [];
	const server = createServer((request, response) => {
		let body = '';
		request.on('data', chunk => (body += chunk));
		request.on('end', () => {
			if (request.method === 'POST' && request.url === '/v1/traces') posts.push({headers: request.headers, body});
			response.writeHead(200, {'content-type': 'application/json'}).end('{}');
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posts, close: () => new Promise(resolve => server.close(() => resolve()))};
}

const value = (span: OtlpSpan, key: string): unknown => {
	const found = span.attributes.find(attribute => attribute.key === key)?.value;
	return found === undefined ? undefined : (found.stringValue ?? (found.intValue === undefined ? undefined : Number(found.intValue)) ?? found.doubleValue ?? found.boolValue);
};

const dir = tempDir('aws-cost-traces-');
let costExplorer: CostExplorerServer;
const saved = {...process.env};
beforeAll(async () => {
	costExplorer = await startCostExplorerServer();
	Object.assign(process.env, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_ENDPOINT_URL: costExplorer.endpoint, AWS_REGION: 'us-east-1'});
});
afterAll(async () => {
	process.env = saved;
	await costExplorer.close();
	dir.remove();
});

describe('OpenTelemetry traces', () => {
	it('takes the endpoint from the standard variables, and none without them', () => {
		expect(tracesEndpoint({})).toBeUndefined();
		expect(tracesEndpoint({OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/'})).toBe('http://collector:4318/v1/traces');
		expect(tracesEndpoint({OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b/traces'})).toBe('http://b/traces');
	});

	it('registers nothing of OpenTelemetry without the variable', async () => {
		const env = {...isolatedEnv(dir.path), AWS_COST_CACHE_DIR: `${dir.path}/plain-cache`};
		const scopes = await resolveScopes({kind: 'demo'}, undefined, env);
		const sessions = new ServerSessions({todayFlag: undefined, env, logger: silentLogger, timeoutMs: 5000, cacheMode: 'off'});
		const app = await buildServer({scopes, sessions, env, logger: silentLogger});
		const url = await app.listen({host: '127.0.0.1', port: 0});
		try {
			expect((await fetch(`${url}/api/v1/costs?range=last-month`)).status).toBe(200);
			// Where @opentelemetry/api keeps a registered tracer provider and context manager.
			expect((globalThis as Record<symbol, unknown>)[Symbol.for('opentelemetry.js.api.1')]).toBeUndefined();
		} finally {
			await app.close();
			await sessions.close();
		}
	});

	it('exports a span per request with a span per Cost Explorer call under it, billable requests as attributes', async () => {
		const collector = await startCollector();
		const env = {...isolatedEnv(dir.path), ...process.env, AWS_COST_CACHE_DIR: `${dir.path}/cache`, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: 'aws-cost-test'};
		const scopes = await resolveScopes({kind: 'default'}, undefined, env);
		const sessions = new ServerSessions({todayFlag: undefined, env, logger: silentLogger, timeoutMs: 5000, cacheMode: 'off'});
		const app = await buildServer({scopes, sessions, env, logger: silentLogger});
		const url = await app.listen({host: '127.0.0.1', port: 0});
		costExplorer.fallback('GetCostAndUsage', {json: {ResultsByTime: [{TimePeriod: {Start: '2026-10-01', End: '2026-11-01'}, Total: {UnblendedCost: {Amount: '12.5', Unit: 'USD'}}, Groups: [], Estimated: false}]}});
		try {
			const response = await fetch(`${url}/api/v1/costs?range=last-month&token=not-for-traces`);
			expect(response.status).toBe(400);
			const answered = await fetch(`${url}/api/v1/costs?range=last-month`);
			expect(answered.status).toBe(200);
		} finally {
			await app.close();
			await sessions.close();
			await collector.close();
		}
		expect(collector.posts.length).toBeGreaterThan(0);
		// This exporter version sends OTLP as JSON by default.
		expect(collector.posts[0]?.headers['content-type']).toMatch(/^application\/json/);
		const exports = collector.posts.map(post => JSON.parse(post.body) as OtlpExport);
		const spans = exports.flatMap(exported => exported.resourceSpans.flatMap(resource => resource.scopeSpans.flatMap(scope => scope.spans)));
		expect(exports[0]?.resourceSpans[0]?.resource.attributes).toContainEqual({key: 'service.name', value: {stringValue: 'aws-cost-test'}});
		const requests = spans.filter(span => span.name === 'GET /api/v1/costs');
		expect(requests.map(span => value(span, 'http.response.status_code')).sort()).toEqual([200, 400]);
		const served = requests.find(span => value(span, 'http.response.status_code') === 200)!;
		expect(served.kind).toBe(2);
		expect(value(served, 'url.path')).toBe('/api/v1/costs');
		const calls = spans.filter(span => span.name === 'Cost Explorer GetCostAndUsage');
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({traceId: served.traceId, parentSpanId: served.spanId, kind: 3});
		expect(value(calls[0]!, 'aws_cost.billable_requests')).toBe(1);
		expect(value(calls[0]!, 'aws_cost.cost_usd')).toBe(0.01);
		const identity = spans.find(span => span.name.endsWith('GetCallerIdentity'));
		expect(identity === undefined ? 0 : value(identity, 'aws_cost.billable_requests')).toBe(0);
		expect(collector.posts.map(post => post.body).join('')).not.toContain('not-for-traces');
	});
});
