import type {FittedModel} from './fitted-model.js';

const SEASON = 7;

/** Smoothing parameters in the state-space (ETS) form: b_t = φ·b_{t−1} + β·e_t. */
export interface HoltWintersParameters {
	readonly alpha: number;
	readonly beta: number;
	readonly gamma: number;
	readonly phi: number;
}

interface HoltWintersState {
	level: number;
	trend: number;
	/** Indexed by t mod 7, so the day a value applies to never needs tracking. */
	readonly seasonal: number[];
}

const ALPHAS = [0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8];
const BETAS = [0, 0.01, 0.03, 0.1];
const GAMMAS = [0, 0.05, 0.1, 0.2, 0.35];
const PHIS = [0.8, 0.9, 0.95, 0.98];

/**
 * Classical start: level and trend from the means of the first two weeks,
 * weekday effects from the first two weeks' deviations from that line. The
 * state is placed at t = −1 so that filtering starts with the first day.
 */
function initialState(values: readonly number[]): HoltWintersState {
	const weekMean = (week: number) => {
		let sum = 0;
		for (let day = 0; day < SEASON; day++) sum += values[week * SEASON + day]!;
		return sum / SEASON;
	};
	const first = weekMean(0);
	const trend = (weekMean(1) - first) / SEASON;
	const line = (t: number) => first + trend * (t - 3);
	const seasonal = Array.from({length: SEASON}, (_, day) => (values[day]! - line(day) + values[day + SEASON]! - line(day + SEASON)) / 2);
	const offset = seasonal.reduce((sum, value) => sum + value, 0) / SEASON;
	return {level: line(-1), trend, seasonal: seasonal.map(value => value - offset)};
}

/** Runs the additive damped Holt-Winters filter; returns the one-step SSE and the final state. */
function filter(values: readonly number[], parameters: HoltWintersParameters, start: HoltWintersState): {sse: number; state: HoltWintersState} {
	const {alpha, beta, gamma, phi} = parameters;
	let {level, trend} = start;
	const seasonal = [...start.seasonal];
	let sse = 0;
	for (let t = 0; t < values.length; t++) {
		const season = t % SEASON;
		const error = values[t]! - (level + phi * trend + seasonal[season]!);
		sse += error * error;
		const dampedTrend = phi * trend;
		level = level + dampedTrend + alpha * error;
		trend = dampedTrend + beta * error;
		seasonal[season] = seasonal[season]! + gamma * error;
	}
	return {sse, state: {level, trend, seasonal}};
}

/** Grid search for the parameters with the smallest one-step-ahead SSE. Needs at least 14 values. */
export function fitHoltWinters(values: readonly number[]): {parameters: HoltWintersParameters; sse: number; state: HoltWintersState} {
	if (values.length < 2 * SEASON) throw new RangeError('Holt-Winters needs at least two full weeks.');
	const start = initialState(values);
	let best: {parameters: HoltWintersParameters; sse: number; state: HoltWintersState} | undefined;
	for (const alpha of ALPHAS) {
		for (const beta of BETAS) {
			if (beta > alpha) continue;
			for (const gamma of GAMMAS) {
				if (gamma > 1 - alpha) continue;
				for (const phi of PHIS) {
					const parameters = {alpha, beta, gamma, phi};
					const {sse, state} = filter(values, parameters, start);
					if (!best || sse < best.sse) best = {parameters, sse, state};
				}
			}
		}
	}
	return best!;
}

/**
 * Fits ETS(A,Ad,A) with season 7 and forecasts `horizon` days. The error
 * weights are those of Hyndman, Koehler, Ord & Snyder (2008), table 6.1
 * (class 1): the h-step error is Σ_{j<h} c_j·ε_{n+h−j} with c_0 = 1 and
 * c_j = α + β·(φ + … + φ^j) + γ·[j mod 7 = 0], which makes the variance
 * σ²·(1 + Σ c_j²) grow with the horizon exactly as the model implies.
 */
export function holtWintersModel(values: readonly number[], horizon: number): FittedModel {
	const {parameters, sse, state} = fitHoltWinters(values);
	const {alpha, beta, gamma, phi} = parameters;
	const n = values.length;
	const means: number[] = [];
	const errorWeights: number[] = [1];
	let dampingSum = 0;
	for (let h = 1; h <= horizon; h++) {
		dampingSum += phi ** h;
		means.push(state.level + dampingSum * state.trend + state.seasonal[(n + h - 1) % SEASON]!);
		if (h < horizon) errorWeights.push(alpha + beta * dampingSum + (h % SEASON === 0 ? gamma : 0));
	}
	// Four smoothing parameters were chosen from the data: divide by n − 4, as a regression would.
	const sigma = Math.sqrt(sse / Math.max(1, n - 4));
	return {method: 'holt-winters', means, sigma, errorWeights};
}
