import {describe, expect, it} from 'vitest';
import {dailySeriesFromRows} from '../../source/analysis/daily-series.js';
import {forecastTool} from '../../source/assistant/tools/forecast.js';
import {budgetReport} from '../../source/insights/budget-report.js';
import {forecastReport} from '../../source/insights/forecast-report.js';
import {formatProjection} from '../../source/analysis/month-outlook.js';
import {monthForecast, projectionHistory} from '../../source/insights/month-projection.js';
import {chartForecast, forecastHistoryPeriod} from '../../source/view/forecast-series.js';
import {amountFromNumber} from '../../source/money.js';
import {TODAY, demoEngine} from './demo-engine.js';

const scope = {source: 'demo'} as const;

describe('one month-end projection for the app, budgets, forecast and the chat', () => {
	it('gives the same figure and interval through every door, whatever the horizon', async () => {
		const engine = demoEngine();
		const forecast = await forecastReport(engine, {scope, metric: 'UnblendedCost'});
		const shortHorizon = await forecastReport(engine, {scope, metric: 'UnblendedCost', horizonDays: 2});
		const budgets = await budgetReport(engine, [{name: 'all', monthlyAmount: 1e9, scope: {}}], {scope});
		const history = forecastHistoryPeriod(TODAY);
		const {rows} = await engine.run({period: history, granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [], scope});
		const chart = chartForecast(dailySeriesFromRows(rows, history), TODAY)!;
		const chat = await forecastTool.run({}, {engine, scope, today: TODAY});

		const projected = forecast.overall.monthEnd;
		expect(history).toEqual(projectionHistory(TODAY));
		expect(forecast.history).toEqual(history);
		expect(chart.projection).toEqual(projected);
		expect(shortHorizon.overall.monthEnd).toEqual(projected);
		expect(budgets.statuses[0]!.projected).toBe(projected.projected);
		expect(budgets.statuses[0]!.spent).toBe(projected.monthToDate);
		expect(chat.text).toContain(formatProjection(projected));
		// The chart's forecast days are the ones the projection adds up.
		expect(chart.days[0]).toBe(TODAY);
		expect(chart.days.at(-1)).toBe('2026-11-30');
	}, 60_000);

	it('has nothing to project without a day of history or a day left', () => {
		expect(monthForecast([], TODAY)).toBeUndefined();
		expect(monthForecast([{date: TODAY, amount: 5}], TODAY)).toBeUndefined();
		expect(monthForecast([{date: '2026-11-24' as never, amount: 5}], TODAY)?.projection.monthToDate).toBe(amountFromNumber(5));
	});
});
