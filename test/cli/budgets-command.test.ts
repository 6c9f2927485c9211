import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

interface BudgetsJson {
	scope: string;
	today: string;
	budgets: Array<{
		name: string;
		monthlyAmount: number;
		scope: Record<string, unknown>;
		spent: number;
		projected: number;
		state: {kind: string; on?: string; overBy?: number; headroom?: number};
		message: string;
	}>;
}

describe('aws-cost budgets', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, 'config')});

	it('adds budgets, reports them against the month, and removes them', async () => {
		const empty = await runCliInProcess(['budgets', '--demo', '--format', 'json'], env);
		expect(JSON.parse(empty.stdout)).toMatchObject({scope: 'demo', budgets: []});
		const add = (...args: string[]) => runCliInProcess(['budgets', 'add', ...args], env);
		expect((await add('--name', 'Storage', '--amount', '15000', '--service', 'Amazon Simple Storage Service')).stdout).toMatch(
			/^Added budget "Storage": \$15,000\.00 a month for service Amazon Simple Storage Service/,
		);
		expect((await add('--name', 'Everything', '--amount', '$1,000,000')).code).toBe(0);
		expect((await add('--name', 'Web', '--amount', '5000', '--tag', 'team=web', '--account', '318274650193')).code).toBe(0);
		const run = await runCliInProcess(['budgets', '--demo', '--format', 'json'], env);
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as BudgetsJson;
		expect(json.budgets.map(budget => [budget.name, budget.state.kind])).toEqual([
			['Storage', 'will-exceed'],
			['Everything', 'on-track'],
			['Web', 'exceeded'],
		]);
		expect(json.budgets[0]!.message).toMatch(/^will exceed by \$[\d,.]+ on the 2\dth$/);
		expect(json.budgets[2]!.scope).toEqual({account: '318274650193', tag: {key: 'team', value: 'web'}});
		const table = await runCliInProcess(['budgets', '--demo'], env);
		expect(table.stdout).toMatch(/Storage: \$[\d,.]+ of \$15,000\.00 spent; will exceed by/);
		expect((await runCliInProcess(['budgets', 'remove', 'storage'], env)).stdout).toBe('Removed budget "storage".\n');
		const after = JSON.parse((await runCliInProcess(['budgets', '--demo', '--format', 'json'], env)).stdout) as BudgetsJson;
		expect(after.budgets.map(budget => budget.name)).toEqual(['Everything', 'Web']);
	});

	it('says "no spend found" for a budget whose filter matches nothing, never "$0.00 spent; on track"', async () => {
		const own = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, 'config-no-data')});
		expect((await runCliInProcess(['budgets', 'add', '--name', 'S3', '--amount', '100', '--service', 'S3'], own)).code).toBe(0);
		expect((await runCliInProcess(['budgets', 'add', '--name', 'Ghost', '--amount', '100', '--tag', 'team=ghost'], own)).code).toBe(0);
		const table = await runCliInProcess(['budgets', '--demo'], own);
		expect(table.code).toBe(0);
		expect(table.stdout).toContain('S3 ($100.00 a month): no spend found for SERVICE=S3 — check the filter.');
		expect(table.stdout).toContain('Ghost ($100.00 a month): no spend found for TAG:team=ghost — check the filter.');
		expect(table.stdout).not.toMatch(/\$0\.00|on track/);
		const json = JSON.parse((await runCliInProcess(['budgets', '--demo', '--format', 'json'], own)).stdout) as BudgetsJson;
		expect(json.budgets[0]).toMatchObject({name: 'S3', spent: null, projected: null, state: {kind: 'no-data'}, message: 'no spend found for SERVICE=S3 — check the filter'});
		const csv = await runCliInProcess(['budgets', '--demo', '--format', 'csv'], own);
		expect(csv.stdout.split('\n')[1]).toMatch(/^S3,service S3,100,,,,,no-data,,,no spend found for SERVICE=S3 — check the filter\r?$/);
	});

	it.each<[string[], RegExp]>([
		[['budgets', '--demo', '--metric', 'usage'], /^aws-cost: Budgets are in dollars: --metric UsageQuantity is a usage quantity/],
		[['budgets', 'add', '--name', 'X'], /needs --name and --amount/],
		[['budgets', 'add', '--name', 'X', '--amount=-3'], /above zero/],
		[['budgets', 'add', '--name', 'X', '--amount', 'lots'], /above zero/],
		[['budgets', 'add', '--name', 'X', '--amount', '5', '--account', '12'], /12-digit/],
		[['budgets', 'add', '--name', 'X', '--amount', '5', '--tag', 'team'], /not key=value/],
		[['budgets', 'remove', 'Nope'], /No budget named "Nope"/],
		[['budgets', 'rename'], /Unknown budgets action "rename"/],
		[['budgets', '--demo', '--range', 'last-month'], /--range: budgets follow this month/],
		[['budgets'], /No AWS credentials found.*--demo/],
	])('exits 2 with one line for %j', async (argv, message) => {
		const run = await runCliInProcess(argv, env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});
