import {randomUUID} from 'node:crypto';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {StreamableHTTPServerTransport} from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type {McpBackend} from './backend.js';
import {createMcpServer} from './mcp-server.js';
import {unreadableMessageError} from './protocol-errors.js';

/** Streamable HTTP for node's request and response; mount it at `/mcp` behind the API's auth. */
export interface McpHttpHandler {
	/** Serves one request. `body` is the parsed JSON body when the framework already read it (Fastify does). */
	handle(request: IncomingMessage, response: ServerResponse, body?: unknown): Promise<void>;
	/** Closes every session (aborting their calls). */
	close(): Promise<void>;
	readonly sessionCount: number;
}

export interface McpHttpOptions {
	/** Sessions open at once; an initialize beyond it is refused (503). Default 100. */
	readonly maxSessions?: number;
	/** A session unused this long is closed when the next request comes. Default 30 minutes. */
	readonly idleMs?: number;
	readonly now?: () => number;
}

interface OpenSession {
	readonly transport: StreamableHTTPServerTransport;
	lastSeen: number;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** An initialize request, well formed or not: the transport answers a malformed one with its own error. */
const isInitialize = (body: unknown): boolean =>
	typeof body === 'object' && body !== null && (body as {method?: unknown}).method === 'initialize';

function sendError(response: ServerResponse, status: number, code: number, message: string): void {
	if (response.headersSent) return;
	response.writeHead(status, {'content-type': 'application/json'}).end(JSON.stringify({jsonrpc: '2.0', id: null, error: {code, message}}));
}

/** The request's JSON body, read here when no framework parsed it; `undefined` after answering a bad one. */
async function readJsonBody(request: IncomingMessage, response: ServerResponse): Promise<{body: unknown} | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY_BYTES) {
			sendError(response, 413, -32600, `Invalid Request: the body is over ${MAX_BODY_BYTES} bytes.`);
			return undefined;
		}
		chunks.push(chunk as Buffer);
	}
	try {
		return {body: JSON.parse(Buffer.concat(chunks).toString('utf8'))};
	} catch (error) {
		const {error: answer} = unreadableMessageError(error) as unknown as {error: {code: number; message: string}};
		sendError(response, 400, answer.code, answer.message);
		return undefined;
	}
}

/**
 * The MCP server over Streamable HTTP: one MCP session (its own server and
 * request budget) per client that initializes, found again by the
 * `mcp-session-id` header; answers are plain JSON, not event streams.
 */
export function createMcpHttpHandler(backend: McpBackend, options: McpHttpOptions = {}): McpHttpHandler {
	const {maxSessions = 100, idleMs = 30 * 60_000, now = Date.now} = options;
	const sessions = new Map<string, OpenSession>();

	const closeIdle = async (): Promise<void> => {
		const stale = [...sessions.values()].filter(session => now() - session.lastSeen > idleMs);
		await Promise.all(stale.map(session => session.transport.close()));
	};

	const open = async (request: IncomingMessage, response: ServerResponse, body: unknown): Promise<void> => {
		await closeIdle();
		if (sessions.size >= maxSessions) {
			sendError(response, 503, -32000, `Too many MCP sessions open (${maxSessions}): close one (DELETE /mcp) or try again later.`);
			return;
		}
		const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
			sessionIdGenerator: randomUUID,
			enableJsonResponse: true,
			onsessioninitialized: id => void sessions.set(id, {transport, lastSeen: now()}),
		});
		transport.onclose = () => {
			if (transport.sessionId !== undefined) sessions.delete(transport.sessionId);
		};
		const server = createMcpServer(backend);
		await server.connect(transport);
		await transport.handleRequest(request, response, body);
		if (transport.sessionId === undefined || !sessions.has(transport.sessionId)) await server.close();
	};

	return {
		get sessionCount() {
			return sessions.size;
		},
		async handle(request, response, parsedBody) {
			try {
				let body = parsedBody;
				if (body === undefined && request.method === 'POST') {
					const read = await readJsonBody(request, response);
					if (read === undefined) return;
					body = read.body;
				}
				const header = request.headers['mcp-session-id'];
				const sessionId = Array.isArray(header) ? header[0] : header;
				if (sessionId !== undefined) {
					const session = sessions.get(sessionId);
					if (session === undefined) {
						sendError(response, 404, -32001, 'Session not found: it was closed or has expired; initialize a new one.');
						return;
					}
					session.lastSeen = now();
					await session.transport.handleRequest(request, response, body);
					return;
				}
				if (request.method === 'POST' && isInitialize(body)) {
					await open(request, response, body);
					return;
				}
				sendError(response, 400, -32000, 'Bad Request: no mcp-session-id header; start a session with an initialize request.');
			} catch (error) {
				backend.logger?.(`mcp http: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
				sendError(response, 500, -32603, 'Internal error: see the log file.');
			}
		},
		async close() {
			await Promise.all([...sessions.values()].map(session => session.transport.close()));
			sessions.clear();
		},
	};
}
