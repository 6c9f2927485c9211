import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import {globalPlugin} from './global-plugin.js';
import type {RateLimitOptions} from './ops-settings.js';


export interface SecurityOptions extends Record<string, unknown> {
	/** Off (undefined) unless configured: browsers on other origins may not call the API. */
	readonly corsOrigin?: string | undefined;
	readonly rateLimit?: RateLimitOptions | undefined;
}

/** Liveness probes poll often and cost nothing: they are never limited. */
const UNLIMITED = new Set(['/health', '/ready']);

/**
 * Headers a browser honours (CSP, no sniffing, no framing), CORS only when
 * an origin is configured, and a per-token rate limit answered 429 with Retry-After.
 */
export const securityPlugin = globalPlugin<SecurityOptions>(async (app, options) => {
	await app.register(helmet, {
		global: true,
		contentSecurityPolicy: {
			useDefaults: false,
			// Tight enough for JSON, wide enough for the Swagger UI page at /api/v1/docs (its own scripts, data: icons, inline styles).
			directives: {
				defaultSrc: ["'self'"],
				baseUri: ["'self'"],
				scriptSrc: ["'self'"],
				scriptSrcAttr: ["'none'"],
				styleSrc: ["'self'", "'unsafe-inline'"],
				imgSrc: ["'self'", 'data:'],
				fontSrc: ["'self'", 'data:'],
				connectSrc: ["'self'"],
				objectSrc: ["'none'"],
				formAction: ["'self'"],
				frameAncestors: ["'none'"],
			},
		},
	});
	if (options.corsOrigin !== undefined) {
		await app.register(cors, {origin: options.corsOrigin, methods: ['GET', 'POST', 'DELETE'], allowedHeaders: ['Authorization', 'Content-Type', 'Accept'], maxAge: 600});
	}
	const limit = options.rateLimit;
	if (limit !== undefined) {
		await app.register(rateLimit, {
			global: true,
			max: limit.max,
			timeWindow: limit.windowMs,
			// The auth hook runs first: a token is limited by its name wherever it calls from.
			keyGenerator: request => (request.apiToken === null ? `address:${request.ip}` : `token:${request.apiToken.name}`),
			allowList: request => UNLIMITED.has(request.routeOptions.url ?? ''),
			errorResponseBuilder: (_request, context) =>
				Object.assign(new Error(`Rate limit: ${context.max} requests per ${limit.windowMs / 1000} s; retry in ${Math.max(1, Math.ceil(context.ttl / 1000))} s.`), {statusCode: context.statusCode}),
		});
	}
});
