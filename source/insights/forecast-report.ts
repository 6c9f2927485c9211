import {dailySeriesByGroup, dailySeriesFromRows} from '../analysis/daily-series.js';
import type {DailyPoint} from '../analysis/daily-series.js';
import {type DailyForecast, forecastDaily, forecastSum} from '../analysis/forecast.js';
import {type MonthEndProjection, formatProjection, projectMonthEnd} from '../analysis/month-outlook.js';
import {Z_80, Z_95} from '../analysis/robust-statistics.js';
import {type IsoDate, type Period, addDays, addMonths, daysBetween, minDate, sameDayMonthsLater} from '../dates.js';
import type {CostEngine} from '../engine.js';
import {badInput} from '../errors.js';
import {type GroupBy, type Metric, groupByLabel, metricIsMoney} from '../query.js';
import type {ForecastResult} from '../sources/source.js';
import {PROJECTION_HISTORY_DAYS, monthForecast, projectionHistory} from './month-projection.js';
import {type InsightRequest, type Outcome, askOptionsOf, billableCounter, dailyQuery, filterWithAccount, optional, runInsightQuery} from './insight-request.js';

/** The forecast learns from the same 13 weeks as every month-end projection. */
export const FORECAST_HISTORY_DAYS = PROJECTION_HISTORY_DAYS;
export const MAX_FORECAST_HORIZON_DAYS = 90;

export interface ForecastReportRequest extends InsightRequest {
	/** Days to forecast from today on; default: through the end of this month. */
	readonly horizonDays?: number;
	/** One dimension to forecast each group of, besides the total. */
	readonly groupBy?: GroupBy;
}

/** A sum of forecast days with both intervals. */
export interface IntervalFigures {
	readonly mean: number;
	readonly lower80: number;
	readonly upper80: number;
	readonly lower95: number;
	readonly upper95: number;
}

/** The model's forecast (today first; today counts as a forecast day because its figure is still partial), so forecastSum can add up any run of its days. */
export interface SeriesForecast extends DailyForecast {
	readonly total: IntervalFigures;
	readonly monthEnd: MonthEndProjection;
}

export interface GroupForecast extends SeriesForecast {
	readonly key: string;
	/** What the group cost over the history, to read the forecast against. */
	readonly historyTotal: number;
}

export interface ForecastReport {
	readonly today: IsoDate;
	readonly metric: Metric;
	readonly unit: string;
	/** The days the model learnt from (today excluded). */
	readonly history: Period;
	readonly forecastPeriod: Period;
	readonly overall: SeriesForecast;
	/** "MTD $X → projected $Y (±$Z)" for the whole scope. */
	readonly monthEndText: string;
	/** Per group, largest forecast first; null when no group-by was asked for. */
	readonly groups: {readonly dimension: string; readonly forecasts: readonly GroupForecast[]} | null;
	/** Cost Explorer's own forecast (80% interval) when live; null on the demo. */
	readonly costExplorer: Outcome<ForecastResult> | null;
	readonly billableRequests: number;
}

function intervalFigures(forecast: DailyForecast): IntervalFigures {
	const at80 = forecastSum(forecast, 0, forecast.points.length, Z_80);
	const at95 = forecastSum(forecast, 0, forecast.points.length, Z_95);
	return {mean: at80.mean, lower80: at80.lower, upper80: at80.upper, lower95: at95.lower, upper95: at95.upper};
}

function seriesForecast(series: readonly DailyPoint[], today: IsoDate, horizon: number): SeriesForecast {
	const forecast = forecastDaily(series, horizon);
	// The month end is the one projection the chart and budgets show too, whatever the horizon.
	const monthEnd = monthForecast(series, today)?.projection ?? projectMonthEnd(series, today);
	return {...forecast, total: intervalFigures(forecast), monthEnd};
}

