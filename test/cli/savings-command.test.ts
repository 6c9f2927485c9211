import {afterAll, describe, expect, it} from 'vitest';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

interface SavingsJson {
	scope: string;
	source: string;
	totalMonthlySavings: number;
	recommendations: Array<{kind: string; title: string; action: string; estimatedMonthlySavings: number; source: string}>;
	coverage: {total: {coveragePercent: number}} | null;
	utilization: {total: {utilizationPercent: number}} | null;
	gaps: unknown[];
}

describe('aws-cost savings', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);

	it('prints one list sorted by monthly savings, with coverage and utilization', async () => {
		const run = await runCliInProcess(['savings', '--demo', '--format', 'json'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as SavingsJson;
		expect(json).toMatchObject({scope: 'demo', source: 'demo', gaps: []});
		const savings = json.recommendations.map(item => item.estimatedMonthlySavings);
		expect(savings).toEqual([...savings].sort((a, b) => b - a));
		expect(json.totalMonthlySavings).toBeCloseTo(savings.reduce((sum, value) => sum + value, 0), 1);
		expect(json.coverage?.total.coveragePercent).toBeGreaterThan(0);
		expect(json.utilization?.total.utilizationPercent).toBeCloseTo(95, 1);
	});

	it('ranks the same list as CSV and as a table that says nothing is changed', async () => {
		const csv = await runCliInProcess(['savings', '--demo', '--format', 'csv'], env);
		expect(csv.stdout.split('\n')[0]).toBe('rank,kind,title,action,estimated_monthly_savings,source');
		expect(csv.stdout.split('\n')[1]).toMatch(/^1,savings-plan,/);
		const table = await runCliInProcess(['savings', '--demo'], env);
		expect(table.stdout).toMatch(/Up to \$[\d,.]+ a month across \d+ recommendations/);
		expect(table.stdout).toContain('Advice only: aws-cost changes no AWS resource.');
	});

	it.each<[string[], RegExp]>([
		[['savings', '--demo', '--range', 'last-month'], /--range: savings advice covers the whole bill/],
		[['savings', '--demo', '--account', '318274650193'], /--account: savings advice/],
		[['savings'], /No AWS credentials found.*--demo/],
	])('exits 2 with one line for %j', async (argv, message) => {
		const run = await runCliInProcess(argv, env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
	});
});
