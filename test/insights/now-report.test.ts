import {describe, expect, it} from 'vitest';
import type {Budget} from '../../source/analysis/budgets.js';
import type {IsoDate} from '../../source/dates.js';
import {budgetReport} from '../../source/insights/budget-report.js';
import {forecastReport} from '../../source/insights/forecast-report.js';
import {spendFigures, topMovers} from '../../source/insights/now-figures.js';
import {nowReport} from '../../source/insights/now-report.js';
import {amountToNumber, parseAmount} from '../../source/money.js';
import type {Metric} from '../../source/query.js';
import {row} from '../fixtures/query-results.js';
import {TODAY, demoEngine} from './demo-engine.js';

const scope = {source: 'demo'} as const;
const metric: Metric = 'UnblendedCost';
const monthly = (start: string, end: string) => ({period: {start: start as IsoDate, end: end as IsoDate}, granularity: 'MONTHLY' as const, metric, groupBy: [], scope});

describe('nowReport on the demo', {timeout: 120_000}, () => {
	it('gives the figures the other commands give: totals, the projection of forecast, the budgets of budgets', async () => {
		const engine = demoEngine();
		const s3: Budget = {name: 'Storage', monthlyAmount: 15000, scope: {service: 'Amazon Simple Storage Service'}};
		const roomy: Budget = {name: 'All', monthlyAmount: 1e7, scope: {}};
		const report = await nowReport(engine, {scope, metric, budgets: [roomy, s3]});
		const total = async (start: string, end: string) => (await engine.run(monthly(start, end))).total;
		expect(report.spend.monthToDate?.amount).toBe(await total('2026-11-01', '2026-11-25'));
		expect(report.spend.sameDaysLastMonth?.amount).toBe(await total('2026-10-01', '2026-10-25'));
		expect(report.spend.lastMonth.amount).toBe(await total('2026-10-01', '2026-11-01'));
		expect(report.spend.today.estimated).toBe(true);
		const forecast = await forecastReport(engine, {scope, metric});
		expect(report.monthEnd).toEqual(forecast.overall.monthEnd);
		const budgets = await budgetReport(engine, [s3], {scope, metric});
		expect(report.budget).toEqual({status: budgets.statuses[0], others: 1});
		expect(report.movers.top).toHaveLength(3);
		expect(report.anomalies.period).toEqual({start: '2026-11-18', end: TODAY});
		expect(report.anomalies.found.map(anomaly => [anomaly.group, anomaly.period.start])).toEqual([['EC2 - Other', '2026-11-18']]);
	});

	it('costs three demo pages (the totals, two of services per day) and refuses a usage metric before any', async () => {
		expect((await nowReport(demoEngine(), {scope, metric, budgets: []})).billableRequests).toBe(3);
		await expect(nowReport(demoEngine(), {scope, metric: 'UsageQuantity', budgets: []})).rejects.toThrow(/Budgets are in dollars/);
	});
});

describe('spendFigures', () => {
	const rows = [
		row('2026-02-27', '2026-02-28', [], '10'),
		row('2026-02-28', '2026-03-01', [], '20'),
		row('2026-03-30', '2026-03-31', [], '5'),
		row('2026-03-31', '2026-04-01', [], '7', true),
	];

	it('compares the month to date with the same days of last month, clipped to its end', () => {
		const figures = spendFigures(rows, '2026-03-31' as IsoDate);
		expect(figures.today).toEqual({period: {start: '2026-03-31', end: '2026-04-01'}, amount: parseAmount('7'), estimated: true});
		expect(figures.yesterday.amount).toBe(parseAmount('5'));
		expect(figures.monthToDate?.period).toEqual({start: '2026-03-01', end: '2026-03-31'});
		expect(figures.sameDaysLastMonth).toEqual({period: {start: '2026-02-01', end: '2026-03-01'}, amount: parseAmount('30'), estimated: false});
		expect(figures.lastMonth.amount).toBe(parseAmount('30'));
	});

	it('has no month to date on the 1st, and no data is null, not zero', () => {
		const figures = spendFigures(rows, '2026-04-01' as IsoDate);
		expect(figures.monthToDate).toBeNull();
		expect(figures.sameDaysLastMonth).toBeNull();
		expect(figures.today.amount).toBeNull();
		expect(amountToNumber(figures.lastMonth.amount!)).toBe(12);
	});
});

describe('topMovers', () => {
	it('ranks by the size of the change, either way, and leaves out what did not move', () => {
		const rows = [
			row('2026-11-23', '2026-11-24', ['A'], '10'),
			row('2026-11-24', '2026-11-25', ['A'], '11'),
			row('2026-11-23', '2026-11-24', ['B'], '50'),
			row('2026-11-24', '2026-11-25', ['B'], '20'),
			row('2026-11-24', '2026-11-25', ['C'], '5'),
			row('2026-11-23', '2026-11-24', ['D'], '3'),
			row('2026-11-24', '2026-11-25', ['D'], '3'),
			row('2026-11-22', '2026-11-23', ['E'], '900'),
		];
		const movers = topMovers(rows, '2026-11-23' as IsoDate, '2026-11-24' as IsoDate, 3);
		expect(movers.map(mover => [mover.key, amountToNumber(mover.change)])).toEqual([
			['B', -30],
			['C', 5],
			['A', 1],
		]);
		expect(topMovers(rows, '2026-11-23' as IsoDate, '2026-11-24' as IsoDate, 1)).toHaveLength(1);
	});
});
