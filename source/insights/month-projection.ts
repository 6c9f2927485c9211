import {type DailyPoint, normalizeSeries} from '../analysis/daily-series.js';
import {type DailyForecast, forecastDaily} from '../analysis/forecast.js';
import {type MonthEndProjection, projectMonthEnd} from '../analysis/month-outlook.js';
import {type IsoDate, type Period, addDays, addMonths, daysBetween} from '../dates.js';

/** 13 weeks: enough for the weekly pattern and the trend, short enough to follow a change. */
export const PROJECTION_HISTORY_DAYS = 91;

/**
 * The daily history every month-end projection learns from (the chart's
 * band, `budgets`, `forecast`, the chat): the 13 weeks before today, today
 * left out (its figure is partial). One window, so one figure everywhere.
 */
export function projectionHistory(today: IsoDate): Period {
	return {start: addDays(today, -PROJECTION_HISTORY_DAYS), end: today};
}

/** The forecast of the rest of today's month and the month-end projection made from it. */
export interface MonthForecast {
	/** From the first day not billed in full (normally today) to the month's last day. */
	readonly forecast: DailyForecast;
	readonly projection: MonthEndProjection;
}

/**
 * The one month-end projection: daily amounts before today, forecast from
 * the day after the last of them to the month end, added to the month to
 * date. Undefined without a day of history or a day left to forecast.
 */
export function monthForecast(series: readonly DailyPoint[], today: IsoDate): MonthForecast | undefined {
	const before = normalizeSeries(series).filter(point => point.date < today);
	const last = before.at(-1);
	if (last === undefined) return undefined;
	const horizon = daysBetween(last.date, addMonths(today, 1)) - 1;
	if (horizon < 1) return undefined;
	const forecast = forecastDaily(before, horizon);
	if (forecast.points.length === 0) return undefined;
	return {forecast, projection: projectMonthEnd(before, today, forecast)};
}
