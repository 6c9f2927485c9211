import {type IsoDate, type Period, addDays, addMonths, maxDate, minDate, startOfMonth} from './dates.js';
import {type Amount, ZERO, addAmounts} from './money.js';
import type {Granularity} from './query.js';
import type {CostRow} from './rows.js';

/**
 * The time bucket a day falls in, as Cost Explorer cuts them: MONTHLY buckets
 * are calendar months clipped to the period (a query from the 15th gets a
 * first bucket from the 15th to the 1st).
 */
export function bucketOf(day: IsoDate, granularity: Exclude<Granularity, 'HOURLY'>, period: Period): Period {
	if (granularity === 'DAILY') return {start: day, end: addDays(day, 1)};
	const monthStart = startOfMonth(day);
	return {start: maxDate(monthStart, period.start), end: minDate(addMonths(monthStart, 1), period.end)};
}

export interface RollUp {
	readonly granularity: Exclude<Granularity, 'HOURLY'>;
	readonly period: Period;
	/** Which of the rows' keys to keep, in order; the rest are summed over. */
	readonly keepKeys: readonly number[];
}

/**
 * Sums DAILY (or coarser) rows into coarser buckets and fewer group keys.
 * Rows outside the period are dropped. Output is ordered by bucket, then keys.
 */
export function rollUpRows(rows: Iterable<CostRow>, rollUp: RollUp): CostRow[] {
	const sums = new Map<string, {row: Omit<CostRow, 'amount' | 'estimated'>; amount: Amount; estimated: boolean}>();
	const {period} = rollUp;
	for (const row of rows) {
		const day = row.start.slice(0, 10) as IsoDate;
		if (day < period.start || day >= period.end) continue;
		const bucket = bucketOf(day, rollUp.granularity, period);
		const keys = rollUp.keepKeys.map(index => row.keys[index] ?? '');
		const id = `${bucket.start}\u0000${keys.join('\u0000')}`;
		const sum = sums.get(id);
		if (sum) {
			sum.amount = addAmounts(sum.amount, row.amount);
			sum.estimated ||= row.estimated;
		} else {
			sums.set(id, {row: {start: bucket.start, end: bucket.end, keys, unit: row.unit}, amount: row.amount, estimated: row.estimated});
		}
	}
	return [...sums.values()]
		.map(({row, amount, estimated}) => ({...row, amount, estimated}))
		.sort(compareRows);
}

export function compareRows(a: CostRow, b: CostRow): number {
	if (a.start !== b.start) return a.start < b.start ? -1 : 1;
	const left = a.keys.join('\u0000');
	const right = b.keys.join('\u0000');
	return left < right ? -1 : left > right ? 1 : 0;
}

/** The exact sum of the rows' amounts; ZERO for none. */
export function totalOf(rows: Iterable<CostRow>): Amount {
	let total = ZERO;
	for (const row of rows) total = addAmounts(total, row.amount);
	return total;
}

export interface GroupTotal {
	readonly keys: readonly string[];
	amount: Amount;
	estimated: boolean;
}

/** Running totals per group key tuple; rows can be added page by page and then dropped. */
export class GroupTotals {
	private readonly totals = new Map<string, GroupTotal>();

	add(rows: Iterable<CostRow>): this {
		for (const row of rows) {
			const id = row.keys.join('\u0000');
			const total = this.totals.get(id);
			if (total) {
				total.amount = addAmounts(total.amount, row.amount);
				total.estimated ||= row.estimated;
			} else {
				this.totals.set(id, {keys: row.keys, amount: row.amount, estimated: row.estimated});
			}
		}
		return this;
	}

	get size(): number {
		return this.totals.size;
	}

	toMap(): Map<string, GroupTotal> {
		return this.totals;
	}
}

/** One total per distinct group key tuple, over the whole period. */
export function totalsByGroup(rows: Iterable<CostRow>): Map<string, GroupTotal> {
	return new GroupTotals().add(rows).toMap();
}
