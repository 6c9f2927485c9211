import {type IsoDate, type Period, addMonths, daysBetween, eachDay, startOfMonth} from '../dates.js';
import {type Amount, amountFromNumber, formatAmount} from '../money.js';
import {type DailyPoint, normalizeSeries} from './daily-series.js';
import {type DailyForecast, type ForecastMethod, forecastDaily, forecastSum} from './forecast.js';
import {Z_80} from './robust-statistics.js';

/** One day of the month: billed (`actual`) or expected (`forecast`). */
export interface MonthDay {
	readonly date: IsoDate;
	readonly amount: number;
	readonly kind: 'actual' | 'forecast';
}

/** The month that contains `today`, day by day, actuals first and forecast after. */
export interface MonthOutlook {
	readonly month: Period;
	readonly days: readonly MonthDay[];
	/** Sum of the complete days of the month before today. */
	readonly monthToDate: number;
	/** The whole month: month-to-date plus the forecast days, with an 80% interval. */
	readonly projected: {readonly mean: number; readonly lower: number; readonly upper: number};
	readonly method: ForecastMethod;
}

/**
 * Splits the month of `today` into billed and forecast days.
 *
 * Today itself counts as a forecast day: Cost Explorer's figure for the
 * current day is partial (it fills in over the next day or so), so it is
 * dropped from the month-to-date and from the data the forecast is fitted
 * on, and today is forecast as a whole day. Days of the series on or after
 * today are ignored for the same reason. Days missing before today (the data
 * stops early) are forecast too. `forecast`, when given, must start the day
 * after the series' last day before today; otherwise one is made.
 */
export function monthOutlook(series: readonly DailyPoint[], today: IsoDate, forecast?: DailyForecast): MonthOutlook {
	const month = {start: startOfMonth(today), end: addMonths(today, 1)};
	const history = normalizeSeries(series).filter(point => point.date < today);
	const actualByDate = new Map(history.map(point => [point.date, point.amount]));
	const lastActual = history.at(-1)?.date;
	const horizon = lastActual ? daysBetween(lastActual, month.end) - 1 : 0;
	const usedForecast = forecast ?? (horizon > 0 ? forecastDaily(history, horizon) : undefined);
	const forecastIndex = new Map(usedForecast?.points.map((point, index) => [point.date, index]) ?? []);

	let monthToDate = 0;
	let firstIndex = Number.POSITIVE_INFINITY;
	let lastIndex = -1;
	const days = eachDay(month).map((date): MonthDay => {
		const actual = actualByDate.get(date);
		if (actual !== undefined && date < today) {
			monthToDate += actual;
			return {date, amount: actual, kind: 'actual'};
		}
		const index = forecastIndex.get(date);
		if (index === undefined) return {date, amount: 0, kind: 'forecast'};
		firstIndex = Math.min(firstIndex, index);
		lastIndex = Math.max(lastIndex, index);
		return {date, amount: usedForecast!.points[index]!.mean, kind: 'forecast'};
	});
	const rest = usedForecast && lastIndex >= 0 ? forecastSum(usedForecast, firstIndex, lastIndex + 1, Z_80) : {mean: 0, lower: 0, upper: 0};
	return {
		month,
		days,
		monthToDate,
		projected: {mean: monthToDate + rest.mean, lower: monthToDate + rest.lower, upper: monthToDate + rest.upper},
		method: usedForecast?.method ?? 'none',
	};
}

/** The month-end projection people read: money as exact amounts, interval at 80%. */
export interface MonthEndProjection {
	readonly month: Period;
	/** The last billed day counted (normally the day before today); undefined when none this month. */
	readonly throughDay: IsoDate | undefined;
	readonly monthToDate: Amount;
	readonly projected: Amount;
	readonly lower: Amount;
	readonly upper: Amount;
	readonly method: ForecastMethod;
}

/**
 * Month-to-date plus the forecast for the rest of the month (today
 * included, as a whole day: see monthOutlook). `series` should reach back
 * several weeks before the month so the forecast has something to learn from.
 */
export function projectMonthEnd(series: readonly DailyPoint[], today: IsoDate, forecast?: DailyForecast): MonthEndProjection {
	const outlook = monthOutlook(series, today, forecast);
	const throughDay = [...outlook.days].reverse().find(day => day.kind === 'actual')?.date;
	return {
		month: outlook.month,
		throughDay,
		monthToDate: amountFromNumber(outlook.monthToDate),
		projected: amountFromNumber(outlook.projected.mean),
		lower: amountFromNumber(outlook.projected.lower),
		upper: amountFromNumber(outlook.projected.upper),
		method: outlook.method,
	};
}

/** "MTD $1,234.56 → projected $3,400.00 (±$120.00)"; the ± is half the 80% interval's width. */
export function formatProjection(projection: MonthEndProjection): string {
	const halfWidth = ((projection.upper - projection.lower) / 2n) as Amount;
	return `MTD ${formatAmount(projection.monthToDate)} → projected ${formatAmount(projection.projected)} (±${formatAmount(halfWidth)})`;
}
