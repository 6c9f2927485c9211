import {type Budget, type BudgetStatus, budgetFilter, budgetStatus, noDataStatus} from '../analysis/budgets.js';
import {badInput} from '../errors.js';
import {type Metric, metricIsMoney} from '../query.js';
import {dailySeriesFromRows} from '../analysis/daily-series.js';
import type {IsoDate} from '../dates.js';
import type {CostEngine} from '../engine.js';
import {monthForecast, projectionHistory} from './month-projection.js';
import {type InsightRequest, billableCounter, dailyQuery, runInsightQuery} from './insight-request.js';

export interface BudgetReport {
	readonly today: IsoDate;
	readonly statuses: readonly BudgetStatus[];
	readonly billableRequests: number;
}

/** Budgets are in dollars: a usage metric is refused with one line. */
export function refuseUsageMetric(metric: Metric): void {
	if (!metricIsMoney(metric)) throw badInput(`Budgets are in dollars: --metric ${metric} is a usage quantity; use a cost metric (UnblendedCost, AmortizedCost, …).`);
}

/**
 * Each budget against this month: month-to-date from a DAILY query with the
 * budget's filter over the projection history, projected to the month end
 * as `forecast` and the chart project it; "will exceed by $Z on the 24th". Budgets are
 * in dollars, so the metric is the request's (UnblendedCost unless told),
 * and a usage metric is refused. A budget whose filter finds no cost at all
 * says so ("no spend found for SERVICE=S3") instead of "$0.00 spent".
 */
export async function budgetReport(
	engine: CostEngine,
	budgets: readonly Budget[],
	request: Omit<InsightRequest, 'metric'> & {readonly metric?: InsightRequest['metric']},
	today: IsoDate = engine.today,
): Promise<BudgetReport> {
	const billable = billableCounter(engine);
	const history = projectionHistory(today);
	const insight: InsightRequest = {...request, metric: request.metric ?? 'UnblendedCost'};
	refuseUsageMetric(insight.metric);
	const statuses: BudgetStatus[] = [];
	for (const budget of budgets) {
		const result = await runInsightQuery(engine, insight, dailyQuery(insight, history, [], budgetFilter(budget)));
		// Without a group-by Cost Explorer answers every day, with 0 where nothing matched: all zero is no data.
		if (result.rows.every(row => row.amount === 0n)) {
			statuses.push(noDataStatus(budget, today));
			continue;
		}
		const series = dailySeriesFromRows(result.rows, history);
		statuses.push(budgetStatus(budget, series, today, monthForecast(series, today)?.forecast));
	}
	return {today, statuses, billableRequests: billable()};
}
