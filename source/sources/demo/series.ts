import {hashUnit3} from './prng.js';

/**
 * How one line of the bill moves day by day, in USD (on-demand equivalent).
 * Days are day numbers (days since 1970-01-01, see `dayNumber`).
 */
export type SeriesSpec =
	| {
			readonly kind: 'usage';
			readonly id: number;
			/** USD per day today, before weekday and noise. */
			readonly base: number;
			readonly yearlyGrowth: number;
			/** Saturday/Sunday relative to weekdays. */
			readonly weekendFactor: number;
			/** Relative day-to-day jitter, e.g. 0.06. */
			readonly noise: number;
			/** No cost before this day. */
			readonly launchDay: number;
			/** Extra USD on given days (the injected spikes). */
			readonly extraByDay: ReadonlyMap<number, number>;
	  }
	| {
			/** Committed capacity: constant, with one step up when more was bought. */
			readonly kind: 'flat';
			readonly id: number;
			readonly base: number;
			readonly stepDay: number;
			/** Share of `base` before `stepDay`. */
			readonly beforeStep: number;
	  }
	| {
			/** One-off amounts on given days (refunds). */
			readonly kind: 'events';
			readonly id: number;
			readonly amountByDay: ReadonlyMap<number, number>;
	  };

/** 0 = Sunday, as `Date.getUTCDay`; day 0 (1970-01-01) was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/**
 * Daily USD of each series over the history window, computed the first time a
 * series is asked for and kept: queries touch the same lines again and again.
 */
export class DailySeries {
	private readonly memo = new Map<number, Float64Array>();

	constructor(
		private readonly seed: number,
		/** Day number of the first history day. */
		readonly firstDay: number,
		/** Day number of today (the last history day). */
		readonly today: number,
	) {}

	get length(): number {
		return this.today - this.firstDay + 1;
	}

	/** USD per history day (index 0 = first history day). */
	usdOf(series: SeriesSpec): Float64Array {
		let values = this.memo.get(series.id);
		if (!values) {
			values = this.generate(series);
			this.memo.set(series.id, values);
		}
		return values;
	}

	/** The value without injected extras: what the day would have cost. */
	baselineUsd(series: SeriesSpec, day: number): number {
		if (series.kind !== 'usage') return this.usdOf(series)[day - this.firstDay] ?? 0;
		return this.usageValue(series, day);
	}

	private generate(series: SeriesSpec): Float64Array {
		const values = new Float64Array(this.length);
		const logGrowth = series.kind === 'usage' ? Math.log1p(series.yearlyGrowth) : 0;
		for (let index = 0; index < values.length; index++) {
			const day = this.firstDay + index;
			if (series.kind === 'usage') {
				values[index] =
					day < series.launchDay ? 0 : this.usageValue(series, day, logGrowth) + (series.extraByDay.get(day) ?? 0);
			} else if (series.kind === 'flat') {
				values[index] = series.base * (day < series.stepDay ? series.beforeStep : 1);
			} else {
				values[index] = series.amountByDay.get(day) ?? 0;
			}
		}
		return values;
	}

	private usageValue(
		series: Extract<SeriesSpec, {kind: 'usage'}>,
		day: number,
		logGrowth = Math.log1p(series.yearlyGrowth),
	): number {
		if (day < series.launchDay) return 0;
		const growth = Math.exp((logGrowth * (day - this.today)) / 365);
		const weekday = weekdayOf(day);
		const season = weekday === 0 || weekday === 6 ? series.weekendFactor : 1;
		const jitter = 1 + series.noise * (hashUnit3(this.seed, series.id, day) * 2 - 1);
		return series.base * growth * season * jitter;
	}
}
