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

	it.each<[string[], RegExp]>([
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
