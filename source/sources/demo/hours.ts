import {roundCell} from './metric-cells.js';
import type {UsageShape} from './services.js';

/**
 * Cumulative share of a day's cost by the end of each UTC hour (25 entries,
 * first 0, last 1). Elastic usage follows a business day peaking mid
 * afternoon UTC; storage accrues evenly.
 */
function cumulativeShares(swing: number): Float64Array {
	const weights = Array.from({length: 24}, (_, hour) => 1 + swing * Math.cos(((hour - 15) / 24) * 2 * Math.PI));
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const cumulative = new Float64Array(25);
	for (let hour = 0; hour < 24; hour++) cumulative[hour + 1] = cumulative[hour]! + weights[hour]! / total;
	cumulative[24] = 1;
	return cumulative;
}

const SHARES: Readonly<Record<UsageShape, Float64Array>> = {
	elastic: cumulativeShares(0.45),
	requests: cumulativeShares(0.3),
	steady: cumulativeShares(0),
};

/**
 * Adds a day's cell count, spread over 24 hours, into `hours`. Each hour is
 * the difference of rounded running totals, so the hours sum exactly to the day.
 */
export function addDaySpreadOverHours(dayCells: number, shape: UsageShape, hours: Float64Array): void {
	const shares = SHARES[shape];
	let previous = 0;
	for (let hour = 0; hour < 24; hour++) {
		const runningTotal = hour === 23 ? dayCells : roundCell(dayCells * shares[hour + 1]!);
		hours[hour]! += runningTotal - previous;
		previous = runningTotal;
	}
}

/** "2026-11-20T05:00:00Z" for hour 5 of 2026-11-20. */
export function hourStamp(day: string, hour: number): string {
	return `${day}T${String(hour).padStart(2, '0')}:00:00Z`;
}
