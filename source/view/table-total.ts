import {type Amount, ZERO, addAmounts, ratio, subtractAmounts} from '../money.js';
import type {TableRow} from './table-rows.js';

/** The table's total line: the sums of the rows listed (the filtered ones when a filter applies). */
export interface TableTotal {
	readonly amount: Amount;
	/** Null while any row's previous period is still loading. */
	readonly previous: Amount | null;
	readonly change: Amount | null;
	readonly changeRatio: number | null;
	readonly estimated: boolean;
}

/** Exact sums of the rows; money metrics only (a total over mixed usage units means nothing). */
export function tableTotal(rows: readonly TableRow[]): TableTotal {
	let amount = ZERO;
	let previous: Amount | null = ZERO;
	let estimated = false;
	for (const row of rows) {
		amount = addAmounts(amount, row.amount);
		previous = previous === null || row.previous === null ? null : addAmounts(previous, row.previous);
		estimated ||= row.estimated;
	}
	const change = previous === null ? null : subtractAmounts(amount, previous);
	// Relative to |previous|, so the percentage has the sign of the change even when the previous total was a credit.
	const base = previous === null ? null : previous < 0n ? subtractAmounts(ZERO, previous) : previous;
	return {amount, previous, change, changeRatio: base === null || change === null ? null : ratio(change, base), estimated};
}

/** "12/38": where the cursor is among the rows listed; "0/0" when there are none. */
export function rowPosition(cursor: number, count: number): string {
	return count === 0 ? '0/0' : `${Math.min(count, Math.max(0, cursor) + 1)}/${count}`;
}

/** The share column as a number first ("23.4%"), the bar after it. */
export function shareText(share: number | null): string {
	if (share === null) return '';
	const percent = share * 100;
	return percent > 0 && percent < 0.1 ? '<0.1%' : `${percent.toFixed(1)}%`;
}
