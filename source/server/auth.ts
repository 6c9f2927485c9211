import type {FastifyReply, FastifyRequest} from 'fastify';
import {type ApiAccess, type ApiScope, type ApiToken, findToken} from './api-tokens.js';
import {globalPlugin} from './global-plugin.js';
import {PROBLEM_CONTENT_TYPE, problem} from './problem.js';

/** What a route needs: a token with this scope, or nothing ('open'). */
export type RouteAccess = ApiScope | 'open';

declare module 'fastify' {
	interface FastifyContextConfig {
		/** The scope a token needs for this route; by default `read` for reads, `admin` for writes. */
		scope?: RouteAccess;
	}
	interface FastifyRequest {
		/** The caller's token once authenticated; null when the server runs open or the route is open. */
		apiToken: ApiToken | null;
	}
}

const OPEN_PATHS = new Set(['/health', '/ready', '/api/v1/openapi.json']);

/**
 * The scope a request needs: the route's `config.scope`, else by path and
 * method. Writes default to `admin`, so a route that forgets to say fails closed.
 */
export function requiredAccess(method: string, path: string, declared: RouteAccess | undefined, metricsOpen: boolean): RouteAccess {
	if (declared !== undefined) return declared;
	if (OPEN_PATHS.has(path) || path.startsWith('/api/v1/docs') || method === 'OPTIONS') return 'open';
	// The web page's own files hold no figures: it asks /api/v1 with the token typed into it.
	if (path === '/' || path.startsWith('/assets/')) return 'open';
	if (path === '/metrics') return metricsOpen ? 'open' : 'read';
	if (path === '/api/v1/ask' || path === '/mcp' || path.startsWith('/mcp/')) return 'ask';
	return method === 'GET' || method === 'HEAD' ? 'read' : 'admin';
}

const REALM = 'Bearer realm="aws-cost"';

function refuse(reply: FastifyReply, status: 401 | 403, challenge: string, detail: string): FastifyReply {
	return reply.code(status).header('www-authenticate', challenge).type(PROBLEM_CONTENT_TYPE).send(problem(status, detail, {kind: status === 401 ? 'unauthorized' : 'forbidden'}));
}

/** The secret of `Authorization: Bearer <secret>`, or undefined when the header is missing or another scheme. */
function bearerSecret(request: FastifyRequest): string | undefined {
	const header = request.headers.authorization;
	const match = typeof header === 'string' ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
	return match?.[1];
}

/**
 * Bearer-token authentication and scopes for every route. With no token
 * configured the server is open (the CLI then binds loopback only).
 */
export const authPlugin = globalPlugin<{access: ApiAccess}>(async (app, {access}) => {
	app.decorateRequest('apiToken', null);
	// The OpenAPI document says which scope each route needs (routes added after this plugin).
	app.addHook('onRoute', route => {
		if (route.schema === undefined || route.schema.hide === true) return;
		const method = Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
		const needed = requiredAccess(method, route.url, route.config?.scope, access.metricsOpen);
		route.schema = {...route.schema, security: needed === 'open' ? [] : [{bearerAuth: [needed]}]};
	});
	if (access.tokens.length === 0) {
		// Open means this machine only: a proxy in front would hand the open API to whoever reaches the proxy.
		app.addHook('onRequest', async (request, reply) => {
			const forwarded = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
			if (!forwarded || request.method === 'OPTIONS' || OPEN_PATHS.has(request.routeOptions.url ?? '')) return;
			return reply
				.code(403)
				.type(PROBLEM_CONTENT_TYPE)
				.send(problem(403, 'This server has no API tokens, so it answers this machine only, not requests a proxy forwards: set AWS_COST_API_TOKENS.', {kind: 'forbidden'}));
		});
		return;
	}
	app.addHook('onRequest', async (request, reply) => {
		const path = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
		const needed = requiredAccess(request.method, path, request.routeOptions.config.scope, access.metricsOpen);
		if (needed === 'open') return;
		const secret = bearerSecret(request);
		if (secret === undefined) return refuse(reply, 401, REALM, 'This API needs a bearer token: Authorization: Bearer <token>.');
		const token = findToken(access.tokens, secret);
		if (token === undefined) return refuse(reply, 401, `${REALM}, error="invalid_token"`, 'The bearer token is not valid.');
		if (!token.scopes.has(needed)) {
			return refuse(reply, 403, `${REALM}, error="insufficient_scope", scope="${needed}"`, `Token "${token.name}" lacks the "${needed}" scope this route needs.`);
		}
		request.apiToken = token;
	});
});

/** For the OpenAPI document: the bearer scheme every non-open route uses. */
export const OPENAPI_SECURITY_SCHEMES = {
	bearerAuth: {type: 'http', scheme: 'bearer', description: 'A token from AWS_COST_API_TOKENS or the settings file; its scopes (read, ask, admin) decide which routes it opens.'},
} as const;
