import type {FittedModel} from './fitted-model.js';
import {mean, standardDeviation} from './robust-statistics.js';

const SEASON = 7;

/**
 * Repeats the last week. Its h-step error is the sum of one innovation per
 * whole week ahead (Hyndman & Athanasopoulos, FPP3 §5.5: σ_h = σ·√(k + 1),
 * k = ⌊(h − 1)/7⌋), hence ψ_j = 1 on whole weeks and 0 otherwise.
 */
export function seasonalNaiveModel(values: readonly number[], horizon: number): FittedModel {
	const n = values.length;
	const seasonalErrors: number[] = [];
	for (let t = SEASON; t < n; t++) seasonalErrors.push(values[t]! - values[t - SEASON]!);
	// With fewer than three week-on-week differences their spread says little; use the spread of the days.
	const sigma =
		seasonalErrors.length >= 3
			? Math.sqrt(seasonalErrors.reduce((sum, error) => sum + error * error, 0) / seasonalErrors.length)
			: standardDeviation(values);
	const means = Array.from({length: horizon}, (_, index) => values[n - SEASON + (index % SEASON)]!);
	const errorWeights = Array.from({length: horizon}, (_, j) => (j % SEASON === 0 ? 1 : 0));
	return {method: 'seasonal-naive', means, sigma, errorWeights};
}

/**
 * The mean of the days, for a few days short of a week. Variance of a new
 * day around an estimated mean is σ²·(1 + 1/n) at every horizon (FPP3 §5.5).
 */
export function meanModel(values: readonly number[], horizon: number): FittedModel {
	const sigma = standardDeviation(values) * Math.sqrt(1 + 1 / values.length);
	return {method: 'mean', means: Array.from({length: horizon}, () => mean(values)), sigma, errorWeights: [1, ...Array.from({length: horizon - 1}, () => 0)]};
}

/**
 * One or two days: carry their mean forward. Nothing is known about the
 * spread yet, so assume a day varies by at least 10% of its level and let
 * the uncertainty grow as a random walk (ψ_j = 1, σ_h = σ·√h).
 */
export function flatModel(values: readonly number[], horizon: number): FittedModel {
	const level = mean(values);
	const sigma = Math.max(standardDeviation(values), 0.1 * Math.abs(level));
	return {method: 'flat', means: Array.from({length: horizon}, () => level), sigma, errorWeights: Array.from({length: horizon}, () => 1)};
}
