import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {IsoDate} from '../../../source/dates.js';
import {CostEngine} from '../../../source/engine.js';
import type {ForecastRequest} from '../../../source/sources/source.js';
import {ONE_DAY_QUERY, TEST_TODAY, type WireContext, startWire} from './wire-setup.js';

let wire: WireContext;
beforeEach(async () => {
	wire = await startWire();
});
afterEach(async () => {
	await wire.close();
});

const november = {start: '2026-11-01' as IsoDate, end: '2026-11-25' as IsoDate};
const forecastRequest: ForecastRequest = {
	period: {start: TEST_TODAY, end: '2026-11-27' as IsoDate},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	predictionIntervalLevel: 80,
};
const forecastAnswer = {json: {Total: {Amount: '41.5', Unit: 'USD'}, ForecastResultsByTime: []}};
const anomaliesPage = (next?: string) => ({json: {Anomalies: [], ...(next === undefined ? {} : {NextPageToken: next})}});
const valuesPage = (value: string, next?: string) => ({json: {DimensionValues: [{Value: value, Attributes: {}}], ReturnSize: 1, TotalSize: 2, ...(next === undefined ? {} : {NextPageToken: next})}});

const engineOverWire = (): CostEngine => new CostEngine({source: wire.source(), today: TEST_TODAY});

describe('the engine asks Cost Explorer its other questions, and counts what they cost', () => {
	it('counts every page of dimension values, forecasts and anomalies, and answers a repeat from what it kept', async () => {
		wire.server.script('GetDimensionValues', valuesPage('Amazon EC2', 'more'), valuesPage('Amazon S3'));
		wire.server.script('GetCostForecast', forecastAnswer);
		wire.server.script('GetAnomalies', anomaliesPage('next'), anomaliesPage());
		const engine = engineOverWire();
		const values = await engine.dimensionValues({dimension: 'SERVICE', period: november});
		expect(values.map(value => value.value)).toEqual(['Amazon EC2', 'Amazon S3']);
		expect(engine.sessionStats.billableRequests).toBe(2);
		await engine.forecast(forecastRequest);
		expect(engine.sessionStats.billableRequests).toBe(3);
		await engine.anomalies(november);
		expect(engine.sessionStats).toEqual({billableRequests: 5, cacheHits: 0, pages: 0});

		await engine.dimensionValues({dimension: 'SERVICE', period: november});
		await engine.forecast(forecastRequest);
		await engine.anomalies(november);
		expect(engine.sessionStats).toEqual({billableRequests: 5, cacheHits: 3, pages: 0});
		expect(wire.server.requestsFor('GetDimensionValues')).toHaveLength(2);
		expect(wire.server.requestsFor('GetCostForecast')).toHaveLength(1);
		expect(wire.server.requestsFor('GetAnomalies')).toHaveLength(2);
	});

	it('asks again on refresh, and does not keep a failure', async () => {
		wire.server.script('GetCostForecast', {error: 'AccessDeniedException', message: 'not yet'}, forecastAnswer, forecastAnswer);
		const engine = engineOverWire();
		await expect(engine.forecast(forecastRequest)).rejects.toMatchObject({kind: 'access-denied'});
		await engine.forecast(forecastRequest);
		await engine.forecast(forecastRequest, {refresh: true});
		expect(wire.server.requestsFor('GetCostForecast').length).toBe(3);
		expect(engine.sessionStats.billableRequests).toBe(2);
	});

	it('counts each question exactly while a cost query runs beside it', async () => {
		wire.server.script('GetCostAndUsage', {json: {ResultsByTime: [], NextPageToken: 'p2'}}, {json: {ResultsByTime: []}});
		wire.server.script('GetCostForecast', forecastAnswer);
		const engine = engineOverWire();
		const [result] = await Promise.all([engine.run(ONE_DAY_QUERY), engine.forecast(forecastRequest)]);
		expect(result.stats.billableRequests).toBe(2);
		expect(engine.sessionStats.billableRequests).toBe(3);
	});

	it('refuses a question Cost Explorer would reject before paying for it', async () => {
		const engine = engineOverWire();
		await expect(engine.forecast({...forecastRequest, predictionIntervalLevel: 50})).rejects.toMatchObject({kind: 'bad-input'});
		await expect(engine.forecast({...forecastRequest, granularity: 'HOURLY' as 'DAILY'})).rejects.toMatchObject({kind: 'bad-input'});
		await expect(engine.dimensionValues({dimension: 'NOPE' as 'SERVICE', period: november})).rejects.toMatchObject({kind: 'bad-input'});
		await expect(engine.anomalies({start: november.end, end: november.start})).rejects.toMatchObject({kind: 'bad-input'});
		expect(wire.server.requests.filter(request => request.operation !== 'GetCallerIdentity')).toHaveLength(0);
		expect(engine.sessionStats.billableRequests).toBe(0);
	});

	it('lets one caller stop waiting without cancelling the answer another waits for', async () => {
		wire.server.script('GetAnomalies', anomaliesPage());
		const engine = engineOverWire();
		const controller = new AbortController();
		const first = engine.anomalies(november, {signal: controller.signal});
		const second = engine.anomalies(november);
		controller.abort();
		await expect(first).rejects.toMatchObject({name: 'AbortError'});
		await expect(second).resolves.toEqual([]);
		expect(engine.sessionStats.billableRequests).toBe(1);
	});
});
