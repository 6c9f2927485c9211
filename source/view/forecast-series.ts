import type {DailyPoint} from '../analysis/daily-series.js';
import type {MonthEndProjection} from '../analysis/month-outlook.js';
import {type IsoDate, type Period, addDays} from '../dates.js';
import {monthForecast, projectionHistory} from '../insights/month-projection.js';
import type {Granularity, Metric} from '../query.js';
import type {ChartData} from './chart-series.js';

/** The rest of the month of today, day by day, with the 80% interval. */
export interface ChartForecast {
	/** From the first day not billed in full (normally today) to the month's last day. */
	readonly days: readonly IsoDate[];
	readonly mean: readonly number[];
	readonly lower80: readonly number[];
	readonly upper80: readonly number[];
	/** "MTD $X → projected $Y (±$Z)" comes from this. */
	readonly projection: MonthEndProjection;
}

/**
 * Whether the view gets a forecast: daily buckets of a money metric over a
 * period that reaches today, charting the view's total (not one cursor row).
 */
export function viewHasForecast(view: {period: Period; granularity: Granularity; metric: Metric; chartFollowsCursor: boolean}, today: IsoDate): boolean {
	return (
		view.granularity === 'DAILY' &&
		view.metric !== 'UsageQuantity' &&
		!view.chartFollowsCursor &&
		view.period.start <= today &&
		view.period.end > today
	);
}

/** The days of daily totals the forecast is fitted on: the projection history every month-end figure uses. */
export const forecastHistoryPeriod = (today: IsoDate): Period => projectionHistory(today);

/**
 * Forecasts the total from the first day after `history` (the daily totals
 * before today) to the end of today's month; undefined with no history.
 */
export function chartForecast(history: readonly DailyPoint[], today: IsoDate): ChartForecast | undefined {
	const made = monthForecast(history, today);
	if (made === undefined) return undefined;
	const {forecast, projection} = made;
	return {
		days: forecast.points.map(point => point.date),
		mean: forecast.points.map(point => point.mean),
		lower80: forecast.points.map(point => point.lower80),
		upper80: forecast.points.map(point => point.upper80),
		projection,
	};
}

export type PlotRole = 'actual' | 'forecast' | 'band';

/** A chart line on the extended time axis; null where it has no point. */
export interface RoleLine {
	readonly role: PlotRole;
	/** The chart series it belongs to (the forecast and band belong to the total, 0). */
	readonly seriesIndex: number;
	readonly values: readonly (number | null)[];
}

/** The chart's time axis extended by the forecast days, and every line on it, in drawing order. */
export interface ChartPlot {
	readonly buckets: readonly string[];
	readonly lines: readonly RoleLine[];
}

/**
 * Puts the chart and its forecast on one time axis: the forecast days
 * after the view's last bucket are appended; the forecast mean and its 80%
 * bounds start from the total's last billed day before the forecast (so
 * the line continues) and cover every forecast day, today included, where
 * they sit beside today's partial figure. Bands are drawn first, actuals
 * last, so billed days stay on top.
 */
export function chartPlot(chart: ChartData, forecast: ChartForecast | undefined): ChartPlot {
	const actual = chart.series.map((series, seriesIndex): RoleLine => ({role: 'actual', seriesIndex, values: series.values}));
	// The forecast continues the total; a chart in several units has none.
	const total = chart.mixedUnits ? undefined : chart.series[0];
	if (forecast === undefined || total === undefined || forecast.days.length === 0) {
		return {buckets: chart.buckets, lines: actual};
	}
	const days = chart.buckets.map(bucket => bucket.slice(0, 10));
	const lastBucket = days.at(-1) ?? '';
	const buckets = [...chart.buckets, ...forecast.days.filter(day => day > lastBucket)];
	const position = new Map(buckets.map((bucket, index) => [bucket.slice(0, 10), index]));
	const connector = days.lastIndexOf(addDays(forecast.days[0]!, -1));
	const along = (figures: readonly number[]): (number | null)[] => {
		const values: (number | null)[] = buckets.map(() => null);
		if (connector >= 0) values[connector] = total.values[connector] ?? null;
		for (const [index, day] of forecast.days.entries()) {
			const at = position.get(day);
			if (at !== undefined) values[at] = figures[index]!;
		}
		return values;
	};
	const padded = actual.map(line => ({...line, values: [...line.values, ...buckets.slice(chart.buckets.length).map(() => null)]}));
	return {
		buckets,
		lines: [
			{role: 'band', seriesIndex: 0, values: along(forecast.lower80)},
			{role: 'band', seriesIndex: 0, values: along(forecast.upper80)},
			{role: 'forecast', seriesIndex: 0, values: along(forecast.mean)},
			...padded,
		],
	};
}
