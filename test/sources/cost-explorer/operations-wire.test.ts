import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {amountToString} from '../../../source/money.js';
import type {ForecastRequest} from '../../../source/sources/source.js';
import {TEST_ACCOUNT, TEST_ARN} from '../../fixtures/cost-explorer-server.js';
import {type WireContext, startWire} from './wire-setup.js';

let wire: WireContext;
beforeEach(async () => {
	wire = await startWire();
});
afterEach(async () => {
	await wire.close();
});

const november = {start: '2026-11-01' as IsoDate, end: '2026-11-25' as IsoDate};

describe('identity over the wire (STS query protocol)', () => {
	it('returns the account and ARN, free of charge', async () => {
		const source = wire.source();
		await expect(source.identity()).resolves.toEqual({account: TEST_ACCOUNT, principal: TEST_ARN});
		const [request] = wire.server.requestsFor('GetCallerIdentity');
		expect(request?.body).toEqual({Action: 'GetCallerIdentity', Version: '2011-06-15'});
		expect(source.billableRequestCount()).toBe(0);
	});
});

describe('dimensionValues', () => {
	it('follows NextPageToken and keeps the attributes', async () => {
		wire.server.script(
			'GetDimensionValues',
			{json: {DimensionValues: [{Value: '111111111111', Attributes: {description: 'Production'}}], NextPageToken: 'more', ReturnSize: 1, TotalSize: 2}},
			{json: {DimensionValues: [{Value: '222222222222', Attributes: {description: 'Staging'}}], ReturnSize: 1, TotalSize: 2}},
		);
		const source = wire.source();
		const values = await source.dimensionValues({dimension: 'LINKED_ACCOUNT', period: november, search: 'Pro'});
		expect(values).toEqual([
			{value: '111111111111', attributes: {description: 'Production'}},
			{value: '222222222222', attributes: {description: 'Staging'}},
		]);
		const bodies = wire.server.requestsFor('GetDimensionValues').map(request => request.body);
		expect(bodies[0]).toEqual({
			TimePeriod: {Start: '2026-11-01', End: '2026-11-25'},
			Dimension: 'LINKED_ACCOUNT',
			Context: 'COST_AND_USAGE',
			SearchString: 'Pro',
		});
		expect(bodies[1]?.['NextPageToken']).toBe('more');
		expect(source.billableRequestCount()).toBe(2);
	});
});

describe('groupKeys', () => {
	it('lists tag keys (GetTags) and cost categories (GetCostCategories) over every page, billing each', async () => {
		wire.server.script('GetTags', {json: {Tags: ['team', 'environment'], NextPageToken: 'more', ReturnSize: 2, TotalSize: 3}}, {json: {Tags: ['owner'], ReturnSize: 1, TotalSize: 3}});
		wire.server.script('GetCostCategories', {json: {CostCategoryNames: ['Business Unit'], ReturnSize: 1, TotalSize: 1}});
		const source = wire.source();
		await expect(source.groupKeys!(november)).resolves.toEqual({
			tags: ['team', 'environment', 'owner'],
			costCategories: ['Business Unit'],
			billableRequests: 3,
		});
		const tagBodies = wire.server.requestsFor('GetTags').map(request => request.body);
		expect(tagBodies[0]).toEqual({TimePeriod: {Start: '2026-11-01', End: '2026-11-25'}});
		expect(tagBodies[1]).toEqual({TimePeriod: {Start: '2026-11-01', End: '2026-11-25'}, NextPageToken: 'more'});
		expect(wire.server.requestsFor('GetCostCategories')[0]?.body).toEqual({TimePeriod: {Start: '2026-11-01', End: '2026-11-25'}});
		expect(source.billableRequestCount()).toBe(3);
	});

	it('without ce:GetTags, says which permission is missing in one line', async () => {
		wire.server.script('GetTags', {error: 'AccessDeniedException', message: 'User is not authorized', status: 400});
		await expect(wire.source().groupKeys!(november)).rejects.toThrow(/ce:GetTags/);
	});
});

