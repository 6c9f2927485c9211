import {type IsoDate, addDays} from '../dates.js';
import {badInput} from '../errors.js';
import {amountFromNumber} from '../money.js';
import type {ForecastResult} from '../sources/source.js';
import {type DailyPoint, normalizeSeries} from './daily-series.js';
import type {FittedModel, ForecastMethod} from './fitted-model.js';
import {holtWintersModel} from './holt-winters.js';
import {Z_80, Z_95} from './robust-statistics.js';
import {flatModel, meanModel, seasonalNaiveModel} from './simple-models.js';

export type {ForecastMethod} from './fitted-model.js';

/** One forecast day; all figures are ≥ 0 and lower95 ≤ lower80 ≤ mean ≤ upper80 ≤ upper95. */
export interface DailyForecastPoint {
	readonly date: IsoDate;
	readonly mean: number;
	readonly lower80: number;
	readonly upper80: number;
	readonly lower95: number;
	readonly upper95: number;
}

export interface DailyForecast {
	readonly method: ForecastMethod;
	/** The days after the series' last day; empty when the series was. */
	readonly points: readonly DailyForecastPoint[];
	/** What the intervals are built from; see FittedModel. */
	readonly sigma: number;
	readonly errorWeights: readonly number[];
}

/** An interval around a sum of forecast days. */
export interface ForecastSum {
	readonly mean: number;
	readonly lower: number;
	readonly upper: number;
}

function fitModel(values: readonly number[], horizon: number): FittedModel | undefined {
	if (values.length === 0) return undefined;
	if (values.length <= 2) return flatModel(values, horizon);
	if (values.length < 7) return meanModel(values, horizon);
	if (values.length < 14) return seasonalNaiveModel(values, horizon);
	return holtWintersModel(values, horizon);
}

/**
 * Forecasts the `horizon` days after the series: additive damped
 * Holt-Winters with weekly seasonality from two full weeks on, seasonal
 * naive from one week, the mean from three days, flat from one or two, and
 * nothing for none. Costs cannot be negative, so the mean and lower bounds
 * are clipped at zero.
 */
export function forecastDaily(series: readonly DailyPoint[], horizon: number): DailyForecast {
	if (!Number.isInteger(horizon) || horizon < 1) throw badInput(`A forecast horizon must be a whole number of days ≥ 1, not ${horizon}.`);
	const days = normalizeSeries(series);
	const model = fitModel(
		days.map(point => point.amount),
		horizon,
	);
	const last = days.at(-1);
	if (!model || !last) return {method: 'none', points: [], sigma: 0, errorWeights: []};
	let cumulativeWeight = 0;
	const points = model.means.map((rawMean, index) => {
		cumulativeWeight += model.errorWeights[index]! ** 2;
		const spread = model.sigma * Math.sqrt(cumulativeWeight);
		return {
			date: addDays(last.date, index + 1),
			mean: Math.max(0, rawMean),
			lower80: Math.max(0, rawMean - Z_80 * spread),
			upper80: Math.max(0, rawMean + Z_80 * spread),
			lower95: Math.max(0, rawMean - Z_95 * spread),
			upper95: Math.max(0, rawMean + Z_95 * spread),
		};
	});
	return {method: model.method, points, sigma: model.sigma, errorWeights: model.errorWeights};
}

/** One forecast per group (service, account …), each from its own series. */
export function forecastGroups(groups: ReadonlyMap<string, readonly DailyPoint[]>, horizon: number): Map<string, DailyForecast> {
	const forecasts = new Map<string, DailyForecast>();
	for (const [key, series] of groups) forecasts.set(key, forecastDaily(series, horizon));
	return forecasts;
}

/**
 * The sum of forecast days `from` … `to` − 1 (indexes into points) with a
 * two-sided interval at normal quantile `z`. Days share innovations, so the
 * variance is not the sum of the days' variances: innovation k enters every
 * day h ≥ k with weight ψ_{h−k}, giving Var = σ²·Σ_k (Σ_{h} ψ_{h−k})².
 */
export function forecastSum(forecast: DailyForecast, from: number, to: number, z = Z_80): ForecastSum {
	const start = Math.max(0, from);
	const end = Math.min(forecast.points.length, to);
	let mean = 0;
	for (let h = start; h < end; h++) mean += forecast.points[h]!.mean;
	let variance = 0;
	for (let k = 0; k < end; k++) {
		let weight = 0;
		for (let h = Math.max(start, k); h < end; h++) weight += forecast.errorWeights[h - k] ?? 0;
		variance += weight * weight;
	}
	const spread = z * forecast.sigma * Math.sqrt(variance);
	return {mean, lower: Math.max(0, mean - spread), upper: mean + spread};
}

/**
 * The forecast in the shape Cost Explorer's GetCostForecast answers in, so a
 * local forecast and a remote one render the same way.
 */
export function toForecastResult(forecast: DailyForecast, level: 80 | 95 = 80, unit = 'USD'): ForecastResult {
	const lowerOf = (point: DailyForecastPoint) => (level === 80 ? point.lower80 : point.lower95);
	const upperOf = (point: DailyForecastPoint) => (level === 80 ? point.upper80 : point.upper95);
	const total = forecastSum(forecast, 0, forecast.points.length, level === 80 ? Z_80 : Z_95);
	return {
		total: {mean: amountFromNumber(total.mean), lower: amountFromNumber(total.lower), upper: amountFromNumber(total.upper)},
		points: forecast.points.map(point => ({
			start: point.date,
			end: addDays(point.date, 1),
			mean: amountFromNumber(point.mean),
			lower: amountFromNumber(lowerOf(point)),
			upper: amountFromNumber(upperOf(point)),
		})),
		unit,
	};
}
