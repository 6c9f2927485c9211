import {afterAll, describe, expect, it} from 'vitest';
import {type IsoDate, addDays, eachDay} from '../../source/dates.js';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

interface Interval {
	mean: number;
	lower80: number;
	upper80: number;
	lower95: number;
	upper95: number;
}

interface ForecastJson {
	scope: string;
	today: string;
	forecastPeriod: {start: string; end: string};
	method: string;
	total: Interval;
	monthEnd: {monthToDate: number; projected: number; lower80: number; upper80: number; text: string};
	points: Array<Interval & {date: string}>;
	groups: {dimension: string; forecasts: Array<{key: string; total: Interval; points: unknown[]}>} | null;
	costExplorer: unknown;
	billableRequests: number;
}

describe('aws-cost forecast', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);

	it('prints the documented JSON: points with both intervals, totals, the month end, per-group forecasts', async () => {
		const run = await runCliInProcess(['forecast', '--demo', '--group-by', 'service', '--format', 'json', '--no-cache'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as ForecastJson;
		expect(json).toMatchObject({scope: 'demo', today: '2026-11-25', forecastPeriod: {start: '2026-11-25', end: '2026-12-01'}, method: 'holt-winters', costExplorer: null});
		expect(json.points.map(point => point.date)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']);
		expect(json.total.lower95).toBeLessThan(json.total.lower80);
		expect(json.total.upper80).toBeLessThan(json.total.upper95);
		expect(json.monthEnd.text).toMatch(/^MTD \$[\d,.]+ → projected \$[\d,.]+ \(±\$[\d,.]+\)$/);
		expect(json.monthEnd.projected).toBeCloseTo(json.monthEnd.monthToDate + json.total.mean, 0);
		expect(json.groups?.dimension).toBe('SERVICE');
		expect(json.groups?.forecasts[0]?.points).toHaveLength(6);
	});

	it('reads as sentences and a table, and as CSV rows', async () => {
		const table = await runCliInProcess(['forecast', '--demo', '--horizon', '10'], env, 80);
		expect(table.code).toBe(0);
		expect(table.stdout).toMatch(/Month end: MTD \$[\d,.]+ → projected/);
		expect(table.stdout).toContain('Next 10 days (2026-11-25 … 2026-12-04)');
		for (const line of table.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
		const csv = await runCliInProcess(['forecast', '--demo', '--horizon', '3', '--format', 'csv'], env);
		const lines = csv.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('date,group,mean,lower80,upper80,lower95,upper95');
		expect(lines.slice(1).map(line => line.split(',').slice(0, 2).join(','))).toEqual(['2026-11-25,Total', '2026-11-26,Total', '2026-11-27,Total']);
	});

	it.each<[string[], RegExp]>([
		[['forecast', '--demo', '--horizon', '91'], /--horizon "91" must be a whole number of days from 1 to 90/],
		[['forecast', '--demo', '--horizon', 'soon'], /--horizon "soon"/],
		[['forecast', '--demo', '--range', 'last-month'], /--range: a forecast runs from today on/],
		[['forecast', '--demo', '--group-by', 'service', '--group-by', 'region'], /one dimension at most/],
		[['forecast', '--format', 'json'], /No AWS credentials found.*--demo/],
	])('exits 2 with one line for %j', async (argv, message) => {
		const run = await runCliInProcess(argv, env);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});

describe('aws-cost forecast against a local Cost Explorer', () => {
	const local = useLocalCostExplorer();
	const dir = local.dir;

	it("forecasts from the account's history and notes that Cost Explorer could not forecast", async () => {
		const days = eachDay({start: '2026-08-26' as IsoDate, end: '2026-11-25' as IsoDate});
		local.server().script('GetCostAndUsage', {
			json: {
				ResultsByTime: days.map((day, index) => ({
					TimePeriod: {Start: day, End: addDays(day, 1)},
					Total: {UnblendedCost: {Amount: String(100 + (index % 7 === 0 ? 20 : 0)), Unit: 'USD'}},
					Groups: [],
					Estimated: false,
				})),
			},
		});
		local.server().script('GetCostForecast', {error: 'DataUnavailableException', message: 'Insufficient amount of historical data to generate forecast.'});
		const env = isolatedEnv(dir.path, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_ENDPOINT_URL: local.server().endpoint});
		const run = await runCliProcess(['forecast', '--format', 'json', '--no-cache'], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as ForecastJson;
		expect(json.scope).toBe('default');
		expect(json.monthEnd.monthToDate).toBe(24 * 100 + 3 * 20);
		expect(json.total.mean).toBeGreaterThan(500);
		expect(json.costExplorer).toEqual({status: 'unavailable', message: 'Not enough history for a forecast yet: Cost Explorer needs more cost data first; try again later.'});
		expect(local.server().requestsFor('GetCostAndUsage')[0]?.body).toMatchObject({TimePeriod: {Start: '2026-08-26', End: '2026-11-25'}, Granularity: 'DAILY', Metrics: ['UnblendedCost']});
		expect(local.server().requestsFor('GetCostForecast')[0]?.body).toMatchObject({TimePeriod: {Start: '2026-11-25', End: '2026-12-01'}, Metric: 'UNBLENDED_COST', Granularity: 'DAILY', PredictionIntervalLevel: 80});
		expect(json.billableRequests).toBe(1);
	});
});