describe('forecast', () => {
	const request: ForecastRequest = {
		period: {start: '2026-11-25' as IsoDate, end: '2026-11-27' as IsoDate},
		granularity: 'DAILY',
		metric: 'AmortizedCost',
		predictionIntervalLevel: 80,
	};

	it('maps the metric to CE\'s enum and reads the mean and bounds', async () => {
		wire.server.script('GetCostForecast', {
			json: {
				Total: {Amount: '41.5', Unit: 'USD'},
				ForecastResultsByTime: [
					{TimePeriod: {Start: '2026-11-25', End: '2026-11-26'}, MeanValue: '20.25', PredictionIntervalLowerBound: '18', PredictionIntervalUpperBound: '22.5'},
					{TimePeriod: {Start: '2026-11-26', End: '2026-11-27'}, MeanValue: '21.25', PredictionIntervalLowerBound: '19.1', PredictionIntervalUpperBound: '23'},
				],
			},
		});
		const source = wire.source();
		const result = await source.forecast(request);
		expect(wire.server.requestsFor('GetCostForecast')[0]?.body).toEqual({
			TimePeriod: {Start: '2026-11-25', End: '2026-11-27'},
			Metric: 'AMORTIZED_COST',
			Granularity: 'DAILY',
			PredictionIntervalLevel: 80,
		});
		expect(amountToString(result.total.mean)).toBe('41.5');
		expect(amountToString(result.total.lower)).toBe('37.1');
		expect(amountToString(result.total.upper)).toBe('45.5');
		expect(result.points.map(point => [point.start, amountToString(point.mean)])).toEqual([
			['2026-11-25', '20.25'],
			['2026-11-26', '21.25'],
		]);
		expect(result.unit).toBe('USD');
		expect(source.billableRequestCount()).toBe(1);
	});

	it('says there is not enough history when CE has no data for a forecast', async () => {
		wire.server.script('GetCostForecast', {error: 'DataUnavailableException', message: 'Insufficient amount of historical data'});
		const error = await wire.source().forecast(request).catch((caught: unknown) => caught);
		expect(error).toMatchObject({kind: 'data-unavailable'});
		expect(String((error as Error).message)).toMatch(/not enough history for a forecast yet/i);
	});

	it('refuses forecasts CE would reject before paying for a request', async () => {
		const source = wire.source();
		await expect(source.forecast({...request, period: {start: '2026-11-24' as IsoDate, end: '2026-11-27' as IsoDate}})).rejects.toMatchObject({kind: 'bad-input'});
		await expect(source.forecast({...request, period: {start: '2026-11-25' as IsoDate, end: '2027-02-26' as IsoDate}})).rejects.toMatchObject({kind: 'bad-input'});
		await expect(source.forecast({...request, metric: 'UsageQuantity'})).rejects.toMatchObject({kind: 'bad-input'});
		await expect(source.forecast({...request, predictionIntervalLevel: 50})).rejects.toMatchObject({kind: 'bad-input'});
		expect(wire.server.requestsFor('GetCostForecast')).toHaveLength(0);
		expect(source.billableRequestCount()).toBe(0);
	});
});

