import type {Readable, Writable} from 'node:stream';
import {StdioServerTransport} from '@modelcontextprotocol/sdk/server/stdio.js';
import {isJSONRPCNotification, isJSONRPCRequest, type JSONRPCMessage, type RequestId} from '@modelcontextprotocol/sdk/types.js';
import type {McpBackend} from './backend.js';
import {createMcpServer} from './mcp-server.js';
import {unreadableMessageError} from './protocol-errors.js';

/** The ids of requests read but not yet answered, and a wait for there to be none. */
function pendingRequests(transport: StdioServerTransport): {readonly idle: () => Promise<void>} {
	const pending = new Set<RequestId>();
	let wake: (() => void) | undefined;
	const forget = (id: RequestId): void => {
		pending.delete(id);
		if (pending.size === 0) wake?.();
	};
	const receive = transport.onmessage;
	transport.onmessage = (message: JSONRPCMessage) => {
		if (isJSONRPCRequest(message)) pending.add(message.id);
		// A cancelled request is never answered.
		if (isJSONRPCNotification(message) && message.method === 'notifications/cancelled') forget(message.params?.['requestId'] as RequestId);
		receive?.(message);
	};
	const send = transport.send.bind(transport);
	transport.send = async (message: JSONRPCMessage) => {
		try {
			return await send(message);
		} finally {
			if ('id' in message && !isJSONRPCRequest(message)) forget(message.id as RequestId);
		}
	};
	return {
		idle: () => (pending.size === 0 ? Promise.resolve() : new Promise<void>(resolve => (wake = resolve))),
	};
}

/**
 * Serves one MCP session over stdin/stdout. A line that is not JSON-RPC gets
 * an error answer and the session goes on. When stdin ends (the client is
 * done) the calls already read are answered, then the server closes; when
 * stdout breaks (the client is gone) it closes at once, aborting them.
 */
export async function serveStdio(backend: McpBackend, stdin: Readable, stdout: Writable): Promise<void> {
	const transport = new StdioServerTransport(stdin, stdout);
	const closed = new Promise<void>(resolve => {
		transport.onclose = resolve;
	});
	// Set before connect: the server keeps it and calls it first.
	transport.onerror = error => {
		backend.logger?.(`mcp: ${error.message}`);
		if (error instanceof SyntaxError || error.name === 'ZodError') void transport.send(unreadableMessageError(error)).catch(() => {});
	};
	const server = createMcpServer(backend);
	await server.connect(transport);
	const requests = pendingRequests(transport);
	const close = (): void => void server.close().catch(() => {});
	stdout.on('error', error => {
		backend.logger?.(`mcp: stdout failed, the client is gone: ${error.message}`);
		close();
	});
	stdin.once('end', () => void requests.idle().then(close));
	stdin.once('error', close);
	await closed;
}
