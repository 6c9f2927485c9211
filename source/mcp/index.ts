/**
 * The MCP server: the chat's tools, the scope resource and the prompts, for
 * any agent. `serveStdio` backs `aws-cost mcp`; `createMcpHttpHandler` serves
 * Streamable HTTP for a node request (mount it at /mcp behind the API's auth;
 * under Fastify: `reply.hijack()`, then `handle(request.raw, reply.raw, request.body)`).
 */
export {DEFAULT_MAX_REQUESTS, type McpBackend} from './backend.js';
export {createMcpHttpHandler, type McpHttpHandler, type McpHttpOptions} from './http-handler.js';
export {createMcpServer} from './mcp-server.js';
export {serveStdio} from './stdio-server.js';
