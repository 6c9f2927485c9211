import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {type FastifyInstance} from 'fastify';
import packageJson from '../../package.json' with {type: 'json'};
import {installProblemHandlers} from './error-handler.js';
import {registerAskRoutes} from './routes/ask.js';
import {registerCostRoutes} from './routes/costs.js';
import {registerHealthRoutes} from './routes/health.js';
import type {ServerContext} from './server-context.js';

export interface ServerOptions {
	/** Largest request body, bytes. */
	readonly bodyLimit?: number;
	/** A request that has not finished in this time is answered 503, ms. */
	readonly requestTimeoutMs?: number;
	/** pino options or false; the CLI passes its JSON logger. */
	readonly logger?: boolean | Record<string, unknown>;
}

/**
 * The HTTP API on the application layer: every route runs the code the CLI
 * runs for the same figure and serializes its JSON; failures are problem+json.
 */
export async function buildServer(context: ServerContext, options: ServerOptions = {}): Promise<FastifyInstance> {
	const app = Fastify({
		logger: options.logger ?? false,
		bodyLimit: options.bodyLimit ?? 64 * 1024,
		requestTimeout: options.requestTimeoutMs ?? 120_000,
		// The API reads ids it made itself; no request id comes from outside to be trusted.
		genReqId: () => crypto.randomUUID(),
		ajv: {customOptions: {removeAdditional: false, coerceTypes: 'array', allErrors: false}},
	});
	installProblemHandlers(app);
	await app.register(swagger, {
		openapi: {
			openapi: '3.1.0',
			info: {title: 'aws-cost API', version: packageJson.version, description: 'The aws-cost engine over HTTP: the same figures as the CLI.'},
		},
	});
	await app.register(swaggerUi, {routePrefix: '/api/v1/docs'});
	app.get('/api/v1/openapi.json', {schema: {hide: true}}, async () => app.swagger());
	registerHealthRoutes(app, context);
	registerCostRoutes(app, context);
	registerAskRoutes(app, context);
	return app;
}
