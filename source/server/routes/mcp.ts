import type {FastifyInstance} from 'fastify';
import {DEFAULT_MAX_REQUESTS, type McpBackend} from '../../mcp/backend.js';
import {createMcpHttpHandler} from '../../mcp/http-handler.js';
import type {ServerContext} from '../server-context.js';

/**
 * `/mcp`: the MCP server over Streamable HTTP, behind the API's bearer tokens
 * (the `ask` scope). Each MCP session has its own billable-request budget; the
 * engines, cache and single-flight are the server's own.
 */
export function registerMcpRoute(app: FastifyInstance, context: ServerContext, maxRequests = DEFAULT_MAX_REQUESTS): void {
	const backend: McpBackend = {
		scopes: context.scopes,
		get today() {
			return context.sessions.today();
		},
		engineFor: scope => context.sessions.use(session => session.engineFor(scope)),
		maxRequests,
		logger: context.logger,
	};
	const handler = createMcpHttpHandler(backend);
	app.addHook('onClose', () => handler.close());
	app.route({
		method: ['GET', 'POST', 'DELETE'],
		url: '/mcp',
		config: {scope: 'ask'},
		schema: {summary: 'The MCP server (Streamable HTTP): the chat\'s tools for AI agents', description: 'JSON-RPC per the Model Context Protocol; initialize first, then send the Mcp-Session-Id header it returns.', tags: ['mcp']},
		handler: async (request, reply) => {
			// The MCP transport writes the response itself (JSON or an event stream).
			reply.hijack();
			await handler.handle(request.raw, reply.raw, request.body);
		},
	});
}
