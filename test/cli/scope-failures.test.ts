import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CostExplorerServer, startCostExplorerServer} from '../fixtures/cost-explorer-server.js';
import {isolatedEnv, runCliProcess, tempDir} from '../fixtures/run-cli.js';

const bucket = {
	TimePeriod: {Start: '2026-10-01', End: '2026-11-01'},
	Total: {},
	Groups: [{Keys: ['AWS Lambda'], Metrics: {UnblendedCost: {Amount: '1.25', Unit: 'USD'}}}],
	Estimated: false,
};

describe('several scopes: each succeeds or fails on its own', () => {
	let server: CostExplorerServer;
	const dir = tempDir();
	beforeAll(async () => {
		server = await startCostExplorerServer();
		server.fallback('GetCostAndUsage', {json: {ResultsByTime: [bucket], DimensionValueAttributes: []}});
		writeFileSync(join(dir.path, 'aws-credentials'), '[good]\naws_access_key_id = AKIAGOODGOODGOODGOOD\naws_secret_access_key = x\n');
		// A profile with nothing to sign with: its credentials cannot be loaded.
		writeFileSync(join(dir.path, 'aws-config'), '[profile broken]\nregion = us-east-1\n[profile also-broken]\nregion = us-east-1\n');
	});
	afterAll(async () => {
		await server?.close();
		dir.remove();
	});
	const env = () => isolatedEnv(dir.path, {AWS_ENDPOINT_URL: server.endpoint});

	it('--all-profiles with one broken profile: the good results, one line naming the broken one, exit 3', async () => {
		const run = await runCliProcess(['query', '--all-profiles', '--group-by', 'service', '--format', 'json', '--no-cache'], env());
		expect(run.code).toBe(3);
		const lines = run.stderr.trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^aws-cost: profile also-broken: /);
		expect(lines[1]).toMatch(/^aws-cost: profile broken: .*credentials/);
		const json = JSON.parse(run.stdout);
		expect(json.rows.map((row: {keys: string[]}) => row.keys)).toEqual([['AWS Lambda']]);
		expect(json.total.exact).toBe('1.25');
	});

	it('every profile failing: one line each, exit 1, nothing on stdout', async () => {
		const run = await runCliProcess(['query', '--profile', 'broken', '--profile', 'also-broken', '--no-cache'], env());
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trimEnd().split('\n').map(line => line.split(':')[1])).toEqual([' profile broken', ' profile also-broken']);
	});

	it('reports follow the same rule: one line per failed profile, naming it', async () => {
		const run = await runCliProcess(['anomalies', '--profile', 'broken', '--profile', 'also-broken', '--no-cache', '--format', 'json'], env());
		expect(run.code).toBe(1);
		expect(run.stderr.trimEnd().split('\n').map(line => line.split(':')[1])).toEqual([' profile broken', ' profile also-broken']);
	});
});
