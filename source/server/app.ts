import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {type FastifyInstance} from 'fastify';
import packageJson from '../../package.json' with {type: 'json'};
import {closeConnectionsWhenClosing} from './close-connections.js';
import {clientErrorProblem, installProblemHandlers} from './error-handler.js';
import {registerAccountRoutes} from './routes/accounts.js';
import {registerBudgetRoutes} from './routes/budgets.js';
import {registerCacheRoutes} from './routes/cache.js';
import type {ApiAccess} from './api-tokens.js';
import {authPlugin, OPENAPI_SECURITY_SCHEMES} from './auth.js';
import {metricsPlugin} from './metrics.js';
import {requestIdPlugin, type ServerLogOptions, serverLogger} from './request-logging.js';
import type {RateLimitOptions} from './ops-settings.js';
import {securityPlugin} from './security.js';
import {tracingPlugin} from './tracing.js';
import {registerAskRoutes} from './routes/ask.js';
import {registerMcpRoute} from './routes/mcp.js';
import {registerCostRoutes} from './routes/costs.js';
import {registerHealthRoutes} from './routes/health.js';
import {registerHistoryRoutes} from './routes/history.js';
import {registerViewRoutes} from './routes/views.js';
import {withQueryOrigin} from '../history/query-origin.js';
import {registerReportRoutes} from './routes/reports.js';
import {registerWebPage} from './web-page.js';
import {registerGroupKeyRoutes} from './routes/group-keys.js';
import type {ServerContext} from './server-context.js';

export interface ServerOptions {
	/** Largest request body, bytes. */
	readonly bodyLimit?: number;
	/** A request that has not finished in this time is answered 503, ms. */
	readonly requestTimeoutMs?: number;
	/** JSON request logs (pino); none when unset. */
	readonly logger?: ServerLogOptions;
	/** API tokens; none configured means open (the CLI then binds loopback only). */
	readonly access?: ApiAccess;
	/** The one origin browsers may call from; no CORS when unset. */
	readonly corsOrigin?: string;
	/** Billable requests one MCP session on /mcp may make (default 50). */
	readonly mcpMaxRequests?: number;
	/** Per token (per address when open); unlimited when unset. */
	readonly rateLimit?: RateLimitOptions;
	/** The built web dashboard served at `/` (see web-root.ts); `/` explains how to build it when unset. */
	readonly webRoot?: string;
}

/**
 * The HTTP API on the application layer: every route runs the code the CLI
 * runs for the same figure and serializes its JSON; failures are problem+json.
 */
export async function buildServer(context: ServerContext, options: ServerOptions = {}): Promise<FastifyInstance> {
	const app = Fastify({
		...(options.logger === undefined ? {logger: false} : {loggerInstance: serverLogger(options.logger)}),
		bodyLimit: options.bodyLimit ?? 64 * 1024,
		requestTimeout: options.requestTimeoutMs ?? 120_000,
		handlerTimeout: options.requestTimeoutMs ?? 120_000,
		// The API reads ids it made itself; no request id comes from outside to be trusted.
		genReqId: () => crypto.randomUUID(),
		clientErrorHandler: clientErrorProblem,
		ajv: {customOptions: {removeAdditional: false, coerceTypes: 'array', allErrors: false}},
	});
	installProblemHandlers(app);
	closeConnectionsWhenClosing(app);
	// Before any route: these hooks must see every route, the ones added later included.
	await app.register(tracingPlugin, {env: context.env});
	await app.register(requestIdPlugin);
	// Headers first, so refusals carry them too; the rate limit is a route hook, run after auth has named the token.
	await app.register(securityPlugin, {corsOrigin: options.corsOrigin, rateLimit: options.rateLimit});
	await app.register(authPlugin, {access: options.access ?? {tokens: [], metricsOpen: false}});
	await app.register(swagger, {
		openapi: {
			openapi: '3.1.0',
			info: {title: 'aws-cost API', version: packageJson.version, description: 'The aws-cost engine over HTTP: the same figures as the CLI.'},
			components: {securitySchemes: OPENAPI_SECURITY_SCHEMES},
		},
	});
	await app.register(swaggerUi, {routePrefix: '/api/v1/docs'});
	await app.register(metricsPlugin, {context});
	app.get('/api/v1/openapi.json', {schema: {hide: true}}, async () => app.swagger());
	// Every query a route runs is recorded as this route's, with the caller's token.
	app.addHook('preHandler', (request, _reply, done) => {
		withQueryOrigin({frontEnd: 'api', command: `${request.method} ${request.routeOptions.url ?? request.url}`, tokenName: request.apiToken?.name ?? null}, done);
	});
	registerHealthRoutes(app, context);
	registerHistoryRoutes(app, context);
	registerViewRoutes(app, context);
	registerCostRoutes(app, context);
	registerReportRoutes(app, context);
	registerBudgetRoutes(app, context);
	registerAccountRoutes(app, context);
	registerCacheRoutes(app, context);
	registerGroupKeyRoutes(app, context);
	registerAskRoutes(app, context);
	registerMcpRoute(app, context, options.mcpMaxRequests);
	await registerWebPage(app, options.webRoot);
	return app;
}
