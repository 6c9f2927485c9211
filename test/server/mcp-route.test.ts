import {Client} from '@modelcontextprotocol/sdk/client/index.js';
import {StreamableHTTPClientTransport} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type {CallToolResult} from '@modelcontextprotocol/sdk/types.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type OpsServer, startOpsServer, testAccess, TOKENS} from '../fixtures/ops-server.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-mcp-route-');
const env = isolatedEnv(dir.path);
let server: OpsServer;

beforeAll(async () => {
	server = await startOpsServer(env, {access: testAccess()});
});
afterAll(async () => {
	await server.close();
	dir.remove();
});

async function connect(token: string): Promise<Client> {
	const transport = new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {requestInit: {headers: {authorization: `Bearer ${token}`}}});
	const client = new Client({name: 'aws-cost-serve-test', version: '1.0.0'});
	await client.connect(transport);
	return client;
}

const initialize = (token?: string): Promise<Response> =>
	fetch(`${server.url}/mcp`, {
		method: 'POST',
		headers: {'content-type': 'application/json', accept: 'application/json, text/event-stream', ...(token === undefined ? {} : {authorization: `Bearer ${token}`})},
		body: JSON.stringify({jsonrpc: '2.0', id: 1, method: 'initialize', params: {protocolVersion: '2025-06-18', capabilities: {}, clientInfo: {name: 't', version: '1'}}}),
	});

describe('/mcp on aws-cost serve', () => {
	it('needs a token with the ask scope: none 401, read-only 403', async () => {
		const none = await initialize();
		expect(none.status).toBe(401);
		expect(none.headers.get('content-type')).toMatch(/problem\+json/);
		expect((await initialize(TOKENS.reader)).status).toBe(403);
		expect((await initialize('not-a-token-at-all-0123456789')).status).toBe(401);
	});

	it('with an ask token, the SDK client lists the tools and gets the CLI\'s figures', async () => {
		const client = await connect(TOKENS.asker);
		try {
			const {tools} = await client.listTools();
			expect(tools.map(tool => tool.name)).toContain('query_costs');
			const result = (await client.callTool({
				name: 'query_costs',
				arguments: {period: {start: '2026-10-01', end: '2026-11-01'}, granularity: 'MONTHLY', groupBy: ['SERVICE']},
			})) as CallToolResult;
			expect(result.isError).not.toBe(true);
			const cli = await runCliInProcess(['query', '--demo', '--format', 'json', '--range', 'last-month', '--group-by', 'SERVICE'], env);
			const expected = JSON.parse(cli.stdout) as {total: unknown; rows: unknown};
			const got = result.structuredContent as {total: unknown; rows: unknown};
			expect(got.total).toEqual(expected.total);
			expect(got.rows).toEqual(expected.rows);
		} finally {
			await client.close();
		}
		expect((await fetch(`${server.url}/health`)).status).toBe(200);
	});
});
