import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CostExplorerServer, startCostExplorerServer} from '../fixtures/cost-explorer-server.js';
import {isolatedEnv, runCliProcess, tempDir} from '../fixtures/run-cli.js';

const answer = (amount: string) => ({
	json: {ResultsByTime: [{TimePeriod: {Start: '2026-10-01', End: '2026-11-01'}, Total: {UnblendedCost: {Amount: amount, Unit: 'USD'}}, Groups: [], Estimated: false}]},
});

describe('STS unreachable while Cost Explorer answers', () => {
	let server: CostExplorerServer;
	const dir = tempDir();
	beforeAll(async () => {
		server = await startCostExplorerServer();
		server.fallback('GetCallerIdentity', {error: 'ServiceUnavailable', status: 503});
	});
	afterAll(async () => {
		await server?.close();
		dir.remove();
	});
	const run = (accessKeyId: string) =>
		runCliProcess(
			['query', '--format', 'json'],
			isolatedEnv(dir.path, {AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: 'x', AWS_ENDPOINT_URL: server.endpoint, AWS_MAX_ATTEMPTS: '1'}),
		);

	it('answers with one warning, and never serves one key\'s cached answer to another', async () => {
		server.script('GetCostAndUsage', answer('1.25'), answer('9.99'));
		const first = await run('AKIAAAAAAAAAAAAAAAAA');
		expect(first.code).toBe(0);
		expect(first.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^aws-cost: warning: AWS STS is unreachable/)]);
		expect(JSON.parse(first.stdout).total.exact).toBe('1.25');

		const otherKey = await run('AKIABBBBBBBBBBBBBBBB');
		expect(JSON.parse(otherKey.stdout).total.exact).toBe('9.99');
		expect(JSON.parse(otherKey.stdout).stats.billableRequests).toBe(1);

		const again = await run('AKIAAAAAAAAAAAAAAAAA');
		expect(JSON.parse(again.stdout).total.exact).toBe('1.25');
		expect(JSON.parse(again.stdout).stats.billableRequests).toBe(0);
	}, 60_000);
});
