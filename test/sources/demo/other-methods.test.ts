import {describe, expect, it} from 'vitest';
import {addDays} from '../../../source/dates.js';
import {CostError} from '../../../source/errors.js';
import {amountToNumber} from '../../../source/money.js';
import {DEMO_ACCOUNTS, MANAGEMENT_ACCOUNT_ID, createDemoSource, demoInjectedSpikes} from '../../../source/sources/demo/index.js';
import {earliestDailyDate} from '../../../source/validate.js';
import {TODAY, demoQuery, period, rowsOf} from './demo-query.js';

const source = createDemoSource({today: TODAY});
const lastMonth = period('2026-10-01', '2026-11-01');

describe('demo identity and accounts', () => {
	it('answers as a demo user of the management account', async () => {
		expect(await source.identity()).toMatchObject({account: MANAGEMENT_ACCOUNT_ID, principal: `arn:aws:iam::${MANAGEMENT_ACCOUNT_ID}:user/demo`});
		expect(source.kind).toBe('demo');
	});

	it('lists the linked accounts with their names, the management account among them', async () => {
		const accounts = await source.accounts();
		expect(accounts).toEqual(DEMO_ACCOUNTS.map(({id, name}) => ({id, name})));
		expect(accounts.map(account => account.id)).toContain(MANAGEMENT_ACCOUNT_ID);
	});
});

describe('demo dimensionValues', () => {
	it('lists accounts with their name as description, and searches names too', async () => {
		const all = await source.dimensionValues({dimension: 'LINKED_ACCOUNT', period: lastMonth});
		expect(all).toHaveLength(DEMO_ACCOUNTS.length);
		expect(all.find(value => value.value === '318274650193')!.attributes).toEqual({description: 'Production'});
		const found = await source.dimensionValues({dimension: 'LINKED_ACCOUNT', period: lastMonth, search: 'PROD'});
		expect(found.map(value => value.attributes['description']).sort()).toEqual(['Payments Production', 'Production']);
	});

	it('lists the regions, sorted, and only values with cost in the filtered period', async () => {
		const regions = await source.dimensionValues({dimension: 'REGION', period: lastMonth});
		expect(regions.map(value => value.value)).toEqual(['ap-southeast-2', 'eu-west-1', 'global', 'us-east-1', 'us-west-2']);
		const security = await source.dimensionValues({
			dimension: 'SERVICE',
			period: lastMonth,
			filter: {Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['863019472851']}},
		});
		expect(security.map(value => value.value)).toContain('Amazon GuardDuty');
		expect(security.map(value => value.value)).not.toContain('Amazon Redshift');
		expect(await source.dimensionValues({dimension: 'SERVICE', period: period('2020-01-01', '2020-02-01')})).toEqual([]);
	});

	it('lists a refund only in a period that has one', async () => {
		const recordTypes = async (start: string, end: string) =>
			(await source.dimensionValues({dimension: 'RECORD_TYPE', period: period(start, end)})).map(value => value.value);
		expect(await recordTypes('2026-09-14', '2026-09-15')).toContain('Refund');
		expect(await recordTypes('2026-09-15', '2026-09-20')).not.toContain('Refund');
	});
});

describe('demo forecast', () => {
	const ahead = {start: TODAY, end: '2027-01-01' as typeof TODAY};

	it('projects the recent weekday averages, with bounds around the mean', async () => {
		const forecast = await source.forecast({period: ahead, granularity: 'MONTHLY', metric: 'UnblendedCost', predictionIntervalLevel: 80});
		expect(forecast.unit).toBe('USD');
		expect(forecast.points.map(point => [point.start, point.end])).toEqual([
			[TODAY, '2026-12-01'],
			['2026-12-01', '2027-01-01'],
		]);
		const recent = await rowsOf(source, demoQuery({period: {start: addDays(TODAY, -28), end: TODAY}}));
		const dailyAverage = recent.reduce((sum, row) => sum + amountToNumber(row.amount), 0) / recent.length;
		expect(amountToNumber(forecast.total.mean) / 42).toBeCloseTo(dailyAverage, -1);
		for (const point of [...forecast.points, forecast.total]) {
			expect(point.lower < point.mean && point.mean < point.upper).toBe(true);
		}
	});

	it('widens the interval with the horizon and with the level', async () => {
		const daily = await source.forecast({period: ahead, granularity: 'DAILY', metric: 'UnblendedCost', predictionIntervalLevel: 80});
		const width = (point: {lower: bigint; upper: bigint}) => amountToNumber((point.upper - point.lower) as never);
		expect(daily.points).toHaveLength(42);
		expect(width(daily.points.at(-1)!)).toBeGreaterThan(width(daily.points[0]!) * 1.5);
		const wider = await source.forecast({period: ahead, granularity: 'DAILY', metric: 'UnblendedCost', predictionIntervalLevel: 95});
		expect(width(wider.points[0]!)).toBeGreaterThan(width(daily.points[0]!));
	});

	it.each([
		['a start in the past', {start: addDays(TODAY, -1), end: addDays(TODAY, 5)}, 80],
		['an empty period', {start: addDays(TODAY, 5), end: addDays(TODAY, 5)}, 80],
		['a level of 50', {start: TODAY, end: addDays(TODAY, 5)}, 50],
		['a level of 100', {start: TODAY, end: addDays(TODAY, 5)}, 100],
	])('rejects %s with a CostError', async (_, forecastPeriod, level) => {
		await expect(source.forecast({period: forecastPeriod, granularity: 'DAILY', metric: 'UnblendedCost', predictionIntervalLevel: level})).rejects.toBeInstanceOf(CostError);
	});
});

describe('demo anomalies', () => {
	const history = {start: earliestDailyDate(TODAY), end: addDays(TODAY, 1)};

	it('reports each injected spike with its impact, expected and actual cost, and its line as root cause', async () => {
		const anomalies = await source.anomalies(history);
		const spikes = demoInjectedSpikes(TODAY);
		expect(anomalies).toHaveLength(spikes.length);
		for (const spike of spikes) {
			const anomaly = anomalies.find(candidate => candidate.start === spike.days[0])!;
			expect(anomaly.end).toBe(spike.days.at(-1));
			expect(anomaly.dimensionValue).toBe(spike.service);
			expect(amountToNumber(anomaly.impact)).toBeCloseTo(spike.extraUsd.reduce((sum, extra) => sum + extra, 0), 6);
			expect(anomaly.actual - anomaly.expected).toBe(anomaly.impact);
			expect(anomaly.expected > 0n).toBe(true);
			expect(anomaly.maxScore).toBeGreaterThan(0);
			expect(anomaly.rootCauses).toEqual([{service: spike.service, region: spike.region, account: spike.account, usageType: spike.usageType}]);
		}
	});

	it('reports only the spikes that overlap the period', async () => {
		const [spike] = demoInjectedSpikes(TODAY);
		const last = spike!.days.at(-1)!;
		const touching = await source.anomalies({start: last, end: addDays(last, 1)});
		expect(touching.map(anomaly => anomaly.start)).toEqual([spike!.days[0]]);
		expect(await source.anomalies({start: addDays(last, 1), end: addDays(last, 2)})).toEqual([]);
	});
});
