import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openDuckDb, sqlString} from '../../../source/duckdb/open.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../../fixtures/run-cli.js';

/** Files that are not a billing export, or only nearly one: each refused in one line that names what is wrong. */
const dir = tempDir('aws-cost-malformed-');
const env = isolatedEnv(dir.path, {AWS_COST_TODAY: '2026-01-20'});
const path = (name: string): string => join(dir.path, name);

beforeAll(async () => {
	const connection = await openDuckDb();
	const write = (name: string, select: string) => connection.run(`COPY (${select}) TO ${sqlString(path(name))} (FORMAT parquet)`);
	await write('foreign.parquet', `SELECT 1 AS id, 'x' AS name`);
	await write(
		'cur-no-product.parquet',
		`SELECT TIMESTAMP '2026-01-02' AS line_item_usage_start_date, 1.5::DECIMAL(18,10) AS line_item_unblended_cost,
			'111111111111' AS line_item_usage_account_id, 'USE1-BoxUsage' AS line_item_usage_type`,
	);
	await write(
		'cur-text-cost.parquet',
		`SELECT TIMESTAMP '2026-01-02' AS line_item_usage_start_date, 'a lot' AS line_item_unblended_cost, '111111111111' AS line_item_usage_account_id,
			'AmazonEC2' AS line_item_product_code, 'USE1-BoxUsage' AS line_item_usage_type`,
	);
	await write(
		'focus-plain.parquet',
		`SELECT TIMESTAMP '2026-01-02' AS ChargePeriodStart, 2.5::DOUBLE AS BilledCost, 2.5::DOUBLE AS EffectiveCost, '111111111111' AS SubAccountId,
			'Amazon S3' AS ServiceName, 'AmazonS3' AS x_ServiceCode, 'Requests' AS x_UsageType`,
	);
	connection.closeSync();
	mkdirSync(path('text'));
	writeFileSync(path('text/notes.parquet'), 'not parquet at all');
}, 60_000);
afterAll(() => dir.remove());

const query = (source: string, ...more: string[]) =>
	runCliInProcess(['query', '--source', `parquet:${source}`, '--from', '2026-01-01', '--to', '2026-01-10', '--no-cache', ...more], env);

describe('--source parquet: on files that are not a billing export', () => {
	it.each<[string, string[], RegExp]>([
		['foreign columns', [path('foreign.parquet')], /is not a CUR 2\.0 or FOCUS export: it lacks line_item_usage_start_date, line_item_unblended_cost \(CUR 2\.0\) or ChargePeriodStart, BilledCost \(FOCUS\)\./],
		['a missing column', [path('cur-no-product.parquet')], /is missing CUR 2\.0 columns: line_item_product_code\./],
		['money stored as text', [path('cur-text-cost.parquet')], /has columns of the wrong type: line_item_unblended_cost is VARCHAR, not a number\./],
		['a metric whose column the export lacks', [path('focus-plain.parquet'), '--metric', 'NetAmortizedCost'], /lacks x_NetAmortizedCost, which NetAmortizedCost by nothing needs in a FOCUS export/],
		['a dimension no export has', [path('focus-plain.parquet'), '--group-by', 'PLATFORM'], /PLATFORM has no column in FOCUS exports/],
		['no file matching', [path('nowhere/*.parquet')], /matches no files: check the path/],
		['a file that is not Parquet', [path('text/*.parquet')], /holds a file that is not Parquet/],
	])('%s: exit 2, one line', async (_name, [source, ...more], message) => {
		const run = await query(source!, ...more);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(message);
		expect(run.code).toBe(2);
	});

	it('answers from a plain FOCUS export that has only the standard columns, money stored as DOUBLE', async () => {
		const run = await query(path('focus-plain.parquet'), '--group-by', 'SERVICE', '--format', 'csv');
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain('Amazon S3');
		expect(run.stdout).toContain('2.5');
	});

	it.each<[string[], RegExp]>([
		[['--source', 'parquet:'], /--source parquet: needs files/],
		[['--source', 'bigquery:x'], /Unknown --source "bigquery:x": use demo, aws, parquet:GLOB or athena:DATABASE\.TABLE/],
		[['--source', 'athena:nodots'], /must name DATABASE\.TABLE/],
		[['--source', 'parquet:x', '--demo'], /reads an export: drop --demo/],
		[['--athena-workgroup', 'w', '--demo'], /--athena-workgroup and --athena-output go with --source athena/],
	])('refuses %j in one line', async (argv, message) => {
		const run = await runCliInProcess(['query', ...argv], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(message);
	});
});
