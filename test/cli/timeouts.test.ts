import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type CostExplorerServer, startCostExplorerServer} from '../fixtures/cost-explorer-server.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

const credentials = {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret'};

describe('--timeout and AWS_COST_TIMEOUT', () => {
	let server: CostExplorerServer;
	const dir = tempDir();
	beforeAll(async () => {
		server = await startCostExplorerServer();
		server.fallback('GetCostAndUsage', {hang: true});
	});
	afterAll(async () => {
		await server?.close();
		dir.remove();
	});

	it('a Cost Explorer that never answers: exit 1, one line naming the endpoint and saying "timed out"', async () => {
		const env = isolatedEnv(dir.path, {...credentials, AWS_ENDPOINT_URL: server.endpoint, AWS_MAX_ATTEMPTS: '2'});
		const before = server.requestsFor('GetCostAndUsage').length;
		const run = await runCliProcess(['query', '--no-cache', '--timeout', '0.5'], env);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		const lines = run.stderr.trimEnd().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(`Cost Explorer at ${server.endpoint} timed out`);
		expect(server.requestsFor('GetCostAndUsage').length - before).toBe(2);
	});

	it('AWS_COST_TIMEOUT does the same without the flag', async () => {
		const env = isolatedEnv(dir.path, {...credentials, AWS_ENDPOINT_URL: server.endpoint, AWS_MAX_ATTEMPTS: '1', AWS_COST_TIMEOUT: '0.5'});
		const run = await runCliProcess(['forecast', '--no-cache'], env);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/timed out/);
	});

	it.each([
		[['query', '--demo', '--timeout', 'soon'], /--timeout "soon" is not a number of seconds/],
		[['query', '--demo', '--timeout', '0'], /--timeout "0"/],
		[['ask', '--offline', '--demo', '--timeout=-5', 'Top services'], /--timeout "-5"/],
	])('refuses a bad timeout: %j', async (argv, message) => {
		const run = await runCliInProcess(argv, isolatedEnv(dir.path));
		expect(run.code).toBe(2);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(message);
	});

	it('refuses a bad AWS_COST_TIMEOUT, naming the variable', async () => {
		const run = await runCliInProcess(['query', '--demo'], isolatedEnv(dir.path, {AWS_COST_TIMEOUT: 'x'}));
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/AWS_COST_TIMEOUT "x"/);
	});
});
