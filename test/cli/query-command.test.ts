import {afterAll, describe, expect, it} from 'vitest';
import {parseAmount, sumAmounts, amountToString} from '../../source/money.js';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

interface JsonOutput {
	query: {period: {start: string; end: string}; granularity: string; groupBy: unknown[]};
	rows: Array<{start: string; end: string; keys: string[]; amount: number; unit: string; estimated: boolean}>;
	total: {amount: number; exact: string; unit: string} | null;
	stats: {billableRequests: number; cacheHits: number; pages: number};
}

describe('aws-cost query on the demo', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);

	it('prints the documented JSON shape with an exact total', async () => {
		const run = await runCliInProcess(
			['query', '--demo', '--from', '2026-09-01', '--to', '2026-09-30', '--group-by', 'service', '--format', 'json', '--no-cache'],
			env,
		);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as JsonOutput;
		expect(json.query.period).toEqual({start: '2026-09-01', end: '2026-10-01'});
		expect(json.rows.length).toBeGreaterThanOrEqual(25);
		expect(json.rows.every(row => row.keys.length === 1 && row.unit === 'USD')).toBe(true);
		expect(json.stats).toMatchObject({cacheHits: 0});
		expect(json.stats.billableRequests).toBeGreaterThan(0);
		const csv = await runCliInProcess(
			['query', '--demo', '--from', '2026-09-01', '--to', '2026-09-30', '--group-by', 'service', '--format', 'csv', '--no-cache'],
			env,
		);
		const exactParts = csv.stdout.trimEnd().split('\n').slice(1).map(line => parseAmount(line.split(',').at(-3)!));
		expect(json.total?.exact).toBe(amountToString(sumAmounts(exactParts)));
	});

	it('gives the same total grouped and ungrouped, to the last digit', async () => {
		const args = ['query', '--demo', '--range', '2026-Q3', '--format', 'json', '--no-cache'];
		const grouped = JSON.parse((await runCliInProcess([...args, '--group-by', 'account', '--group-by', 'region'], env)).stdout) as JsonOutput;
		const total = JSON.parse((await runCliInProcess(args, env)).stdout) as JsonOutput;
		expect(grouped.total?.exact).toBe(total.total?.exact);
		expect(total.rows.map(row => row.start)).toEqual(['2026-07-01', '2026-08-01', '2026-09-01']);
	});

	it('fits the table to the terminal and marks estimated figures', async () => {
		const run = await runCliInProcess(['query', '--demo', '--range', 'last-7-days', '--granularity', 'daily'], env, 60);
		expect(run.code).toBe(0);
		for (const line of run.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
		expect(run.stdout).toMatch(/\*\n.*estimated/s);
	});

	it('says there is no data rather than $0.00', async () => {
		const run = await runCliInProcess(['query', '--demo', '--range', 'today', '--group-by', 'region', '--filter', 'SERVICE=No Such Service'], env);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('No data for 2026-11-25.');
	});

	it.each<[string[], RegExp]>([
		[['query', '--demo', '--range', 'next-week'], /Unknown range "next-week"/],
		[['query', '--demo', '--bogus'], /Unknown option '--bogus'/],
		[['query', '--demo', '--today', '2026-02-30'], /AWS_COST_TODAY/],
		[['frobnicate'], /unknown command "frobnicate"/],
	])('exits 2 with one line for %j', async (argv, message) => {
		const run = await runCliInProcess(argv, env);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it('refuses demo numbers to a script that did not ask for them', async () => {
		const run = await runCliInProcess(['query', '--format', 'json'], env);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/No AWS credentials found.*--demo/);
	});

	it('refuses the full-screen app when not on a terminal', async () => {
		const run = await runCliInProcess(['--demo'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/needs a terminal.*aws-cost query/);
	});
});

// The engine's own check: a Cost Explorer that accepts anything is never asked.
describe('aws-cost query refuses what Cost Explorer would, before asking it', () => {
	const local = useLocalCostExplorer();
	const env = () =>
		isolatedEnv(local.dir.path, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_ENDPOINT_URL: local.server().endpoint});

	it.each<[string[], RegExp]>([
		[['query', '--from', '2026-09-30', '--to', '2026-09-01'], /before --from/],
		[['query', '--group-by', 'service', '--group-by', 'region', '--group-by', 'account'], /at most 2/],
		[['query', '--granularity', 'hourly', '--range', 'last-30-days'], /last 14 days/],
		[['query', '--range', '2024'], /13 months/],
		[['query', '--metric', 'dollars'], /Unknown metric/],
	])('exits 2 with one line for %j', async (argv, message) => {
		local.server().fallback('GetCostAndUsage', {json: {ResultsByTime: []}});
		const run = await runCliProcess([...argv, '--no-cache'], env());
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(local.server().requestsFor('GetCostAndUsage')).toEqual([]);
	});
});

describe('the cache across processes', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());

	it('answers a repeated query from the cache with no billable request, and derives MONTHLY from DAILY', async () => {
		const env = isolatedEnv(dir.path);
		const daily = ['query', '--demo', '--range', 'last-3-months', '--granularity', 'daily', '--group-by', 'service', '--format', 'json'];
		const first = JSON.parse((await runCliProcess(daily, env)).stdout) as JsonOutput;
		const second = JSON.parse((await runCliProcess(daily, env)).stdout) as JsonOutput;
		expect(first.stats.billableRequests).toBeGreaterThan(0);
		expect(second.stats).toEqual({billableRequests: 0, cacheHits: 1, pages: 1});
		expect(second.total).toEqual(first.total);
		const monthly = JSON.parse((await runCliInProcess(['query', '--demo', '--range', 'last-3-months', '--format', 'json'], env)).stdout) as JsonOutput;
		expect(monthly.stats.billableRequests).toBe(0);
		expect(monthly.total?.exact).toBe(first.total?.exact);
		const stats = await runCliInProcess(['cache', 'stats', '--format', 'json'], env);
		expect(JSON.parse(stats.stdout)).toMatchObject({hits: 2, misses: 1});
		expect((await runCliInProcess(['cache', 'clear'], env)).code).toBe(0);
		expect(JSON.parse((await runCliInProcess(['cache', 'stats', '--format', 'json'], env)).stdout)).toMatchObject({entries: 0, hits: 0});
	});
});
