import {badInput} from '../errors.js';
import {type DailyPoint, normalizeSeries} from './daily-series.js';
import {forecastDaily} from './forecast.js';

export interface BacktestOptions {
	/** Days ahead to evaluate; default 7 and 30. */
	readonly horizons?: readonly number[];
	/** History the first forecast may learn from; default 28 days. */
	readonly minimumTrainingDays?: number;
	/** Days between forecast origins; default 7. */
	readonly step?: number;
}

/**
 * How one horizon fared over every origin. Two errors are reported because
 * they answer different questions:
 * - `totalMape`: mean over origins of |Σ forecast − Σ actual| / Σ actual over
 *   the horizon, the error of "what will the next N days cost" (and of a
 *   month-end projection). Origins whose actual total is 0 are skipped.
 * - `dailyMape`: mean over every forecast day of |forecast − actual| / actual,
 *   which also charges the model for getting the weekly shape wrong. Days
 *   whose actual is 0 are skipped.
 * Coverage is the share of forecast days whose actual lies inside the 80% /
 * 95% interval (ideally ≈ 0.8 / 0.95). Figures are null when no origin fit.
 */
export interface HorizonBacktest {
	readonly horizon: number;
	readonly origins: number;
	readonly totalMape: number | null;
	readonly dailyMape: number | null;
	readonly coverage80: number | null;
	readonly coverage95: number | null;
}

export interface ForecastBacktest {
	readonly days: number;
	readonly horizons: readonly HorizonBacktest[];
}

function average(values: readonly number[]): number | null {
	return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function backtestHorizon(values: readonly DailyPoint[], horizon: number, minimumTrainingDays: number, step: number): HorizonBacktest {
	const totalErrors: number[] = [];
	const dailyErrors: number[] = [];
	let inside80 = 0;
	let inside95 = 0;
	let forecastDays = 0;
	let origins = 0;
	// Origins count back from the end so the most recent data is always tested.
	for (let origin = values.length - horizon; origin >= minimumTrainingDays; origin -= step) {
		origins++;
		const points = forecastDaily(values.slice(0, origin), horizon).points;
		let forecastTotal = 0;
		let actualTotal = 0;
		for (const [index, point] of points.entries()) {
			const actual = values[origin + index]!.amount;
			forecastTotal += point.mean;
			actualTotal += actual;
			if (actual !== 0) dailyErrors.push(Math.abs(point.mean - actual) / Math.abs(actual));
			if (actual >= point.lower80 && actual <= point.upper80) inside80++;
			if (actual >= point.lower95 && actual <= point.upper95) inside95++;
			forecastDays++;
		}
		if (actualTotal !== 0) totalErrors.push(Math.abs(forecastTotal - actualTotal) / Math.abs(actualTotal));
	}
	return {
		horizon,
		origins,
		totalMape: average(totalErrors),
		dailyMape: average(dailyErrors),
		coverage80: forecastDays === 0 ? null : inside80 / forecastDays,
		coverage95: forecastDays === 0 ? null : inside95 / forecastDays,
	};
}

/**
 * Rolling-origin evaluation: forecast from successive cut-off days using
 * only the days before each, and compare with what actually happened.
 */
export function runForecastBacktest(series: readonly DailyPoint[], options: BacktestOptions = {}): ForecastBacktest {
	const {horizons = [7, 30], minimumTrainingDays = 28, step = 7} = options;
	for (const value of [...horizons, minimumTrainingDays, step]) {
		if (!Number.isInteger(value) || value < 1) throw badInput(`Backtest horizons, training days and step must be whole numbers ≥ 1, not ${value}.`);
	}
	const values = normalizeSeries(series);
	return {days: values.length, horizons: horizons.map(horizon => backtestHorizon(values, horizon, minimumTrainingDays, step))};
}

/** "7d: total MAPE 4.2%, daily MAPE 9.8%, coverage 81% / 94% (40 origins)". */
export function formatBacktest(result: HorizonBacktest): string {
	const percent = (value: number | null, digits: number) => (value === null ? 'n/a' : `${(value * 100).toFixed(digits)}%`);
	const errors = `total MAPE ${percent(result.totalMape, 1)}, daily MAPE ${percent(result.dailyMape, 1)}`;
	const coverage = `coverage ${percent(result.coverage80, 0)} / ${percent(result.coverage95, 0)}`;
	return `${result.horizon}d: ${errors}, ${coverage} (${result.origins} origins)`;
}
