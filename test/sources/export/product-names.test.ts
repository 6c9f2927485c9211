import {mkdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {openDuckDb, sqlString} from '../../../source/duckdb/open.js';
import {amountToString} from '../../../source/money.js';
import type {CostQuery} from '../../../source/query.js';
import {createParquetSource} from '../../../source/sources/parquet/index.js';
import {tempDir} from '../../fixtures/run-cli.js';

/** SERVICE told from the product code, the names read once per file and kept: the same answers as reading the product MAP on every line. */
const dir = tempDir('aws-cost-product-names-');
const path = (name: string): string => join(dir.path, name);

/** CUR 2.0 lines: [day, code, product name, usage type, cost]. */
const lines = (rows: ReadonlyArray<readonly [string, string, string, string, string]>): string =>
	rows
		.map(
			([day, code, name, usageType, cost]) =>
				`SELECT TIMESTAMP '${day}' AS line_item_usage_start_date, '111111111111' AS line_item_usage_account_id, ${cost}::DECIMAL(18,10) AS line_item_unblended_cost,
				'${code}' AS line_item_product_code, '${usageType}' AS line_item_usage_type, MAP {'product_name': '${name}'} AS product`,
		)
		.join(' UNION ALL ');

beforeAll(async () => {
	mkdirSync(path('one-name'));
	mkdirSync(path('two-names'));
	const connection = await openDuckDb();
	const write = (name: string, select: string) => connection.run(`COPY (${select}) TO ${sqlString(path(name))} (FORMAT parquet)`);
	await write(
		'one-name/a.parquet',
		lines([
			['2026-01-02', 'AmazonS3', 'Amazon Simple Storage Service', 'Requests-Tier1', '1.25'],
			['2026-01-03', 'AmazonEC2', 'Amazon Elastic Compute Cloud', 'BoxUsage:m5.large', '4.00'],
			['2026-01-03', 'AmazonEC2', 'Amazon Elastic Compute Cloud', 'EBS:VolumeUsage.gp3', '0.50'],
		]),
	);
	await write('one-name/b.parquet', lines([['2026-01-04', 'AWSLambda', 'AWS Lambda', 'Request', '0.75']]));
	// A product code whose lines carry two names: only the map read line by line tells them apart.
	await write(
		'two-names/a.parquet',
		lines([
			['2026-01-02', 'AmazonES', 'Amazon Elasticsearch Service', 'ES:Usage', '2.00'],
			['2026-01-05', 'AmazonES', 'Amazon OpenSearch Service', 'ES:Usage', '3.00'],
		]),
	);
	connection.closeSync();
}, 60_000);
afterAll(() => dir.remove());

const byService: CostQuery = {
	period: {start: '2026-01-01' as IsoDate, end: '2026-01-10' as IsoDate},
	granularity: 'MONTHLY',
	metric: 'UnblendedCost',
	groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
	scope: {source: 'export'},
};

async function services(glob: string, cache?: string): Promise<Record<string, string>> {
	const source = createParquetSource(glob, cache === undefined ? {} : {productNamesCache: cache});
	const figures: Record<string, string> = {};
	for await (const page of source.costAndUsage(byService)) for (const row of page.rows) figures[row.keys[0]!] = amountToString(row.amount);
	return figures;
}

describe('SERVICE from the product code on CUR 2.0', () => {
	it("names each service as the product MAP does, EC2 split as Cost Explorer splits it, and keeps each file's names", async () => {
		const cache = path('names.json');
		const figures = await services(path('one-name/*.parquet'), cache);
		expect(Object.keys(figures).sort()).toEqual(['AWS Lambda', 'Amazon Elastic Compute Cloud - Compute', 'Amazon Simple Storage Service', 'EC2 - Other']);
		const kept = JSON.parse(readFileSync(cache, 'utf8')) as {files: Array<{path: string; size: number; names: string[][]}>};
		expect(kept.files.map(file => file.path).sort()).toEqual([path('one-name/a.parquet'), path('one-name/b.parquet')]);
		expect(kept.files.find(file => file.path.endsWith('b.parquet'))).toMatchObject({size: statSync(path('one-name/b.parquet')).size, names: [['AWSLambda', 'AWS Lambda']]});
		expect(statSync(cache).mode & 0o777).toBe(0o600);
	});

	it('reads the names kept for an unchanged file, and reads a rewritten file again', async () => {
		const cache = path('names.json');
		const kept = JSON.parse(readFileSync(cache, 'utf8')) as {files: Array<{path: string; names: string[][]}>};
		// What is kept is what is used: a name changed in the cache shows, so the file was not read again.
		const edited = {...kept, files: kept.files.map(file => (file.path.endsWith('b.parquet') ? {...file, names: [['AWSLambda', 'Kept Lambda']]} : file))};
		writeFileSync(cache, JSON.stringify(edited));
		expect(Object.keys(await services(path('one-name/*.parquet'), cache))).toContain('Kept Lambda');
		// A new modification time means the file changed: its names are read again.
		utimesSync(path('one-name/b.parquet'), new Date(), new Date(Date.now() + 5000));
		const figures = await services(path('one-name/*.parquet'), cache);
		expect(figures['AWS Lambda']).toBe('0.75');
		expect(figures['Kept Lambda']).toBeUndefined();
	});

	it('reads the product MAP line by line where one code carries two names', async () => {
		const figures = await services(path('two-names/*.parquet'));
		expect(figures).toEqual({'Amazon Elasticsearch Service': '2', 'Amazon OpenSearch Service': '3'});
	});
});
