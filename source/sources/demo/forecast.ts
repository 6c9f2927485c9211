import {bucketOf} from '../../aggregate.js';
import {type IsoDate, addDays, dayNumber, eachDay} from '../../dates.js';
import {badInput} from '../../errors.js';
import {type Amount, parseAmount} from '../../money.js';
import {metricIsMoney} from '../../query.js';
import type {ForecastPoint, ForecastRequest, ForecastResult} from '../source.js';
import type {DemoCatalogue} from './catalogue.js';
import {metricCells, roundCell} from './metric-cells.js';
import {historyIndex, selectLeaves} from './query-plan.js';
import {weekdayOf} from './series.js';

/** Days of history the projection learns from: four of each weekday. */
const LEARNING_DAYS = 28;

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(probability: number): number {
	const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
	const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
	const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
	const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
	const low = 0.02425;
	const poly = (coefficients: number[], x: number): number => coefficients.reduce((sum, coefficient) => sum * x + coefficient, 0);
	if (probability < low) {
		const q = Math.sqrt(-2 * Math.log(probability));
		return poly(c, q) / (poly(d, q) * q + 1);
	}
	if (probability > 1 - low) return -normalQuantile(1 - probability);
	const q = probability - 0.5;
	const r = q * q;
	return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

const toAmount = (value: number): Amount => parseAmount(value.toFixed(10));

interface DayForecast {
	readonly day: IsoDate;
	readonly mean: number;
	readonly halfWidth: number;
}

/**
 * An honest, simple projection: each future day costs what the same weekday
 * averaged over the last four weeks, and the interval (from the spread around
 * those averages) widens with the square root of the horizon. Points sum
 * their days' bounds, which treats the days' errors as moving together:
 * wider than independent errors would give, never narrower than the truth.
 */
export function demoForecast(catalogue: DemoCatalogue, request: ForecastRequest): ForecastResult {
	const {period, predictionIntervalLevel: level} = request;
	if (period.end <= period.start) throw badInput(`The forecast period ends (${period.end}) before it starts (${period.start}).`);
	if (period.start < catalogue.today) {
		throw badInput(`A forecast starts today (${catalogue.today}) or later: for past days, query the costs instead.`);
	}
	if (!(level >= 51 && level <= 99)) throw badInput(`Prediction interval level ${level} is out of range: use 51 to 99 (e.g. 80).`);
	const cells = metricCells(request.metric);
	const leaves = selectLeaves(catalogue, undefined, request.filter);
	const columns = leaves.map(leaf => ({usd: catalogue.series.usdOf(leaf.series), factor: cells.factorOf(leaf) * cells.cellsPerUnit}));
	const learningStart = addDays(catalogue.today, -LEARNING_DAYS);
	const samples = eachDay({start: learningStart, end: catalogue.today}).map(day => {
		const index = historyIndex(catalogue, day);
		let sum = 0;
		for (const {usd, factor} of columns) sum += roundCell((usd[index] ?? 0) * factor);
		return {weekday: weekdayOf(dayNumber(day)), value: sum / cells.cellsPerUnit};
	});
	const means = Array.from({length: 7}, (_, weekday) => {
		const values = samples.filter(sample => sample.weekday === weekday).map(sample => sample.value);
		return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
	});
	const squaredResiduals = samples.reduce((sum, sample) => sum + (sample.value - means[sample.weekday]!) ** 2, 0);
	const spread = Math.sqrt(squaredResiduals / Math.max(1, samples.length - 7));
	const z = normalQuantile(0.5 + level / 200);
	const days: DayForecast[] = eachDay(period).map(day => {
		const horizon = dayNumber(day) - dayNumber(catalogue.today) + 1;
		return {day, mean: means[weekdayOf(dayNumber(day))]!, halfWidth: z * spread * Math.sqrt(1 + (horizon - 1) / 14)};
	});
	const clipLower = metricIsMoney(request.metric);
	const bound = (mean: number, halfWidth: number) => ({
		mean: toAmount(mean),
		lower: toAmount(clipLower && mean >= 0 ? Math.max(0, mean - halfWidth) : mean - halfWidth),
		upper: toAmount(mean + halfWidth),
	});
	const buckets = new Map<string, {start: IsoDate; end: IsoDate; mean: number; halfWidth: number}>();
	for (const {day, mean, halfWidth} of days) {
		const {start, end} = request.granularity === 'DAILY' ? {start: day, end: addDays(day, 1)} : bucketOf(day, 'MONTHLY', period);
		const bucket = buckets.get(start) ?? {start, end, mean: 0, halfWidth: 0};
		bucket.mean += mean;
		bucket.halfWidth += halfWidth;
		buckets.set(start, bucket);
	}
	const points: ForecastPoint[] = [...buckets.values()].map(({start, end, mean, halfWidth}) => ({start, end, ...bound(mean, halfWidth)}));
	const totalMean = days.reduce((sum, day) => sum + day.mean, 0);
	const totalHalfWidth = days.reduce((sum, day) => sum + day.halfWidth, 0);
	return {
		total: bound(totalMean, totalHalfWidth),
		points,
		unit: cells.unitOf(leaves),
	};
}
