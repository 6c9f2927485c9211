import {mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openDuckDb, sqlString} from '../../source/duckdb/open.js';
import type {IsoDate} from '../../source/dates.js';
import {amountToString, parseAmount, sumAmounts} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const TODAY = '2026-01-20' as IsoDate;
const dir = tempDir('aws-cost-demo-export-');
const env = isolatedEnv(dir.path, {AWS_COST_TODAY: TODAY});
const out = join(dir.path, 'cur2');
let umaskBefore: number;

beforeAll(async () => {
	umaskBefore = process.umask(0o022);
	const run = await runCliInProcess(['demo', 'export', '--format', 'cur2', '--out', out, '--months', '2'], env);
	expect(run.stderr).toBe('');
	expect(run.code).toBe(0);
	expect(run.stdout).toMatch(/^Wrote [\d,]+ CUR 2\.0 line items, 2 billing periods \(2025-12 to 2026-01\), 2 files in /);
}, 300_000);
afterAll(() => {
	process.umask(umaskBefore);
	dir.remove();
});

async function demoTotal(start: string, end: string, metric: CostQuery['metric']): Promise<string> {
	const source = createDemoSource({today: TODAY});
	const query: CostQuery = {period: {start: start as IsoDate, end: end as IsoDate}, granularity: 'MONTHLY', metric, groupBy: [], scope: {source: 'demo'}};
	const amounts = [];
	for await (const page of source.costAndUsage(query)) amounts.push(...page.rows.map(row => row.amount));
	return amountToString(sumAmounts(amounts));
}

describe('aws-cost demo export', () => {
	it('partitions by billing period, privately', () => {
		expect(readdirSync(out).sort()).toEqual(['billing_period=2025-12', 'billing_period=2026-01']);
		expect(statSync(out).mode & 0o777).toBe(0o700);
		for (const period of readdirSync(out)) {
			expect(statSync(join(out, period)).mode & 0o777).toBe(0o700);
			for (const file of readdirSync(join(out, period))) {
				expect(file).toMatch(/\.parquet$/);
				expect(statSync(join(out, period, file)).mode & 0o777).toBe(0o600);
			}
		}
	});

	it('names CUR 2.0 columns and keeps money as DECIMAL, reconciling with the demo to the last digit', async () => {
		const connection = await openDuckDb();
		const glob = sqlString(`${out}/**/*.parquet`);
		const columns = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${glob}, hive_partitioning = true)`)).getRowObjectsJson();
		const types = Object.fromEntries(columns.map(column => [String(column['column_name']), String(column['column_type'])]));
		expect(types).toMatchObject({
			line_item_unblended_cost: 'DECIMAL(18,10)',
			line_item_net_unblended_cost: 'DECIMAL(18,10)',
			line_item_usage_amount: 'DECIMAL(18,4)',
			line_item_usage_start_date: 'TIMESTAMP',
			resource_tags: 'MAP(VARCHAR, VARCHAR)',
			billing_period: 'VARCHAR',
		});
		const sums = (
			await connection.runAndReadAll(
				`SELECT sum(line_item_unblended_cost)::VARCHAR AS unblended, sum(line_item_net_unblended_cost)::VARCHAR AS net
				FROM read_parquet(${glob}, hive_partitioning = true) WHERE billing_period = '2025-12'`,
			)
		).getRowObjectsJson()[0]!;
		connection.closeSync();
		expect(amountToString(parseAmount(String(sums['unblended'])))).toBe(await demoTotal('2025-12-01', '2026-01-01', 'UnblendedCost'));
		expect(amountToString(parseAmount(String(sums['net'])))).toBe(await demoTotal('2025-12-01', '2026-01-01', 'NetUnblendedCost'));
	});

	it.each<[string[], RegExp]>([
		[['demo', 'export', '--format', 'csv', '--out', 'x'], /--format must be focus or cur2, not "csv"/],
		[['demo', 'export', '--format', 'focus'], /--out DIR is required/],
		[['demo', 'export', '--format', 'focus', '--out', 'x', '--months', '15'], /--months "15" must be a whole number from 1 to 14/],
		[['demo', 'import'], /Unknown demo action "import"/],
	])('exits 2 with one line for %j', async (argv, message) => {
		const run = await runCliInProcess(argv, env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses a folder that already holds files, rather than overwrite them', async () => {
		const busy = join(dir.path, 'busy');
		mkdirSync(busy);
		writeFileSync(join(busy, 'keep.txt'), 'mine');
		const run = await runCliInProcess(['demo', 'export', '--format', 'focus', '--out', busy], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/is not empty: export into a new or empty folder/);
		expect(readdirSync(busy)).toEqual(['keep.txt']);
	});
});
