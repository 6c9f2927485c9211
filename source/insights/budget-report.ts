import {type Budget, type BudgetStatus, budgetFilter, budgetStatus} from '../analysis/budgets.js';
import {dailySeriesFromRows} from '../analysis/daily-series.js';
import {type IsoDate, type Period, addDays, startOfMonth} from '../dates.js';
import type {CostEngine} from '../engine.js';
import {type InsightRequest, billableCounter, dailyQuery, runInsightQuery} from './insight-request.js';

/** Weeks before the month the forecast learns from. */
export const BUDGET_HISTORY_WEEKS = 8;

export interface BudgetReport {
	readonly today: IsoDate;
	readonly statuses: readonly BudgetStatus[];
	readonly billableRequests: number;
}

/**
 * Each budget against this month: month-to-date from a DAILY query with the
 * budget's filter (and a few weeks before the month for the forecast),
 * projected to the month end; "will exceed by $Z on the 24th". Budgets are
 * in dollars, so the metric is the request's (UnblendedCost unless told).
 */
export async function budgetReport(
	engine: CostEngine,
	budgets: readonly Budget[],
	request: Omit<InsightRequest, 'metric'> & {readonly metric?: InsightRequest['metric']},
	today: IsoDate = engine.today,
): Promise<BudgetReport> {
	const billable = billableCounter(engine);
	const history: Period = {start: addDays(startOfMonth(today), -7 * BUDGET_HISTORY_WEEKS), end: today};
	const insight: InsightRequest = {...request, metric: request.metric ?? 'UnblendedCost'};
	const statuses: BudgetStatus[] = [];
	for (const budget of budgets) {
		const result = await runInsightQuery(engine, insight, dailyQuery(insight, history, [], budgetFilter(budget)));
		statuses.push(budgetStatus(budget, dailySeriesFromRows(result.rows, history), today));
	}
	return {today, statuses, billableRequests: billable()};
}
