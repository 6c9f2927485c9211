import type {FastifyError} from 'fastify';
import {collectDefaultMetrics, Counter, Gauge, Histogram, Registry} from 'prom-client';
import {isCostError} from '../errors.js';
import {circuitStates} from './engine-counts.js';
import {globalPlugin} from './global-plugin.js';
import type {ServerContext} from './server-context.js';

declare module 'fastify' {
	interface FastifyRequest {
		/** Why the request failed, for the errors metric (a CostError kind, bad-input, …). */
		failureKind: string | null;
	}
}

/** Kinds of the failures no CostError names. */
const KIND_OF_STATUS: Readonly<Record<number, string>> = {
	400: 'bad-input',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not-found',
	405: 'method-not-allowed',
	413: 'body-too-large',
	415: 'unsupported-media-type',
	429: 'rate-limited',
	500: 'unexpected',
	503: 'unavailable',
};

/** Dollars per Cost Explorer request, as AWS bills them. */
const DOLLARS_PER_REQUEST = 0.01;

function failureKind(error: FastifyError): string {
	if (isCostError(error)) return error.kind;
	if (error.validation !== undefined) return 'bad-input';
	if (error.code === 'FST_ERR_HANDLER_TIMEOUT') return 'timed-out';
	return KIND_OF_STATUS[error.statusCode ?? 500] ?? 'unexpected';
}

/**
 * `GET /metrics` in Prometheus text: HTTP requests and latency by route, errors
 * by kind, and what the engines counted (billable requests, their dollars,
 * cache hits and misses, circuit state), read from the engines at scrape time.
 * One registry per server, so two servers in a process never share counts.
 */
export const metricsPlugin = globalPlugin<{context: ServerContext}>(async (app, {context}) => {
	const registry = new Registry();
	collectDefaultMetrics({register: registry});
	const labelNames = ['method', 'route', 'status'] as const;
	const requests = new Counter({name: 'aws_cost_http_requests_total', help: 'HTTP requests answered, by method, route and status.', labelNames, registers: [registry]});
	const latency = new Histogram({
		name: 'aws_cost_http_request_duration_seconds',
		help: 'Time to answer, by method, route and status.',
		labelNames,
		buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
		registers: [registry],
	});
	const errors = new Counter({name: 'aws_cost_errors_total', help: 'Failed requests by kind (the problem\'s kind: bad-input, aws-failure, timed-out, rate-limited, …).', labelNames: ['kind'], registers: [registry]});
	const engineCounter = (name: string, help: string, read: (counts: Awaited<ReturnType<typeof context.sessions.counts>>) => number): Counter =>
		new Counter({
			name,
			help,
			registers: [registry],
			async collect() {
				this.reset();
				this.inc(read(await context.sessions.counts()));
			},
		});
	engineCounter('aws_cost_cost_explorer_billable_requests_total', 'Cost Explorer requests served to this server (billed by AWS at $0.01 each).', counts => counts.billableRequests);
	engineCounter('aws_cost_cost_explorer_cost_dollars_total', 'What those requests cost, in US dollars.', counts => counts.billableRequests * DOLLARS_PER_REQUEST);
	engineCounter('aws_cost_cache_hits_total', 'Queries the cache answered.', counts => counts.cacheHits);
	engineCounter('aws_cost_cache_misses_total', 'Queries the cache could not answer (the source was asked).', counts => counts.cacheMisses);
	new Gauge({
		name: 'aws_cost_circuit_open',
		help: '1 while Cost Explorer is left alone after an outage (the circuit breaker is open), per AWS profile.',
		labelNames: ['profile'],
		registers: [registry],
		async collect() {
			this.reset();
			for (const {profile, open} of circuitStates(await context.sessions.engines())) this.set({profile}, open ? 1 : 0);
		},
	});

	app.decorateRequest('failureKind', null);
	app.addHook('onError', async (request, _reply, error) => {
		request.failureKind = failureKind(error);
	});
	app.addHook('onResponse', async (request, reply) => {
		// The route's pattern, never the raw URL: a label per distinct URL would grow without end.
		const labels = {method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode)};
		requests.inc(labels);
		latency.observe(labels, reply.elapsedTime / 1000);
		if (reply.statusCode >= 400) errors.inc({kind: request.failureKind ?? KIND_OF_STATUS[reply.statusCode] ?? `http-${reply.statusCode}`});
	});

	app.get('/metrics', {schema: {summary: 'Prometheus metrics (needs the read scope unless served open)', tags: ['operations']}}, async (_request, reply) =>
		reply.type(registry.contentType).send(await registry.metrics()),
	);
});
