import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {CallToolResult} from '@modelcontextprotocol/sdk/types.js';
import {afterAll, describe, expect, it} from 'vitest';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {INITIALIZE, INITIALIZED, connectStdioClient, spawnRawMcp} from './mcp-process.js';

const dir = tempDir('aws-cost-mcp-raw-');
const env = isolatedEnv(dir.path);
afterAll(() => dir.remove());

const anomaliesCall = (id: number) => JSON.stringify({jsonrpc: '2.0', id, method: 'tools/call', params: {name: 'anomalies', arguments: {}}});

describe('aws-cost mcp protocol robustness', () => {
	it('answers a line that is not JSON, and JSON that is not JSON-RPC, with errors, and goes on', async () => {
		const server = spawnRawMcp(['--demo'], env);
		server.send(INITIALIZE);
		expect(await server.next()).toMatchObject({id: 0, result: {serverInfo: {name: 'aws-cost'}}});
		server.send(INITIALIZED);
		server.send('{"jsonrpc": "2.0", "id": 1, "method": ');
		expect(await server.next()).toEqual({jsonrpc: '2.0', id: null, error: {code: -32700, message: expect.stringMatching(/^Parse error/)}});
		server.send('{"hello": "world"}');
		expect(await server.next()).toEqual({jsonrpc: '2.0', id: null, error: {code: -32600, message: expect.stringMatching(/^Invalid Request/)}});
		server.send(JSON.stringify({jsonrpc: '2.0', id: 2, method: 'tools/destroy', params: {}}));
		expect(await server.next()).toMatchObject({id: 2, error: {code: -32601, message: 'Method not found'}});
		server.send(JSON.stringify({jsonrpc: '2.0', id: 3, method: 'tools/call', params: {arguments: {}}}));
		// The SDK rejects a call without a name before our handler sees it (as an internal error, -32603).
		expect(await server.next()).toMatchObject({id: 3, error: {code: expect.any(Number), message: expect.stringMatching(/name/)}});
		server.send(JSON.stringify({jsonrpc: '2.0', id: 4, method: 'tools/call', params: {name: 'today', arguments: {}}}));
		expect(await server.next()).toMatchObject({id: 4, result: {structuredContent: {today: '2026-11-25'}}});
		server.child.stdin.end();
		expect(await server.exited).toEqual({code: 0, stderr: ''});
	}, 60_000);

	it('when the client closes stdin mid-call, still answers the call, then exits 0', async () => {
		const server = spawnRawMcp(['--demo', '--no-cache'], env);
		server.send(INITIALIZE);
		await server.next();
		server.send(INITIALIZED);
		server.send(anomaliesCall(1));
		server.child.stdin.end();
		expect(await server.next()).toMatchObject({id: 1, result: {content: [{type: 'text', text: expect.stringMatching(/^Anomalies per/)}]}});
		expect(await server.exited).toEqual({code: 0, stderr: ''});
	}, 60_000);

	it('when the client goes away mid-call (both pipes closed), exits 0 without a trace', async () => {
		const server = spawnRawMcp(['--demo', '--no-cache'], env);
		server.send(INITIALIZE);
		await server.next();
		server.send(INITIALIZED);
		server.send(anomaliesCall(1));
		server.send(anomaliesCall(2));
		server.child.stdout.destroy();
		server.child.stdin.end();
		expect(await server.exited).toEqual({code: 0, stderr: ''});
	}, 60_000);
});

describe('the request budget', () => {
	const text = (result: CallToolResult): string => (result.content[0] as {text: string}).text;

	it('stops the session with a tool error once --max-requests billable requests are spent, and stays up', async () => {
		const {client} = await connectStdioClient(['--demo', '--no-cache', '--max-requests', '2'], env);
		try {
			for (const range of ['2026-09', '2026-10']) {
				const answer = (await client.callTool({name: 'query_costs', arguments: {range}})) as CallToolResult;
				expect(answer.isError).toBeFalsy();
				expect(answer.structuredContent?.['stats']).toMatchObject({billableRequests: 1});
			}
			const refused = (await client.callTool({name: 'query_costs', arguments: {range: '2026-08'}})) as CallToolResult;
			expect(refused.isError).toBe(true);
			expect(text(refused)).toBe(
				"This session's budget of 2 billable Cost Explorer requests ($0.02) is spent (2 made): no more queries run. Answer from what you have, or ask the person to restart the MCP server or raise --max-requests.",
			);
			await expect(client.ping()).resolves.toEqual({});
			const scope = JSON.parse(((await client.readResource({uri: 'aws-cost://scope'})).contents[0] as {text: string}).text);
			expect(scope.budget).toEqual({maxRequests: 2, spent: 2, left: 0});
		} finally {
			await client.close();
		}
	}, 60_000);

	it('takes its size from the settings file when --max-requests is not given', async () => {
		const configDir = join(dir.path, 'config');
		mkdirSync(configDir, {recursive: true});
		writeFileSync(join(configDir, 'config.json'), JSON.stringify({mcpMaxRequests: 1}));
		const {client} = await connectStdioClient(['--demo', '--no-cache'], {...env, AWS_COST_CONFIG_DIR: configDir});
		try {
			expect(((await client.callTool({name: 'query_costs', arguments: {range: '2026-09'}})) as CallToolResult).isError).toBeFalsy();
			const refused = (await client.callTool({name: 'query_costs', arguments: {range: '2026-10'}})) as CallToolResult;
			expect(text(refused)).toMatch(/^This session's budget of 1 billable Cost Explorer request/);
		} finally {
			await client.close();
		}
	}, 60_000);
});
