import {describe, expect, it} from 'vitest';
import {type IsoDate, addDays} from '../../source/dates.js';
import {CostError} from '../../source/errors.js';
import {forecastReport} from '../../source/insights/forecast-report.js';
import {amountToNumber, parseAmount} from '../../source/money.js';
import type {ForecastRequest} from '../../source/sources/source.js';
import {TODAY, demoEngine} from './demo-engine.js';
import {COST_EXPLORER_CAPABILITIES} from '../../source/sources/cost-explorer/limits.js';

const base = {scope: {source: 'demo'}, metric: 'UnblendedCost'} as const;

describe('forecastReport on the demo', () => {
	it('forecasts from today to the month end with nested 80% and 95% intervals that widen with the horizon', async () => {
		const report = await forecastReport(demoEngine(), {...base, horizonDays: 30});
		const {points} = report.overall;
		expect(points).toHaveLength(30);
		expect(points[0]!.date).toBe(TODAY);
		expect(points.at(-1)!.date).toBe(addDays(TODAY, 29));
		expect(report.forecastPeriod).toEqual({start: TODAY, end: addDays(TODAY, 30)});
		expect(report.history).toEqual({start: addDays(TODAY, -91), end: TODAY});
		for (const point of points) {
			expect(point.lower95).toBeLessThanOrEqual(point.lower80);
			expect(point.lower80).toBeLessThanOrEqual(point.mean);
			expect(point.mean).toBeLessThanOrEqual(point.upper80);
			expect(point.upper80).toBeLessThanOrEqual(point.upper95);
		}
		const width = (index: number) => points[index]!.upper95 - points[index]!.lower95;
		expect(width(29)).toBeGreaterThan(width(0));
		const {total} = report.overall;
		expect(total.mean).toBeCloseTo(points.reduce((sum, point) => sum + point.mean, 0), 6);
		expect(total.upper95 - total.lower95).toBeGreaterThan(total.upper80 - total.lower80);
		expect(report.costExplorer).toBeNull();
	});

	it('projects the month: month-to-date through yesterday plus the forecast, within its interval', async () => {
		const engine = demoEngine();
		const report = await forecastReport(engine, base);
		expect(report.overall.points).toHaveLength(6);
		const {monthEnd} = report.overall;
		expect(monthEnd.month).toEqual({start: '2026-11-01', end: '2026-12-01'});
		expect(monthEnd.throughDay).toBe('2026-11-24');
		const mtd = await engine.run({period: {start: '2026-11-01' as IsoDate, end: TODAY}, granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [], scope: {source: 'demo'}});
		expect(amountToNumber(monthEnd.monthToDate)).toBeCloseTo(amountToNumber(mtd.total), 2);
		expect(monthEnd.lower).toBeLessThan(monthEnd.projected);
		expect(monthEnd.projected).toBeLessThan(monthEnd.upper);
		expect(report.monthEndText).toMatch(/^MTD \$[\d,]+\.\d\d → projected \$[\d,]+\.\d\d \(±\$[\d,]+\.\d\d\)$/);
	});

	it('forecasts each group, largest first, and the groups add up to about the total', async () => {
		const report = await forecastReport(demoEngine(), {...base, groupBy: {type: 'DIMENSION', key: 'LINKED_ACCOUNT'}});
		const forecasts = report.groups!.forecasts;
		expect(report.groups!.dimension).toBe('LINKED_ACCOUNT');
		expect(forecasts.length).toBeGreaterThan(10);
		expect(forecasts.map(group => group.total.mean)).toEqual([...forecasts.map(group => group.total.mean)].sort((a, b) => b - a));
		const sum = forecasts.reduce((total, group) => total + group.total.mean, 0);
		expect(Math.abs(sum - report.overall.total.mean) / report.overall.total.mean).toBeLessThan(0.05);
	});

	it('asks Cost Explorer too when live, and turns its refusal into a note', async () => {
		const asked: ForecastRequest[] = [];
		const live = demoEngine({
			kind: 'aws',
			capabilities: COST_EXPLORER_CAPABILITIES,
			forecast: async request => {
				asked.push(request);
				return {total: {mean: parseAmount('100'), lower: parseAmount('90'), upper: parseAmount('110')}, points: [], unit: 'USD'};
			},
		});
		const report = await forecastReport(live, {...base, scope: {source: 'aws', account: '318274650193'}, horizonDays: 90});
		expect(report.costExplorer?.status).toBe('ok');
		expect(asked[0]).toMatchObject({granularity: 'DAILY', metric: 'UnblendedCost', predictionIntervalLevel: 80, period: {start: TODAY}});
		expect(asked[0]!.period.end <= '2027-02-25').toBe(true);
		expect(asked[0]!.filter).toEqual({Dimensions: {Key: 'LINKED_ACCOUNT', Values: ['318274650193']}});
		const refusing = demoEngine({
			kind: 'aws',
			capabilities: COST_EXPLORER_CAPABILITIES,
			forecast: () => Promise.reject(new CostError('data-unavailable', 'Not enough history for a forecast yet.')),
		});
		const noted = await forecastReport(refusing, base);
		expect(noted.costExplorer).toEqual({status: 'unavailable', message: 'Not enough history for a forecast yet.'});
		expect(noted.overall.points.length).toBeGreaterThan(0);
		const expired = demoEngine({kind: 'aws',
			capabilities: COST_EXPLORER_CAPABILITIES, forecast: () => Promise.reject(new CostError('sso-expired', 'SSO session expired.'))});
		await expect(forecastReport(expired, base)).rejects.toThrow('SSO session expired.');
	});

	it.each([0, 91, 2.5])('refuses a horizon of %s days', async horizonDays => {
		await expect(forecastReport(demoEngine(), {...base, horizonDays})).rejects.toMatchObject({kind: 'bad-input'});
	});
});
