import {afterAll, describe, expect, it} from 'vitest';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

const credentials = {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret'};
const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe('aws-cost query: what reaches the terminal', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);
	const demo = ['query', '--demo', '--today', '2026-11-27', '--range', '2026-10', '--no-cache'];

	it('shows tag values and (untagged), never team$', async () => {
		const run = await runCliInProcess([...demo, '--group-by', 'TAG:team'], env);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^2026-10-01 +analytics +\$/m);
		expect(run.stdout).toMatch(/^2026-10-01 +\(untagged\) +\$/m);
		expect(run.stdout).not.toContain('team$');
		const json = JSON.parse((await runCliInProcess([...demo, '--group-by', 'TAG:team', '--format', 'json'], env)).stdout);
		const untagged = json.rows.find((row: {keys: string[]}) => row.keys[0] === '(untagged)');
		expect(untagged.rawKeys).toEqual(['team$']);
	});

	it('puts usage in each row’s unit and adds no total over units', async () => {
		const run = await runCliInProcess([...demo, '--metric', 'UsageQuantity', '--group-by', 'usage-type'], env, 140);
		expect(run.code).toBe(0);
		expect(run.stdout).not.toMatch(/^Total/m);
		expect(run.stdout).toMatch(/No total: the rows are in \d+ units/);
		expect(run.stdout).not.toContain('$');
		const json = JSON.parse((await runCliInProcess([...demo, '--metric', 'UsageQuantity', '--group-by', 'usage-type', '--format', 'json'], env)).stdout);
		expect(json.total).toBeNull();
		expect(json.units.length).toBeGreaterThan(1);
	});
});

describe('aws-cost query: remote text on stderr', () => {
	const local = useLocalCostExplorer();
	const dir = local.dir;

	it('strips escape sequences from a server’s error message', async () => {
		local.server().script('GetCostAndUsage', {error: 'ValidationException', message: 'bad \u001B[2J\u001B]0;pwned\u0007request\u001B[31m here'});
		const run = await runCliProcess(['query', '--no-cache'], isolatedEnv(dir.path, {...credentials, AWS_ENDPOINT_URL: local.server().endpoint}));
		expect(run.code).not.toBe(0);
		expect(run.stderr).toContain('request');
		expect(run.stderr.trimEnd()).not.toMatch(control);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it('strips them from an unknown command echoed back', async () => {
		const run = await runCliInProcess(['qu\u001B[31mery'], isolatedEnv(dir.path));
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('unknown command "query"');
		expect(run.stderr.trimEnd()).not.toMatch(control);
	});
});
