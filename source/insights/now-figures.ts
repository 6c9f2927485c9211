import {type IsoDate, type Period, addDays, addMonths, daysBetween, minDate, startOfMonth} from '../dates.js';
import {type Amount, ZERO, addAmounts, compareAmounts, subtractAmounts} from '../money.js';
import type {CostRow} from '../rows.js';

/** What a stretch of days cost; `amount` is null when no row fell in it (no data is not $0.00). */
export interface SpanFigure {
	readonly period: Period;
	readonly amount: Amount | null;
	/** Some day of it is not final yet. */
	readonly estimated: boolean;
}

/** The spend figures of `aws-cost now`, all read from one DAILY answer. */
export interface SpendFigures {
	readonly today: SpanFigure;
	readonly yesterday: SpanFigure;
	/** The complete days of this month (before today); null on the 1st, when there are none. */
	readonly monthToDate: SpanFigure | null;
	/** The same days of last month (clipped to its end), to compare the month to date with. */
	readonly sameDaysLastMonth: SpanFigure | null;
	readonly lastMonth: SpanFigure;
}

const dayOf = (row: CostRow): IsoDate => row.start.slice(0, 10) as IsoDate;

/** The exact sum of the DAILY rows whose day lies in `period`. */
export function spanFigure(rows: readonly CostRow[], period: Period): SpanFigure {
	let amount: Amount | null = null;
	let estimated = false;
	for (const row of rows) {
		const day = dayOf(row);
		if (day < period.start || day >= period.end) continue;
		amount = addAmounts(amount ?? ZERO, row.amount);
		estimated ||= row.estimated;
	}
	return {period, amount, estimated};
}

/** The days `aws-cost now` reads totals from: the projection's 13 weeks, last month and today included. */
export function spendWindow(today: IsoDate, historyStart: IsoDate): Period {
	return {start: minDate(historyStart, addMonths(startOfMonth(today), -1)), end: addDays(today, 1)};
}

/**
 * Today so far, yesterday, the month to date against the same days of last
 * month, and last month, from DAILY rows covering spendWindow(today).
 */
export function spendFigures(rows: readonly CostRow[], today: IsoDate): SpendFigures {
	const monthStart = startOfMonth(today);
	const lastMonthStart = addMonths(monthStart, -1);
	const completeDays = daysBetween(monthStart, today);
	return {
		today: spanFigure(rows, {start: today, end: addDays(today, 1)}),
		yesterday: spanFigure(rows, {start: addDays(today, -1), end: today}),
		monthToDate: completeDays === 0 ? null : spanFigure(rows, {start: monthStart, end: today}),
		sameDaysLastMonth: completeDays === 0 ? null : spanFigure(rows, {start: lastMonthStart, end: minDate(addDays(lastMonthStart, completeDays), monthStart)}),
		lastMonth: spanFigure(rows, {start: lastMonthStart, end: monthStart}),
	};
}

/** One group's cost on two days. */
export interface Mover {
	readonly key: string;
	readonly previous: Amount;
	readonly current: Amount;
	readonly change: Amount;
}

const absolute = (amount: Amount): Amount => (amount < 0n ? -amount : amount) as Amount;

/**
 * The groups whose cost changed most from `previousDay` to `currentDay`
 * (DAILY rows grouped by one key), largest change first, up to `limit`;
 * a group that did not change is no mover.
 */
export function topMovers(rows: readonly CostRow[], previousDay: IsoDate, currentDay: IsoDate, limit: number): Mover[] {
	const byKey = new Map<string, {previous: Amount; current: Amount}>();
	for (const row of rows) {
		const day = dayOf(row);
		if (day !== previousDay && day !== currentDay) continue;
		const key = row.keys[0] ?? '';
		const entry = byKey.get(key) ?? {previous: ZERO, current: ZERO};
		if (day === currentDay) entry.current = addAmounts(entry.current, row.amount);
		else entry.previous = addAmounts(entry.previous, row.amount);
		byKey.set(key, entry);
	}
	return [...byKey]
		.map(([key, {previous, current}]) => ({key, previous, current, change: subtractAmounts(current, previous)}))
		.filter(mover => mover.change !== ZERO)
		.sort((a, b) => compareAmounts(absolute(b.change), absolute(a.change)) || (a.key < b.key ? -1 : 1))
		.slice(0, limit);
}
