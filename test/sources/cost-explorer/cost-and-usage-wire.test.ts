import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {CostError} from '../../../source/errors.js';
import {amountToString, sumAmounts} from '../../../source/money.js';
import type {CostQuery} from '../../../source/query.js';
import type {CostPage} from '../../../source/rows.js';
import {type WireContext, dailyTotal, startWire} from './wire-setup.js';

const query: CostQuery = {
	period: {start: '2026-11-01' as IsoDate, end: '2026-11-04' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [],
	scope: {source: 'aws'},
};

async function collect(pages: AsyncIterable<CostPage>): Promise<CostPage[]> {
	const collected: CostPage[] = [];
	for await (const page of pages) collected.push(page);
	return collected;
}

let wire: WireContext;
beforeEach(async () => {
	wire = await startWire();
});
afterEach(async () => {
	await wire.close();
});

describe('GetCostAndUsage over the wire', () => {
	it('follows NextPageToken across three pages and hands each page on as it arrives', async () => {
		wire.server.script(
			'GetCostAndUsage',
			{json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '10.0000000001')], NextPageToken: 'page-2'}},
			{json: {ResultsByTime: [dailyTotal('2026-11-02', '2026-11-03', '0')], NextPageToken: 'page-3'}},
			{json: {ResultsByTime: [dailyTotal('2026-11-03', '2026-11-04', '2.25', true)]}},
		);
		const source = wire.source();
		const seenBeforeNextRequest: number[] = [];
		const pages: CostPage[] = [];
		for await (const page of source.costAndUsage(query)) {
			seenBeforeNextRequest.push(wire.server.requestsFor('GetCostAndUsage').length);
			pages.push(page);
		}
		expect(seenBeforeNextRequest).toEqual([1, 2, 3]);
		expect(pages.map(page => page.billableRequests)).toEqual([1, 1, 1]);
		expect(pages.every(page => !page.fromCache)).toBe(true);
		const rows = pages.flatMap(page => page.rows);
		expect(rows.map(row => [row.start, row.end, amountToString(row.amount), row.unit, row.estimated])).toEqual([
			['2026-11-01', '2026-11-02', '10.0000000001', 'USD', false],
			['2026-11-02', '2026-11-03', '0', 'USD', false],
			['2026-11-03', '2026-11-04', '2.25', 'USD', true],
		]);
		expect(amountToString(sumAmounts(rows.map(row => row.amount)))).toBe('12.2500000001');
		const tokens = wire.server.requestsFor('GetCostAndUsage').map(request => request.body['NextPageToken']);
		expect(tokens).toEqual([undefined, 'page-2', 'page-3']);
		expect(source.billableRequestCount()).toBe(3);
	});

	it('sends the query as CE expects it and signs with the env credentials', async () => {
		wire.server.script('GetCostAndUsage', {json: {ResultsByTime: []}});
		await collect(
			wire.source().costAndUsage({
				...query,
				groupBy: [
					{type: 'DIMENSION', key: 'SERVICE'},
					{type: 'TAG', key: 'team'},
				],
				filter: {Dimensions: {Key: 'REGION', Values: ['eu-west-1']}},
				scope: {source: 'aws', account: '111122223333'},
			}),
		);
		const [request] = wire.server.requestsFor('GetCostAndUsage');
		expect(request?.headers['x-amz-target']).toBe('AWSInsightsIndexService.GetCostAndUsage');
		expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1');
		expect(request?.headers['authorization']).toContain('Credential=AKIATESTWIRE00000000/');
		expect(request?.headers['amz-sdk-request']).toBe('attempt=1; max=1');
		expect(request?.body).toEqual({
			TimePeriod: {Start: '2026-11-01', End: '2026-11-04'},
			Granularity: 'DAILY',
			Metrics: ['UnblendedCost'],
			GroupBy: [
				{Type: 'DIMENSION', Key: 'SERVICE'},
				{Type: 'TAG', Key: 'team'},
			],
			Filter: {
				And: [
					{Dimensions: {Key: 'REGION', Values: ['eu-west-1']}},
					{Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['111122223333']}},
				],
			},
		});
	});

	it('asks for HOURLY data with whole-hour timestamps and keeps them on the rows', async () => {
		wire.server.script('GetCostAndUsage', {
			json: {
				ResultsByTime: [
					{
						TimePeriod: {Start: '2026-11-20T00:00:00Z', End: '2026-11-20T01:00:00Z'},
						Total: {},
						Groups: [{Keys: ['Amazon EC2'], Metrics: {UnblendedCost: {Amount: '0.0416', Unit: 'USD'}}}],
						Estimated: true,
					},
				],
			},
		});
		const pages = await collect(
			wire.source().costAndUsage({
				...query,
				period: {start: '2026-11-20' as IsoDate, end: '2026-11-21' as IsoDate},
				granularity: 'HOURLY',
				groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
				scope: {source: 'aws', account: '111122223333'},
			}),
		);
		expect(wire.server.requestsFor('GetCostAndUsage')[0]?.body).toMatchObject({
			TimePeriod: {Start: '2026-11-20T00:00:00Z', End: '2026-11-21T00:00:00Z'},
			Granularity: 'HOURLY',
			Filter: {Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['111122223333']}},
		});
		expect(pages[0]?.rows).toEqual([
			{start: '2026-11-20T00:00:00Z', end: '2026-11-20T01:00:00Z', keys: ['Amazon EC2'], amount: 41_600_000_000_000n, unit: 'USD', estimated: true},
		]);
	});

	it('retries throttling with backoff, then succeeds, counting only the served request', async () => {
		wire.server.script(
			'GetCostAndUsage',
			{error: 'LimitExceededException', message: 'Rate exceeded'},
			{error: 'ThrottlingException', message: 'Rate exceeded', form: 'header'},
			{json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '1')]}},
		);
		const source = wire.source();
		const pages = await collect(source.costAndUsage(query));
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(3);
		expect(wire.sleeps).toEqual([250, 500]);
		expect(pages).toHaveLength(1);
		expect(source.billableRequestCount()).toBe(1);
		expect(wire.logLines.filter(line => line.includes('retry'))).toHaveLength(2);
	});

	it('gives up on throttling after maxAttempts with a "throttled" CostError', async () => {
		wire.server.fallback('GetCostAndUsage', {error: 'ThrottlingException', message: 'Rate exceeded'});
		const failure = collect(wire.source({maxAttempts: 3}).costAndUsage(query));
		await expect(failure).rejects.toMatchObject({kind: 'throttled', message: 'Cost Explorer is throttling requests: wait a minute and retry.'});
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(3);
	});

	it('retries a 503 and a dropped connection, then succeeds', async () => {
		wire.server.script(
			'GetCostAndUsage',
			{error: 'InternalServerException', status: 503},
			{reset: true},
			{json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '3.5')]}},
		);
		const pages = await collect(wire.source().costAndUsage(query));
		expect(pages.flatMap(page => page.rows).map(row => amountToString(row.amount))).toEqual(['3.5']);
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(3);
	});

	it('maps AccessDenied to an access-denied CostError naming the permission, without retrying', async () => {
		wire.server.script('GetCostAndUsage', {
			error: 'AccessDeniedException',
			message: 'User: arn:aws:iam::123456789012:user/tester is not authorized to perform: ce:GetCostAndUsage',
			requestId: 'req-123',
		});
		const error = await collect(wire.source().costAndUsage(query)).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(CostError);
		expect(error).toMatchObject({kind: 'access-denied'});
		expect((error as CostError).message).toContain('ce:GetCostAndUsage');
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(1);
		const logged = wire.logLines.join('\n');
		expect(logged).toContain('AccessDeniedException');
		expect(logged).toContain('req-123');
		expect(logged).toContain('http 400');
	});

	it('turns a malformed body into an aws-failure, without crashing or retrying', async () => {
		wire.server.script('GetCostAndUsage', {raw: '{"ResultsByTime": [{"TimePeriod"'});
		await expect(collect(wire.source().costAndUsage(query))).rejects.toMatchObject({kind: 'aws-failure'});
		wire.server.script('GetCostAndUsage', {json: {ResultsByTime: [{TimePeriod: {Start: '2026-11-01'}, Total: {}}]}});
		await expect(collect(wire.source().costAndUsage(query))).rejects.toMatchObject({kind: 'aws-failure'});
		wire.server.script('GetCostAndUsage', {json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', 'twelve')]}});
		await expect(collect(wire.source().costAndUsage(query))).rejects.toMatchObject({kind: 'aws-failure'});
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(3);
	});

	it('maps a ValidationException to bad-input with CE\'s message on one line', async () => {
		wire.server.script('AWSInsightsIndexService.GetCostAndUsage', {error: 'ValidationException', message: 'Start date is after end date\nsecond line'});
		await expect(collect(wire.source().costAndUsage(query))).rejects.toMatchObject({
			kind: 'bad-input',
			message: 'Cost Explorer rejected the request: Start date is after end date',
		});
	});

	it('stops between pages when aborted, without asking for the next page', async () => {
		wire.server.script(
			'GetCostAndUsage',
			{json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '1')], NextPageToken: 'page-2'}},
			{json: {ResultsByTime: [dailyTotal('2026-11-02', '2026-11-03', '1')], NextPageToken: 'page-3'}},
		);
		const controller = new AbortController();
		const pages: CostPage[] = [];
		const run = (async () => {
			for await (const page of wire.source().costAndUsage(query, controller.signal)) {
				pages.push(page);
				controller.abort();
			}
		})();
		await expect(run).rejects.toMatchObject({name: 'AbortError'});
		expect(pages).toHaveLength(1);
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(1);
	});

	it('abandons a page request in flight when aborted', async () => {
		wire.server.script(
			'GetCostAndUsage',
			{json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '1')], NextPageToken: 'page-2'}},
			{json: {ResultsByTime: [dailyTotal('2026-11-02', '2026-11-03', '1')]}, delayMs: 5_000},
		);
		const controller = new AbortController();
		const source = wire.source();
		const run = (async () => {
			for await (const _page of source.costAndUsage(query, controller.signal)) {
				setTimeout(() => controller.abort(), 50);
			}
		})();
		await expect(run).rejects.toMatchObject({name: 'AbortError'});
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(2);
		expect(source.billableRequestCount()).toBe(1);
	});

	it('stops with an aws-failure when CE hands back a page token it already gave', async () => {
		wire.server.script(
			'GetCostAndUsage',
			{json: {ResultsByTime: [dailyTotal('2026-11-01', '2026-11-02', '1')], NextPageToken: 'same'}},
			{json: {ResultsByTime: [dailyTotal('2026-11-02', '2026-11-03', '1')], NextPageToken: 'same'}},
		);
		await expect(collect(wire.source().costAndUsage(query))).rejects.toMatchObject({kind: 'aws-failure'});
		expect(wire.server.requestsFor('GetCostAndUsage')).toHaveLength(2);
	});

	it('never writes credentials to the log', async () => {
		wire.server.fallback('GetCostAndUsage', {error: 'ThrottlingException', message: 'Rate exceeded'});
		await collect(wire.source({maxAttempts: 2}).costAndUsage(query)).catch(() => undefined);
		const logged = wire.logLines.join('\n');
		expect(logged).not.toBe('');
		expect(logged).not.toContain('AKIATESTWIRE00000000');
		expect(logged).not.toContain('wire-test-secret');
		expect(logged.toLowerCase()).not.toContain('signature=');
	});
});
