import {type IsoDate, addDays} from '../../source/dates.js';
import type {DailyPoint} from '../../source/analysis/daily-series.js';

/** mulberry32: a tiny seeded PRNG, so noisy series are the same on every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Standard normal noise from a seeded uniform source (Box-Muller). */
export function seededNormal(seed: number): () => number {
	const uniform = seededRandom(seed);
	return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A weekday pattern: busy Monday to Friday, quiet weekends (index 0 = the start day's weekday). */
export const WEEKLY_SHAPE = [20, 25, 22, 18, 15, -45, -55];

/** `days` points from `start`, amount = f(day index). */
export function buildSeries(start: string, days: number, amountOf: (index: number) => number): DailyPoint[] {
	return Array.from({length: days}, (_, index) => ({date: addDays(start as IsoDate, index), amount: amountOf(index)}));
}
