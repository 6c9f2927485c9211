import {median, robustScale} from './robust-statistics.js';

export interface BaselineOptions {
	/** Same-weekday values the baseline looks back over; default 6 weeks. */
	readonly weeks?: number;
	/** Fewer same-weekday values than this and a day has no baseline; default 3. */
	readonly minimumWeeks?: number;
	/** Trailing days of residuals for the level correction and the spread; default 42. */
	readonly residualWindow?: number;
}

/** Per day: the cost expected from its history, and how much such days usually stray from it. */
export interface Baseline {
	/** NaN where the day has too little history to judge. */
	readonly expected: readonly number[];
	/** 1.4826 × MAD of the trailing residuals; NaN where there are fewer than 7 of them. */
	readonly scale: readonly number[];
}

/**
 * A baseline robust both to the weekly cycle and to outliers: the median of
 * the same weekday over the previous weeks (a spike last Tuesday cannot move
 * it), shifted by the median of the trailing residuals so that steady growth,
 * which the weekday median lags behind, is not mistaken for an anomaly.
 * Only days before t are used for day t. `values` are consecutive days.
 */
export function seasonalBaseline(values: readonly number[], options: BaselineOptions = {}): Baseline {
	const {weeks = 6, minimumWeeks = 3, residualWindow = 42} = options;
	const weekdayMedian = values.map((_, t) => {
		const sameWeekday: number[] = [];
		for (let k = 1; k <= weeks && t - 7 * k >= 0; k++) sameWeekday.push(values[t - 7 * k]!);
		return sameWeekday.length >= minimumWeeks ? median(sameWeekday) : Number.NaN;
	});
	const rawResiduals = values.map((value, t) => value - weekdayMedian[t]!);
	const expected: number[] = [];
	const scale: number[] = [];
	for (let t = 0; t < values.length; t++) {
		const trailing: number[] = [];
		for (let s = Math.max(0, t - residualWindow); s < t; s++) if (!Number.isNaN(rawResiduals[s]!)) trailing.push(rawResiduals[s]!);
		const enough = trailing.length >= 7;
		expected.push(Number.isNaN(weekdayMedian[t]!) ? Number.NaN : weekdayMedian[t]! + (enough ? median(trailing) : 0));
		scale.push(enough ? robustScale(trailing) : Number.NaN);
	}
	return {expected, scale};
}

/**
 * Expected costs for breaking an anomaly down: the seasonal baseline where
 * there is enough history, else the median of the days before (a child that
 * appeared recently), else 0 (a child that did not exist).
 */
export function expectedWithFallback(values: readonly number[], options: BaselineOptions = {}): number[] {
	const {expected} = seasonalBaseline(values, options);
	return expected.map((value, t) => {
		if (!Number.isNaN(value)) return value;
		return t === 0 ? 0 : median(values.slice(Math.max(0, t - 28), t));
	});
}
