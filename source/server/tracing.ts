import type {FastifyRequest} from 'fastify';
import packageJson from '../../package.json' with {type: 'json'};
import {serviceOf} from '../sources/cost-explorer/error-mapping.js';
import {observeAwsCalls} from '../sources/cost-explorer/call-observer.js';
import {globalPlugin} from './global-plugin.js';

/** OTLP/HTTP traces go where the standard variables say: the traces endpoint as is, or the base endpoint + /v1/traces. */
export function tracesEndpoint(env: NodeJS.ProcessEnv): string | undefined {
	const traces = env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']?.trim();
	if (traces) return traces;
	const base = env['OTEL_EXPORTER_OTLP_ENDPOINT']?.trim();
	return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

/** Dollars per Cost Explorer request, as AWS bills them. */
const DOLLARS_PER_REQUEST = 0.01;

/**
 * OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set: a server span
 * per request and a client span per AWS call under it (billable requests and
 * their dollars as attributes), exported over OTLP/HTTP. Without the variable
 * nothing of OpenTelemetry is loaded.
 */
export const tracingPlugin = globalPlugin<{env: NodeJS.ProcessEnv}>(async (app, {env}) => {
	const url = tracesEndpoint(env);
	if (url === undefined) return;
	const [api, {NodeTracerProvider}, {BatchSpanProcessor}, {OTLPTraceExporter}, {resourceFromAttributes}] = await Promise.all([
		import('@opentelemetry/api'),
		import('@opentelemetry/sdk-trace-node'),
		import('@opentelemetry/sdk-trace-base'),
		import('@opentelemetry/exporter-trace-otlp-http'),
		import('@opentelemetry/resources'),
	]);
	const provider = new NodeTracerProvider({
		resource: resourceFromAttributes({'service.name': env['OTEL_SERVICE_NAME'] || 'aws-cost', 'service.version': packageJson.version}),
		spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({url}))],
	});
	// Registers the AsyncLocalStorage context manager: an AWS call's span finds its request's span as parent.
	provider.register();
	const tracer = provider.getTracer('aws-cost', packageJson.version);
	const contexts = new WeakMap<FastifyRequest, ReturnType<typeof api.context.active>>();
	const spans = new WeakMap<FastifyRequest, ReturnType<typeof tracer.startSpan>>();

	observeAwsCalls((operation, billable) => {
		const span = tracer.startSpan(`${serviceOf(operation)} ${operation}`, {
			kind: api.SpanKind.CLIENT,
			attributes: {'rpc.system': 'aws-api', 'rpc.service': serviceOf(operation), 'rpc.method': operation, 'aws_cost.billable': billable},
		});
		return {
			end({billableRequests, attempts, failure}) {
				span.setAttributes({'aws_cost.billable_requests': billableRequests, 'aws_cost.cost_usd': billableRequests * DOLLARS_PER_REQUEST, 'aws_cost.attempts': attempts});
				if (failure !== undefined) span.setStatus({code: api.SpanStatusCode.ERROR, message: failure});
				span.end();
			},
		};
	});

	app.addHook('onRequest', (request, _reply, done) => {
		const route = request.routeOptions.url;
		// The path only: a query string may carry what must not leave the process.
		const span = tracer.startSpan(`${request.method} ${route ?? 'unmatched'}`, {
			kind: api.SpanKind.SERVER,
			attributes: {'http.request.method': request.method, 'url.path': request.url.split('?')[0] ?? '', 'aws_cost.request_id': request.id, ...(route === undefined ? {} : {'http.route': route})},
		});
		const active = api.trace.setSpan(api.context.active(), span);
		spans.set(request, span);
		contexts.set(request, active);
		api.context.with(active, done);
	});
	// The body arrives on the socket's own async context: the handler re-enters the request's.
	app.addHook('preHandler', (request, _reply, done) => {
		const active = contexts.get(request);
		if (active === undefined) done();
		else api.context.with(active, done);
	});
	const finish = (request: FastifyRequest, status: number | undefined): void => {
		const span = spans.get(request);
		if (span === undefined) return;
		spans.delete(request);
		if (status !== undefined) span.setAttribute('http.response.status_code', status);
		if (status === undefined || status >= 500) span.setStatus({code: api.SpanStatusCode.ERROR});
		span.end();
	};
	app.addHook('onResponse', async (request, reply) => finish(request, reply.statusCode));
	app.addHook('onRequestAbort', async request => finish(request, undefined));
	app.addHook('onClose', async () => {
		observeAwsCalls(undefined);
		await provider.shutdown();
		api.trace.disable();
		api.context.disable();
	});
});
