import {forecastDaily, forecastSum} from '../../analysis/forecast.js';
import {type IsoDate, addDays, daysBetween, maxDate} from '../../dates.js';
import {badInput} from '../../errors.js';
import {amountFromNumber, amountToNumber} from '../../money.js';
import {type CostQuery, metricIsMoney} from '../../query.js';
import type {CostRow} from '../../rows.js';
import {normalQuantile} from '../demo/forecast.js';
import type {ForecastRequest, ForecastResult} from '../source.js';

/** Days of history a forecast learns from: eight weeks, so the weekly pattern shows twice over. */
const LEARNING_DAYS = 56;

/**
 * A forecast from the export's own daily history (exports hold no forecast):
 * the same local model `aws-cost forecast` uses, from the export's last day
 * to the end of the requested period.
 */
export async function exportForecast(request: ForecastRequest, dataEnd: IsoDate, history: (query: CostQuery) => Promise<CostRow[]>): Promise<ForecastResult> {
	if (!metricIsMoney(request.metric)) throw badInput(`Forecasts are of cost, not ${request.metric}.`);
	if (request.period.end <= dataEnd) throw badInput(`The export already holds ${request.period.end}: forecast a period that ends after ${addDays(dataEnd, -1)}.`);
	const rows = await history({
		period: {start: addDays(dataEnd, -LEARNING_DAYS), end: dataEnd},
		granularity: 'DAILY',
		metric: request.metric,
		groupBy: [],
		...(request.filter === undefined ? {} : {filter: request.filter}),
		scope: {source: 'export'},
	});
	const forecast = forecastDaily(rows.map(row => ({date: row.start as IsoDate, amount: amountToNumber(row.amount)})), daysBetween(dataEnd, request.period.end));
	const from = daysBetween(dataEnd, maxDate(request.period.start, dataEnd));
	const z = normalQuantile(0.5 + request.predictionIntervalLevel / 200);
	const total = forecastSum(forecast, from, forecast.points.length, z);
	const spread = (index: number): number => z * forecast.sigma * Math.sqrt(forecast.errorWeights.slice(0, index + 1).reduce((sum, weight) => sum + weight * weight, 0));
	return {
		total: {mean: amountFromNumber(total.mean), lower: amountFromNumber(total.lower), upper: amountFromNumber(total.upper)},
		points: forecast.points.slice(from).map((point, offset) => ({
			start: point.date,
			end: addDays(point.date, 1),
			mean: amountFromNumber(point.mean),
			lower: amountFromNumber(Math.max(0, point.mean - spread(from + offset))),
			upper: amountFromNumber(point.mean + spread(from + offset)),
		})),
		unit: 'USD',
	};
}
