import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {type IsoDate, addDays, eachDay} from '../../source/dates.js';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

interface NowJson {
	scope: string;
	today: string;
	todaySoFar: {amount: number | null; estimated: boolean};
	yesterday: {amount: number | null};
	monthToDate: {amount: number; sameDaysLastMonth: {amount: number}; changePercent: number | null} | null;
	lastMonth: {amount: number | null};
	monthEnd: {projected: number; lower80: number; upper80: number} | null;
	movers: {top: Array<{key: string; change: number}>};
	anomalies: {found: Array<{group: string; start: string}>};
	budget: {name: string; state: string} | null;
	billableRequests: number;
}

describe('aws-cost now on the demo', {timeout: 120_000}, () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: join(dir.path, 'config')});

	it('prints the summary as a table, with what it cost', async () => {
		const run = await runCliInProcess(['now', '--demo', '--no-cache'], env, 100);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Now (demo, 2026-11-25)');
		expect(run.stdout).toMatch(/Month to date +2026-11-01 … 2026-11-24 +\$133,988\.67\* +\+\$[\d,.]+ \(\+[\d.]+%\)/);
		expect(run.stdout).toContain('Month end (projected)  2026-11                   $167,628.69  80%: $166,654.81 – $168,602.57');
		expect(run.stdout).toContain('Top movers: 2026-11-24 against 2026-11-23');
		expect(run.stdout).toContain('3 billable Cost Explorer requests ($0.03).');
		for (const line of run.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
	});

	it('prints JSON and Markdown, and names the most urgent budget', async () => {
		mkdirSync(join(dir.path, 'config'), {recursive: true});
		writeFileSync(
			join(dir.path, 'config', 'config.json'),
			JSON.stringify({budgets: [{name: 'All', monthlyAmount: 1e7, scope: {}}, {name: 'Storage', monthlyAmount: 15000, scope: {service: 'Amazon Simple Storage Service'}}]}),
		);
		const json = await runCliInProcess(['now', '--demo', '--format', 'json', '--no-cache'], env);
		expect(json.code).toBe(0);
		const body = JSON.parse(json.stdout) as NowJson;
		expect(body).toMatchObject({scope: 'demo', today: '2026-11-25', monthToDate: {amount: 133988.67}, monthEnd: {projected: 167628.69}, budget: {name: 'Storage', state: 'will-exceed'}});
		expect(body.todaySoFar.estimated).toBe(true);
		expect(body.movers.top).toHaveLength(3);
		expect(body.billableRequests).toBe(4);
		const markdown = await runCliInProcess(['now', '--demo', '--format', 'markdown', '--no-cache'], env);
		expect(markdown.stdout).toMatch(/^## Now \(demo, 2026-11-25\)/);
		expect(markdown.stdout).toContain('| Figure | Period | Amount | Compared |');
		expect(markdown.stdout).toContain('Most urgent budget: Storage ($15,000.00 a month, service Amazon Simple Storage Service): 90.0% used; will exceed by $1,907.42 on the 27th (1 more budget).');
	});

	it.each<[string[], RegExp]>([
		[['now', '--demo', '--range', 'last-month'], /--range: now summarises the whole bill around today/],
		[['now', '--demo', '--group-by', 'service'], /--group-by: now summarises/],
		[['now', '--demo', '--metric', 'usage'], /Budgets are in dollars|usage quantity/],
		[['now', '--demo', '--format', 'xml'], /Unknown format "xml"/],
		[['now', '--today', '2026-13-01', '--demo'], /2026-13-01/],
		[['now'], /No AWS credentials found.*--demo/],
	])('exits 2 with one line for %j', async (argv, message) => {
		const run = await runCliInProcess(argv, env);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});

const dailyBody = (start: string, end: string, amount: (day: IsoDate) => string) => ({
	json: {
		ResultsByTime: eachDay({start: start as IsoDate, end: end as IsoDate}).map(day => ({
			TimePeriod: {Start: day, End: addDays(day, 1)},
			Total: {UnblendedCost: {Amount: amount(day), Unit: 'USD'}},
			Groups: [],
			Estimated: day >= '2026-11-24',
		})),
	},
});

const serviceBody = (start: string, end: string) => ({
	json: {
		ResultsByTime: eachDay({start: start as IsoDate, end: end as IsoDate}).map(day => ({
			TimePeriod: {Start: day, End: addDays(day, 1)},
			Total: {},
			Groups: [
				{Keys: ['AWS Lambda'], Metrics: {UnblendedCost: {Amount: day === '2026-11-24' ? '80' : '50', Unit: 'USD'}}},
				{Keys: ['Amazon Simple Storage Service'], Metrics: {UnblendedCost: {Amount: '50', Unit: 'USD'}}},
			],
			Estimated: day >= '2026-11-24',
		})),
	},
});

describe('aws-cost now against a local Cost Explorer, cache empty', {timeout: 120_000}, () => {
	const local = useLocalCostExplorer();

	it('uses two billable requests (three with a scoped budget), says so, and none once cached', async () => {
		const server = local.server();
		server.script('GetCostAndUsage', dailyBody('2026-08-26', '2026-11-26', () => '100'), serviceBody('2026-10-21', '2026-11-25'), dailyBody('2026-08-26', '2026-11-25', () => '50'));
		server.fallback('GetCostAndUsage', {error: 'ValidationException', message: 'no fourth query expected'});
		const config = join(local.dir.path, 'config');
		mkdirSync(config, {recursive: true});
		writeFileSync(join(config, 'config.json'), JSON.stringify({budgets: [{name: 'Storage', monthlyAmount: 1000, scope: {service: 'Amazon Simple Storage Service'}}]}));
		const env = isolatedEnv(local.dir.path, {
			AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST',
			AWS_SECRET_ACCESS_KEY: 'test-secret',
			AWS_ENDPOINT_URL: server.endpoint,
			AWS_COST_CONFIG_DIR: config,
		});
		const run = await runCliProcess(['now', '--format', 'json'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as NowJson;
		expect(json.billableRequests).toBe(3);
		expect(server.requestsFor('GetCostAndUsage')).toHaveLength(3);
		expect(server.requestsFor('GetAnomalies')).toHaveLength(0);
		expect(server.requestsFor('GetCostForecast')).toHaveLength(0);
		const [totals, services, budget] = server.requestsFor('GetCostAndUsage').map(request => request.body);
		expect(totals).toMatchObject({TimePeriod: {Start: '2026-08-26', End: '2026-11-26'}, Granularity: 'DAILY'});
		expect(totals?.['GroupBy'] ?? []).toEqual([]);
		expect(services).toMatchObject({TimePeriod: {Start: '2026-10-21', End: '2026-11-25'}, GroupBy: [{Type: 'DIMENSION', Key: 'SERVICE'}]});
		expect(budget).toMatchObject({Filter: {Dimensions: {Key: 'SERVICE', Values: ['Amazon Simple Storage Service']}}});
		expect(json).toMatchObject({
			todaySoFar: {amount: 100, estimated: true},
			yesterday: {amount: 100},
			monthToDate: {amount: 2400, sameDaysLastMonth: {amount: 2400}, changePercent: 0},
			lastMonth: {amount: 3100},
			movers: {top: [{key: 'AWS Lambda', change: 30}]},
			budget: {name: 'Storage', state: 'exceeded'},
		});
		const table = await runCliProcess(['now'], env);
		expect(table.code).toBe(0);
		expect(table.stdout).toContain('No billable requests: every answer came from the cache.');
		expect(server.requestsFor('GetCostAndUsage')).toHaveLength(3);
		server.script('GetCostAndUsage', dailyBody('2026-08-26', '2026-11-26', () => '100'), serviceBody('2026-10-21', '2026-11-25'));
		const coldWithoutBudgets = {...env, AWS_COST_CONFIG_DIR: join(local.dir.path, 'none'), AWS_COST_CACHE_DIR: join(local.dir.path, 'cache-2')};
		const withoutBudgets = await runCliProcess(['now', '--format', 'json'], coldWithoutBudgets);
		expect(withoutBudgets.stderr).toBe('');
		expect((JSON.parse(withoutBudgets.stdout) as NowJson).billableRequests).toBe(2);
		expect(server.requestsFor('GetCostAndUsage')).toHaveLength(5);
	}, 180_000);
});
