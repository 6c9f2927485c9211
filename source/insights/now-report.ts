import {type CostAnomaly, detectGroupAnomalies} from '../analysis/anomalies.js';
import {type Budget, type BudgetStatus, budgetStatus, noDataStatus} from '../analysis/budgets.js';
import {dailySeriesByGroup, dailySeriesFromRows} from '../analysis/daily-series.js';
import {type MonthEndProjection, projectMonthEnd} from '../analysis/month-outlook.js';
import {type IsoDate, type Period, addDays} from '../dates.js';
import type {CostEngine} from '../engine.js';
import type {Metric} from '../query.js';
import {mostUrgentBudget} from '../view/budget-summary.js';
import {budgetReport, refuseUsageMetric} from './budget-report.js';
import {type InsightRequest, billableCounter, dailyQuery, runInsightQuery} from './insight-request.js';
import {monthForecast, projectionHistory} from './month-projection.js';
import {type Mover, type SpendFigures, spendFigures, spendWindow, topMovers} from './now-figures.js';

/** The week `now` reports anomalies in. */
export const NOW_ANOMALY_DAYS = 7;
/** Four weeks before it: the least history the detector judges a day on, so the per-service query stays one or two pages. */
export const NOW_BASELINE_DAYS = 28;
export const NOW_MOVER_COUNT = 3;
/** Anomalies listed; the rest are counted. */
export const NOW_ANOMALY_COUNT = 5;

export interface NowRequest extends Omit<InsightRequest, 'filter'> {
	readonly budgets: readonly Budget[];
}

export interface NowReport {
	readonly today: IsoDate;
	readonly metric: Metric;
	readonly unit: string;
	readonly spend: SpendFigures;
	/** The same month-end projection as `forecast`, `budgets` and the chart; undefined without history. */
	readonly monthEnd: MonthEndProjection | undefined;
	readonly movers: {readonly previousDay: IsoDate; readonly currentDay: IsoDate; readonly top: readonly Mover[]};
	readonly anomalies: {readonly period: Period; readonly baseline: Period; readonly found: readonly CostAnomaly[]; readonly more: number};
	/** The most urgent budget (exceeded, then soonest to exceed, then closest to its limit) and how many others there are. */
	readonly budget: {readonly status: BudgetStatus; readonly others: number} | null;
	readonly billableRequests: number;
}

/** Budgets over the whole bill read the totals already fetched; a scoped one asks with its own filter (the `budgets` command's query, so a cached one is free). */
async function budgetStatuses(engine: CostEngine, request: NowRequest, totals: ReturnType<typeof dailySeriesFromRows>, noSpend: boolean): Promise<BudgetStatus[]> {
	const today = engine.today;
	const whole = request.budgets.filter(({scope}) => scope.account === undefined && scope.service === undefined && scope.tag === undefined);
	const scoped = request.budgets.filter(budget => !whole.includes(budget));
	const forecast = monthForecast(totals, today)?.forecast;
	const statuses = whole.map(budget => (noSpend ? noDataStatus(budget, today) : budgetStatus(budget, totals, today, forecast)));
	if (scoped.length > 0) statuses.push(...(await budgetReport(engine, scoped, request)).statuses);
	return statuses;
}

/**
 * The one-shot summary: today so far, yesterday, the month to date against
 * the same days of last month, last month, the month-end projection, the
 * top movers since the day before, the week's anomalies per service and the
 * most urgent budget. Two DAILY queries feed it: the totals over the
 * projection's 13 weeks up to today, and the cost per service over the week
 * and the four weeks before. A budget scoped to a service, account or tag
 * costs one more query, as in `aws-cost budgets`.
 */
export async function nowReport(engine: CostEngine, request: NowRequest): Promise<NowReport> {
	refuseUsageMetric(request.metric);
	const today = engine.today;
	const billable = billableCounter(engine);
	const history = projectionHistory(today);
	const week: Period = {start: addDays(today, -NOW_ANOMALY_DAYS), end: today};
	const baseline: Period = {start: addDays(week.start, -NOW_BASELINE_DAYS), end: week.start};
	// One after the other: the second waits for a rate-limit slot anyway, and the order stays the same.
	const totals = await runInsightQuery(engine, request, dailyQuery(request, spendWindow(today, history.start)));
	const services = await runInsightQuery(engine, request, dailyQuery(request, {start: baseline.start, end: today}, [{type: 'DIMENSION', key: 'SERVICE'}]));
	const series = dailySeriesFromRows(totals.rows, history);
	const monthEnd = totals.empty ? undefined : (monthForecast(series, today)?.projection ?? projectMonthEnd(series, today));
	const noSpend = totals.rows.filter(row => row.start.slice(0, 10) < today).every(row => row.amount === 0n);
	const found = detectGroupAnomalies(dailySeriesByGroup(services.rows, 0, {start: baseline.start, end: today}), {reportFrom: week.start});
	const statuses = await budgetStatuses(engine, request, series, noSpend);
	const urgent = mostUrgentBudget(statuses);
	const yesterday = addDays(today, -1);
	return {
		today,
		metric: request.metric,
		unit: totals.unit,
		spend: spendFigures(totals.rows, today),
		monthEnd,
		movers: {previousDay: addDays(yesterday, -1), currentDay: yesterday, top: topMovers(services.rows, addDays(yesterday, -1), yesterday, NOW_MOVER_COUNT)},
		anomalies: {period: week, baseline, found: found.slice(0, NOW_ANOMALY_COUNT), more: Math.max(0, found.length - NOW_ANOMALY_COUNT)},
		budget: urgent === undefined ? null : {status: urgent, others: statuses.length - 1},
		billableRequests: billable(),
	};
}
