import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {CostEngine} from '../../../source/engine.js';
import {amountToString} from '../../../source/money.js';
import type {CostQuery} from '../../../source/query.js';
import {createCostExplorerSource, createRateLimiter} from '../../../source/sources/cost-explorer/index.js';
import {type MotoServer, startMoto} from '../../fixtures/moto-server.js';

const today = '2026-11-25' as IsoDate;

const serviceBucket = (start: string, end: string, groups: Array<[string, string]>, estimated = false) => ({
	TimePeriod: {Start: start, End: end},
	Total: {},
	Groups: groups.map(([service, amount]) => ({Keys: [service], Metrics: {UnblendedCost: {Amount: amount, Unit: 'USD'}}})),
	Estimated: estimated,
});

describe('Cost Explorer source against moto', () => {
	let moto: MotoServer;
	let home: string;
	const saved = {...process.env};

	beforeAll(async () => {
		moto = await startMoto();
		home = mkdtempSync(join(tmpdir(), 'aws-cost-moto-'));
		for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) delete process.env[name];
		Object.assign(process.env, {
			AWS_ACCESS_KEY_ID: 'AKIAMOTOTEST00000000',
			AWS_SECRET_ACCESS_KEY: 'moto-secret',
			AWS_ENDPOINT_URL: moto.endpoint,
			AWS_CONFIG_FILE: join(home, 'config'),
			AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
			AWS_EC2_METADATA_DISABLED: 'true',
			AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
		});
	}, 60_000);

	afterAll(async () => {
		await moto?.stop();
		if (home) rmSync(home, {recursive: true, force: true});
		for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
		Object.assign(process.env, saved);
	});

	it('pages through GetCostAndUsage and sums to the exact cent and beyond', async () => {
		await moto.load([
			{
				ResultsByTime: [
					serviceBucket('2026-11-01', '2026-11-02', [
						['Amazon EC2', '10.1234567891'],
						['Amazon S3', '0.0000000001'],
					]),
				],
				NextPageToken: 'moto-page-2',
				DimensionValueAttributes: [],
			},
			{
				ResultsByTime: [serviceBucket('2026-11-02', '2026-11-03', [['Amazon EC2', '0.1'], ['AWS Lambda', '0.2']])],
				NextPageToken: 'moto-page-3',
				DimensionValueAttributes: [],
			},
			{
				ResultsByTime: [serviceBucket('2026-11-03', '2026-11-04', [['Amazon EC2', '-0.3']], true)],
				DimensionValueAttributes: [],
			},
		]);
		const source = createCostExplorerSource({today, rateLimiter: createRateLimiter({ratePerSecond: 100, burst: 10})});
		const engine = new CostEngine({source, today});
		const pagesSeen: number[] = [];
		const query: CostQuery = {
			period: {start: '2026-11-01' as IsoDate, end: '2026-11-04' as IsoDate},
			granularity: 'DAILY',
			metric: 'UnblendedCost',
			groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
			scope: {source: 'aws'},
		};
		const result = await engine.run(query, {onPage: (_page, rowsSoFar) => pagesSeen.push(rowsSoFar)});

		expect(pagesSeen).toEqual([2, 4, 5]);
		expect(result.rows.map(row => [row.start, row.keys[0], amountToString(row.amount)])).toEqual([
			['2026-11-01', 'Amazon EC2', '10.1234567891'],
			['2026-11-01', 'Amazon S3', '0.0000000001'],
			['2026-11-02', 'Amazon EC2', '0.1'],
			['2026-11-02', 'AWS Lambda', '0.2'],
			['2026-11-03', 'Amazon EC2', '-0.3'],
		]);
		// 0.1 + 0.2 - 0.3 is exactly zero here, unlike in floating point.
		expect(amountToString(result.total)).toBe('10.1234567892');
		expect(result.estimated).toBe(true);
		expect(result.stats).toEqual({billableRequests: 3, cacheHits: 0, pages: 3});
		expect(result.identity).toEqual({account: '123456789012', principal: expect.stringContaining('arn:aws:')});
		expect(source.billableRequestCount()).toBe(3);
	}, 40_000);

	it('keeps the zero days of an ungrouped answer as zero rows', async () => {
		await moto.load([
			{
				ResultsByTime: [
					{TimePeriod: {Start: '2026-10-30', End: '2026-10-31'}, Total: {UnblendedCost: {Amount: '0', Unit: 'USD'}}, Groups: [], Estimated: false},
					{TimePeriod: {Start: '2026-10-31', End: '2026-11-01'}, Total: {UnblendedCost: {Amount: '7.77', Unit: 'USD'}}, Groups: [], Estimated: false},
				],
				DimensionValueAttributes: [],
			},
		]);
		const source = createCostExplorerSource({today});
		const rows = [];
		for await (const page of source.costAndUsage({
			period: {start: '2026-10-30' as IsoDate, end: '2026-11-01' as IsoDate},
			granularity: 'DAILY',
			metric: 'UnblendedCost',
			groupBy: [],
			scope: {source: 'aws', account: '123456789012'},
		})) {
			rows.push(...page.rows);
		}
		expect(rows.map(row => amountToString(row.amount))).toEqual(['0', '7.77']);
	}, 40_000);
});