describe('anomalies', () => {
	it('pages through GetAnomalies and maps impact, score and root causes', async () => {
		wire.server.script(
			'GetAnomalies',
			{
				json: {
					Anomalies: [
						{
							AnomalyId: 'a-1',
							AnomalyStartDate: '2026-11-03',
							AnomalyEndDate: '2026-11-05',
							DimensionValue: 'Amazon EC2',
							MonitorArn: 'arn:aws:ce::123456789012:anomalymonitor/m',
							AnomalyScore: {MaxScore: 0.87, CurrentScore: 0.2},
							Impact: {MaxImpact: 40, TotalImpact: 95.25, TotalActualSpend: 195.25, TotalExpectedSpend: 100},
							RootCauses: [{Service: 'Amazon EC2', Region: 'eu-west-1', LinkedAccount: '111111111111', UsageType: 'BoxUsage:m5.large'}],
						},
					],
					NextPageToken: 'next',
				},
			},
			{
				json: {
					Anomalies: [
						{
							AnomalyId: 'a-2',
							AnomalyStartDate: '2026-11-20',
							DimensionValue: 'AWS Lambda',
							MonitorArn: 'arn:aws:ce::123456789012:anomalymonitor/m',
							AnomalyScore: {MaxScore: 0.5, CurrentScore: 0.5},
							Impact: {MaxImpact: 3.1, TotalImpact: 3.1, TotalActualSpend: 5.1},
						},
					],
				},
			},
		);
		const source = wire.source();
		const anomalies = await source.anomalies(november);
		const [first, second] = wire.server.requestsFor('GetAnomalies').map(request => request.body);
		expect(first).toEqual({DateInterval: {StartDate: '2026-11-01', EndDate: '2026-11-24'}});
		expect(second).toMatchObject({NextPageToken: 'next'});
		expect(anomalies).toHaveLength(2);
		expect(anomalies[0]).toMatchObject({
			id: 'a-1',
			start: '2026-11-03',
			end: '2026-11-05',
			dimensionValue: 'Amazon EC2',
			maxScore: 0.87,
			rootCauses: [{service: 'Amazon EC2', region: 'eu-west-1', account: '111111111111', usageType: 'BoxUsage:m5.large'}],
		});
		expect([anomalies[0]?.expected, anomalies[0]?.actual, anomalies[0]?.impact].map(amount => amountToString(amount!))).toEqual(['100', '195.25', '95.25']);
		expect(anomalies[1]).toMatchObject({id: 'a-2', end: null, rootCauses: []});
		expect(amountToString(anomalies[1]!.expected)).toBe('2');
		expect(source.billableRequestCount()).toBe(2);
	});
});

describe('accounts', () => {
	it('lists the organization\'s accounts when Organizations allows it, free of charge', async () => {
		wire.server.script(
			'ListAccounts',
			{json: {Accounts: [{Id: '222222222222', Name: 'Staging', Status: 'ACTIVE'}], NextToken: 'org-2'}},
			{json: {Accounts: [{Id: '111111111111', Name: 'Production', Status: 'ACTIVE'}]}},
		);
		const source = wire.source();
		await expect(source.accounts()).resolves.toEqual([
			{id: '111111111111', name: 'Production'},
			{id: '222222222222', name: 'Staging'},
		]);
		expect(wire.server.requestsFor('ListAccounts')[0]?.headers['x-amz-target']).toBe('AWSOrganizationsV20161128.ListAccounts');
		expect(wire.server.requestsFor('ListAccounts')[1]?.body).toEqual({NextToken: 'org-2'});
		expect(source.billableRequestCount()).toBe(0);
	});

	it('falls back to LINKED_ACCOUNT values over 13 months when Organizations says no', async () => {
		wire.server.script('ListAccounts', {error: 'AccessDeniedException', message: 'You don\'t have permissions to access this resource.'});
		wire.server.script('GetDimensionValues', {
			json: {DimensionValues: [{Value: '333333333333', Attributes: {description: 'Data'}}, {Value: '444444444444', Attributes: {}}]},
		});
		const source = wire.source();
		await expect(source.accounts()).resolves.toEqual([
			{id: '444444444444', name: '444444444444'},
			{id: '333333333333', name: 'Data'},
		]);
		expect(wire.server.requestsFor('GetDimensionValues')[0]?.body).toMatchObject({
			TimePeriod: {Start: '2025-10-01', End: '2026-11-26'},
			Dimension: 'LINKED_ACCOUNT',
		});
		expect(source.billableRequestCount()).toBe(1);
	});

	it('does not send Organizations to real AWS when only Cost Explorer is redirected', async () => {
		delete process.env['AWS_ENDPOINT_URL_ORGANIZATIONS'];
		wire.server.script('GetDimensionValues', {json: {DimensionValues: [{Value: '555555555555', Attributes: {description: 'Sandbox'}}]}});
		await expect(wire.source().accounts()).resolves.toEqual([{id: '555555555555', name: 'Sandbox'}]);
		expect(wire.server.requests.map(request => request.operation)).toEqual(['GetDimensionValues']);
		expect(wire.logLines.join('\n')).not.toContain('ListAccounts');
	});
});