/** The horizon asked for, or through the end of the month; 1 to 90 days. */
export function resolveHorizon(today: IsoDate, horizonDays: number | undefined): number {
	const toMonthEnd = daysBetween(today, addMonths(today, 1));
	const horizon = horizonDays ?? toMonthEnd;
	if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_FORECAST_HORIZON_DAYS) {
		throw badInput(`--horizon ${horizonDays} is not a whole number of days from 1 to ${MAX_FORECAST_HORIZON_DAYS}.`);
	}
	return horizon;
}

async function costExplorerForecast(engine: CostEngine, request: ForecastReportRequest, period: Period): Promise<Outcome<ForecastResult> | null> {
	const {native, limits} = engine.capabilities;
	if (!native.forecast) return null;
	if (!metricIsMoney(request.metric)) {
		return {status: 'unavailable', message: `${limits.keeper} forecasts cost metrics only, not ${request.metric}.`};
	}
	const filter = filterWithAccount(request);
	// CE refuses DAILY forecasts beyond 3 months; ours may reach a day or two further.
	const reach = limits.forecastMonths?.DAILY;
	const end = reach === undefined ? period.end : minDate(period.end, sameDayMonthsLater(engine.today, reach));
	return optional(() =>
		engine.forecast(
			{period: {start: period.start, end}, granularity: 'DAILY', metric: request.metric, predictionIntervalLevel: 80, ...(filter === undefined ? {} : {filter})},
			askOptionsOf(request),
		),
	);
}

/**
 * Forecasts daily cost from today on, with 80% and 95% intervals, for the
 * scope and, with `groupBy`, for each group; projects the month end; and,
 * when live, asks Cost Explorer's own forecast as well, labelled. A failure
 * of Cost Explorer's forecast (too little history, a metric it does not
 * forecast) is a note, not a failure of the report. One DAILY query (grouped
 * when asked) feeds everything local.
 */
export async function forecastReport(engine: CostEngine, request: ForecastReportRequest): Promise<ForecastReport> {
	const today = engine.today;
	const horizon = resolveHorizon(today, request.horizonDays);
	const billable = billableCounter(engine);
	const history = projectionHistory(today);
	const forecastPeriod: Period = {start: today, end: addDays(today, horizon)};
	const result = await runInsightQuery(engine, request, dailyQuery(request, history, request.groupBy ? [request.groupBy] : []));
	refuseMixedUnits(request.metric, result.rows);
	const overall = seriesForecast(dailySeriesFromRows(result.rows, history), today, horizon);
	const groups =
		request.groupBy === undefined
			? null
			: {
					dimension: groupByLabel(request.groupBy),
					forecasts: [...dailySeriesByGroup(result.rows, 0, history)]
						.map(([key, series]) => ({
							key,
							historyTotal: series.reduce((sum, point) => sum + point.amount, 0),
							...seriesForecast(series, today, horizon),
						}))
						.sort((a, b) => b.total.mean - a.total.mean || (a.key < b.key ? -1 : 1)),
				};
	const costExplorer = await costExplorerForecast(engine, request, forecastPeriod);
	return {
		today,
		metric: request.metric,
		unit: result.unit,
		history,
		forecastPeriod,
		overall,
		monthEndText: formatProjection(overall.monthEnd),
		groups,
		costExplorer,
		billableRequests: billable(),
	};
}

/** A sum of GB and hours means nothing, so neither does its forecast: one quantity at a time. */
function refuseMixedUnits(metric: string, rows: readonly {readonly unit: string}[]): void {
	const units = new Set(rows.map(row => row.unit));
	if (units.size <= 1 && !units.has('N/A')) return;
	const named = [...units].filter(unit => unit !== 'N/A');
	throw badInput(
		`${metric} mixes units here${named.length > 1 ? ` (${named.slice(0, 4).join(', ')}${named.length > 4 ? ', …' : ''})` : ''}: ` +
			'narrow it to one quantity with --filter USAGE_TYPE=… to forecast it.',
	);
}
