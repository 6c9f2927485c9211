import {createServer, type Server as HttpServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {Client} from '@modelcontextprotocol/sdk/client/index.js';
import {StreamableHTTPClientTransport} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type {CallToolResult} from '@modelcontextprotocol/sdk/types.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {McpBackend} from '../../source/mcp/backend.js';
import {createMcpHttpHandler, type McpHttpHandler, type McpHttpOptions} from '../../source/mcp/http-handler.js';
import {Session} from '../../source/session.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-mcp-http-');
const env = isolatedEnv(dir.path);
const session = new Session({today: '2026-11-25' as never, cacheMode: 'use', env, cachePath: join(dir.path, 'cache', 'mcp.sqlite')});
const backend = (maxRequests = 50): McpBackend => ({
	scopes: [{label: 'demo', scope: {source: 'demo'}}],
	today: session.today,
	engineFor: scope => session.engineFor(scope),
	maxRequests,
});

interface Mounted {
	readonly url: string;
	readonly handler: McpHttpHandler;
	close(): Promise<void>;
}

/** The handler on a plain node:http server at /mcp; `parseBody` reads the JSON first, as Fastify does. */
async function mount(mcpBackend: McpBackend, options: McpHttpOptions = {}, parseBody = false): Promise<Mounted> {
	const handler = createMcpHttpHandler(mcpBackend, options);
	const server: HttpServer = createServer(async (request, response) => {
		if (request.url !== '/mcp') return void response.writeHead(404).end();
		if (!parseBody || request.method !== 'POST') return handler.handle(request, response);
		let text = '';
		for await (const chunk of request) text += chunk;
		await handler.handle(request, response, JSON.parse(text));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
	return {
		url,
		handler,
		close: async () => {
			await handler.close();
			server.closeAllConnections();
			await new Promise(resolve => server.close(resolve));
		},
	};
}

async function connect(url: string): Promise<{client: Client; transport: StreamableHTTPClientTransport}> {
	const transport = new StreamableHTTPClientTransport(new URL(url));
	const client = new Client({name: 'aws-cost-http-test', version: '1.0.0'});
	await client.connect(transport);
	return {client, transport};
}

const post = (url: string, body: string, headers: Record<string, string> = {}, signal?: AbortSignal) =>
	fetch(url, {method: 'POST', body, headers: {'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers}, ...(signal ? {signal} : {})});

const initialize = JSON.stringify({jsonrpc: '2.0', id: 0, method: 'initialize', params: {protocolVersion: '2025-06-18', capabilities: {}, clientInfo: {name: 'raw', version: '1'}}});

const text = (result: CallToolResult): string => (result.content[0] as {text: string}).text;

describe('the MCP Streamable HTTP handler', () => {
	let mounted: Mounted;
	beforeAll(async () => {
		mounted = await mount(backend());
	});
	afterAll(async () => {
		await mounted?.close();
		await session.close();
		dir.remove();
	});

	it('serves the SDK client: tools, results equal to the CLI, tool errors, and the session stays up', async () => {
		const {client, transport} = await connect(mounted.url);
		expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
		expect((await client.listTools()).tools).toHaveLength(8);
		const result = (await client.callTool({name: 'query_costs', arguments: {range: 'last-month', groupBy: ['REGION'], metric: 'AmortizedCost'}})) as CallToolResult;
		const cli = await runCliInProcess(['query', '--demo', '--range', 'last-month', '--group-by', 'REGION', '--metric', 'AmortizedCost', '--format', 'json'], env);
		const {stats: _stats, ...expected} = JSON.parse(cli.stdout) as Record<string, unknown>;
		expect(result.structuredContent).toMatchObject(expected);
		const bad = (await client.callTool({name: 'query_costs', arguments: {groupBy: ['SERVICE', 'REGION', 'AZ']}})) as CallToolResult;
		expect(bad.isError).toBe(true);
		expect(text(bad)).toBe('groupBy takes at most 2 dimensions (Cost Explorer\'s limit), got 3.');
		expect(((await client.callTool({name: 'today', arguments: {}})) as CallToolResult).isError).toBeFalsy();
		await transport.terminateSession();
		await client.close();
	});

	it('gives each MCP session its own request budget', async () => {
		const small = await mount(backend(1));
		try {
			const first = await connect(small.url);
			const second = await connect(small.url);
			const ask = (client: Client, range: string) => client.callTool({name: 'query_costs', arguments: {range, granularity: 'DAILY'}}) as Promise<CallToolResult>;
			expect((await ask(first.client, '2026-06')).isError).toBeFalsy();
			expect(text(await ask(first.client, '2026-05'))).toMatch(/^This session's budget of 1 billable Cost Explorer request/);
			expect((await ask(second.client, '2026-04')).isError).toBeFalsy();
			expect(small.handler.sessionCount).toBe(2);
			await first.client.close();
			await second.client.close();
		} finally {
			await small.close();
		}
	});

	it('answers malformed JSON, a request without a session and an unknown session with JSON-RPC errors', async () => {
		const malformed = await post(mounted.url, '{"jsonrpc": "2.0", "id": 1,');
		expect(malformed.status).toBe(400);
		expect(await malformed.json()).toMatchObject({id: null, error: {code: -32700}});
		const noSession = await post(mounted.url, JSON.stringify({jsonrpc: '2.0', id: 1, method: 'tools/list'}));
		expect(noSession.status).toBe(400);
		expect(await noSession.json()).toMatchObject({error: {message: expect.stringMatching(/initialize/)}});
		const unknown = await post(mounted.url, JSON.stringify({jsonrpc: '2.0', id: 1, method: 'tools/list'}), {'mcp-session-id': 'not-a-session'});
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toMatchObject({error: {code: -32001}});
	});

	it('answers an unknown method with "Method not found" in a session that goes on', async () => {
		const {client} = await connect(mounted.url);
		await expect(client.request({method: 'bills/pay', params: {}}, (await import('@modelcontextprotocol/sdk/types.js')).EmptyResultSchema)).rejects.toThrow(/Method not found/);
		await expect(client.ping()).resolves.toEqual({});
		await client.close();
	});

	it('takes a body the framework already parsed, as Fastify hands it over', async () => {
		const parsed = await mount(backend(), {}, true);
		try {
			const {client} = await connect(parsed.url);
			expect(((await client.callTool({name: 'today', arguments: {}})) as CallToolResult).structuredContent).toMatchObject({today: '2026-11-25'});
			await client.close();
		} finally {
			await parsed.close();
		}
	});

	it('survives a client that disconnects mid-call: the session answers the next call', async () => {
		const response = await post(mounted.url, initialize);
		const sessionId = response.headers.get('mcp-session-id')!;
		await response.json();
		const headers = {'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18'};
		await post(mounted.url, JSON.stringify({jsonrpc: '2.0', method: 'notifications/initialized'}), headers);
		const leaving = new AbortController();
		const call = post(mounted.url, JSON.stringify({jsonrpc: '2.0', id: 1, method: 'tools/call', params: {name: 'anomalies', arguments: {range: 'last-3-months'}}}), headers, leaving.signal);
		setTimeout(() => leaving.abort(), 50);
		await expect(call).rejects.toThrow();
		const next = await post(mounted.url, JSON.stringify({jsonrpc: '2.0', id: 2, method: 'tools/call', params: {name: 'today', arguments: {}}}), headers);
		expect(next.status).toBe(200);
		expect(await next.json()).toMatchObject({id: 2, result: {structuredContent: {today: '2026-11-25'}}});
	}, 30_000);

	it('closes a session on DELETE, refuses sessions over the limit, and closes idle ones', async () => {
		let now = 0;
		const limited = await mount(backend(), {maxSessions: 1, idleMs: 1000, now: () => now});
		try {
			const first = await post(limited.url, initialize);
			const sessionId = first.headers.get('mcp-session-id')!;
			expect(first.status).toBe(200);
			const refused = await post(limited.url, initialize);
			expect(refused.status).toBe(503);
			expect(await refused.json()).toMatchObject({error: {message: expect.stringMatching(/^Too many MCP sessions open \(1\)/)}});
			const closed = await fetch(limited.url, {method: 'DELETE', headers: {'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18'}});
			expect(closed.status).toBe(200);
			expect(limited.handler.sessionCount).toBe(0);
			expect((await post(limited.url, initialize)).status).toBe(200);
			now = 5000;
			expect((await post(limited.url, initialize)).status).toBe(200);
			expect(limited.handler.sessionCount).toBe(1);
		} finally {
			await limited.close();
		}
	});
});
