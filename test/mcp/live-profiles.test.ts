import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {CallToolResult} from '@modelcontextprotocol/sdk/types.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CostExplorerServer, TEST_ACCOUNT, startCostExplorerServer} from '../fixtures/cost-explorer-server.js';
import {isolatedEnv, tempDir} from '../fixtures/run-cli.js';
import {connectStdioClient} from './mcp-process.js';

const bucket = {
	TimePeriod: {Start: '2026-10-01', End: '2026-11-01'},
	Total: {UnblendedCost: {Amount: '12.3456789', Unit: 'USD'}},
	Groups: [],
	Estimated: false,
};

describe('aws-cost mcp against Cost Explorer, with two profiles', () => {
	let server: CostExplorerServer;
	const dir = tempDir('aws-cost-mcp-live-');
	beforeAll(async () => {
		server = await startCostExplorerServer();
		server.fallback('GetCostAndUsage', {json: {ResultsByTime: [bucket], DimensionValueAttributes: []}});
		writeFileSync(
			join(dir.path, 'aws-credentials'),
			'[good]\naws_access_key_id = AKIAGOODGOODGOODGOOD\naws_secret_access_key = x\n[second]\naws_access_key_id = AKIASECONDSECONDSECO\naws_secret_access_key = y\n',
		);
		writeFileSync(join(dir.path, 'aws-config'), '[profile good]\nregion = us-east-1\n[profile second]\nregion = us-east-1\n');
	});
	afterAll(async () => {
		await server?.close();
		dir.remove();
	});

	it('lets the agent pick the profile, counts live requests against the budget, and describes the live scope', async () => {
		const env = isolatedEnv(dir.path, {AWS_ENDPOINT_URL: server.endpoint});
		const {client, stderr} = await connectStdioClient(['--profile', 'good', '--profile', 'second', '--no-cache', '--max-requests', '2'], env);
		try {
			const {tools} = await client.listTools();
			expect(tools.find(tool => tool.name === 'query_costs')!.inputSchema.properties!['profile']).toMatchObject({enum: ['good', 'second']});
			const ask = (args: Record<string, unknown>) => client.callTool({name: 'query_costs', arguments: {range: 'last-month', ...args}}) as Promise<CallToolResult>;

			const wrong = await ask({profile: 'staging'});
			expect(wrong.isError).toBe(true);
			expect((wrong.content[0] as {text: string}).text).toBe('profile "staging" is not one this server answers for: use one of good, second.');

			const first = await ask({});
			const second = await ask({profile: 'second'});
			expect(first.structuredContent).toMatchObject({total: {exact: '12.3456789'}, query: {scope: {source: 'aws', profile: 'good'}}});
			expect(second.structuredContent).toMatchObject({total: {exact: '12.3456789'}, query: {scope: {source: 'aws', profile: 'second'}}});
			const signedBy = server.requestsFor('GetCostAndUsage').map(request => /Credential=(AKIA\w+)\//.exec(String(request.headers.authorization))?.[1]);
			expect(signedBy).toEqual(['AKIAGOODGOODGOODGOOD', 'AKIASECONDSECONDSECO']);

			const refused = await ask({});
			expect(refused.isError).toBe(true);
			expect((refused.content[0] as {text: string}).text).toMatch(/^This session's budget of 2 billable Cost Explorer requests \(\$0\.02\) is spent \(2 made\)/);
			expect(server.requestsFor('GetCostAndUsage')).toHaveLength(2);

			const scope = JSON.parse(((await client.readResource({uri: 'aws-cost://scope'})).contents[0] as {text: string}).text);
			expect(scope).toMatchObject({mode: 'live', defaultScope: 'good', budget: {maxRequests: 2, spent: 2, left: 0}});
			expect(scope.scopes.map((entry: {label: string; identity: {account: string}}) => [entry.label, entry.identity.account])).toEqual([
				['good', TEST_ACCOUNT],
				['second', TEST_ACCOUNT],
			]);
			expect(stderr()).toBe('');
		} finally {
			await client.close();
		}
	}, 60_000);
});
