import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {type AthenaProxy, seedAthenaResults, startAthenaProxy} from '../../fixtures/athena-proxy.js';
import {type MotoServer, startMoto} from '../../fixtures/moto-server.js';
import {isolatedEnv, runCliProcess, tempDir} from '../../fixtures/run-cli.js';

/**
 * `--source athena:` end to end: the real Athena client against moto, with a
 * pass-through that pages results as Athena does and plays the failures
 * moto cannot (FAILED, CANCELLED, a query that never ends, IAM refusing).
 */
const credentials = {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_REGION: 'us-east-1'};
const CUR_COLUMNS = [
	'line_item_usage_start_date:timestamp',
	'line_item_usage_account_id:varchar',
	'line_item_usage_account_name:varchar',
	'line_item_unblended_cost:double',
	'line_item_product_code:varchar',
	'line_item_usage_type:varchar',
	'product:map<varchar,varchar>',
	'resource_tags:map<varchar,varchar>',
	'billing_period:varchar',
];
const RANGE = {columns: ['first', 'last', 'last_hour'], rows: [['2026-01-01 00:00:00.000', '2026-01-19 00:00:00.000', '0']]};
const USAGE_TYPES = Array.from({length: 2345}, (_, index) => `USE1-Usage-${String(index).padStart(4, '0')}`);

let moto: MotoServer;
let proxy: AthenaProxy;
const dir = tempDir('aws-cost-athena-');
beforeAll(async () => {
	moto = await startMoto();
	proxy = await startAthenaProxy(moto.endpoint);
}, 120_000);
afterAll(async () => {
	await proxy?.stop();
	await moto?.stop();
	dir.remove();
});
beforeEach(() => {
	proxy.started.length = 0;
	proxy.resultCalls.length = 0;
	proxy.overrides = [];
	proxy.scannedBytes = 0;
});

const env = (extra: NodeJS.ProcessEnv = {}) => isolatedEnv(dir.path, {...credentials, AWS_ENDPOINT_URL: proxy.endpoint, AWS_COST_TODAY: '2026-01-20', ...extra});
const query = (more: string[], extra?: NodeJS.ProcessEnv) =>
	runCliProcess(['query', '--source', 'athena:billing.cur', '--from', '2026-01-05', '--to', '2026-01-06', '--granularity', 'DAILY', '--no-cache', ...more], env(extra));

describe('--source athena: against moto', () => {
	it('sends the Trino SQL with values as parameters, pages through every result page and reports the bytes scanned', async () => {
		proxy.pageRows = 1000;
		proxy.scannedBytes = 50 * 1024 * 1024;
		const amounts = USAGE_TYPES.map((_, index) => `${index}.0000000001`);
		await seedAthenaResults(moto.endpoint, [
			{columns: CUR_COLUMNS, rows: []},
			RANGE,
			{columns: ['bucket', 'k0', 'amount'], rows: USAGE_TYPES.map((type, index) => ['2026-01-05', type, amounts[index]!])},
		]);
		const run = await query(['--group-by', 'USAGE_TYPE', '--filter', 'SERVICE=AWS Lambda', '--athena-output', 's3://results/aws-cost/', '--format', 'json']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as {rows: Array<{keys: string[]; amount: number}>; total: {amount: number; exact: string}; stats: Record<string, unknown>};
		expect(json.rows).toHaveLength(USAGE_TYPES.length);
		expect(json.rows[2344]).toMatchObject({keys: ['USE1-Usage-2344'], amount: 2344.0000000001});
		// 0 + 1 + … + 2344, plus 2345 ten-billionths (JSON carries it as a number).
		expect(json.total.exact).toBe('2748340.0000002345');
		expect(json.stats).toMatchObject({billableRequests: 3, bytesScanned: 3 * 50 * 1024 * 1024, scanCostUsd: '0.000786432'});

		const [columns, range, rows] = proxy.started;
		expect(columns?.QueryString).toBe('SELECT * FROM "billing"."cur" LIMIT 0');
		expect(range?.QueryString).toMatch(/max\(hour\(line_item_usage_start_date\)\)/);
		expect(rows?.QueryString).toContain(`SELECT date_format(line_item_usage_start_date, '%Y-%m-%d') AS bucket, line_item_usage_type AS k0, CAST(sum(CAST(line_item_unblended_cost AS DECIMAL(38,10))) AS VARCHAR) AS amount`);
		expect(rows?.QueryString).toContain(`FROM "billing"."cur"`);
		expect(rows?.QueryString).toContain(`element_at(product, 'product_name')`);
		expect(rows?.QueryString).toContain('billing_period >= ? AND billing_period <= ?');
		expect(rows?.QueryString).toContain('HAVING sum(');
		expect(rows?.QueryString).not.toContain('AWS Lambda');
		expect(rows?.ExecutionParameters).toEqual(["'2026-01-05 00:00:00'", "'2026-01-07 00:00:00'", "'2026-01'", "'2026-01'", "'AWS Lambda'"]);
		expect(rows?.ResultConfiguration?.OutputLocation).toBe('s3://results/aws-cost/');
		// Three pages of the rows query: the second and third carry the NextToken of the one before.
		expect(proxy.resultCalls.filter(call => call.NextToken !== undefined).map(call => call.NextToken)).toEqual(['1000', '2000']);
	}, 120_000);

	it.each<[string, {state: 'FAILED' | 'CANCELLED'; reason?: string}, RegExp]>([
		['FAILED', {state: 'FAILED', reason: "COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved\nmore detail"}, /Athena query [\w-]+ failed: COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved\./],
		['CANCELLED', {state: 'CANCELLED'}, /Athena query [\w-]+ was cancelled \(someone stopped it, or the workgroup's limit did\)/],
	])('a query that ends %s is one line, exit 1', async (_name, override, message) => {
		await seedAthenaResults(moto.endpoint, [{columns: CUR_COLUMNS, rows: []}, RANGE]);
		proxy.overrides = [{sql: /GROUP BY/, ...override}];
		const run = await query([]);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(message);
		expect(run.code).toBe(1);
	}, 120_000);

	it('a query that never ends is stopped at AWS_COST_ATHENA_TIMEOUT: one line, exit 1', async () => {
		proxy.overrides = [{sql: /LIMIT 0/, state: 'RUNNING'}];
		const run = await query([], {AWS_COST_ATHENA_TIMEOUT: '1'});
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/Athena query [\w-]+ did not finish within 1 s and was stopped: narrow the period, or raise AWS_COST_ATHENA_TIMEOUT/);
		expect(run.code).toBe(1);
	}, 120_000);

	it('access denied names the permissions, in one line', async () => {
		proxy.overrides = [{sql: /./, deny: true}];
		const run = await query([]);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/Athena refused reading the columns on athena:billing\.cur: the credentials need athena:StartQueryExecution/);
		expect(run.code).toBe(1);
	}, 120_000);

	it('a table that is not an export is refused by its columns, before any costly query', async () => {
		await seedAthenaResults(moto.endpoint, [{columns: ['id:integer', 'name:varchar'], rows: []}]);
		const run = await query([]);
		expect(run.stderr).toMatch(/athena:billing\.cur is not a CUR 2\.0 or FOCUS export: it lacks line_item_usage_start_date/);
		expect(run.code).toBe(2);
		expect(proxy.started).toHaveLength(1);
	}, 120_000);
});
