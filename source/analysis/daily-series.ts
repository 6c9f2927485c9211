import {type IsoDate, type Period, addDays, daysBetween, eachDay, isIsoDate} from '../dates.js';
import {badInput} from '../errors.js';
import {amountToNumber} from '../money.js';
import type {CostRow} from '../rows.js';

/** One day's cost, as a plain float: analysis works on numbers, money leaves it as Amount. */
export interface DailyPoint {
	readonly date: IsoDate;
	readonly amount: number;
}

/** Consecutive days in ascending order, one point per day. */
export type DailySeries = readonly DailyPoint[];

/**
 * Checks a series and returns it sorted with missing days filled with 0
 * (Cost Explorer omits a group on days it cost nothing). Throws a bad-input
 * error for an invalid date, a repeated day or a non-finite amount.
 */
export function normalizeSeries(series: readonly DailyPoint[]): DailySeries {
	for (const point of series) {
		if (!isIsoDate(point.date)) throw badInput(`"${point.date}" is not a day: use YYYY-MM-DD.`);
		if (!Number.isFinite(point.amount)) throw badInput(`The cost on ${point.date} is not a number (${point.amount}).`);
	}
	const sorted = [...series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const first = sorted[0];
	const last = sorted.at(-1);
	if (!first || !last) return [];
	const filled: DailyPoint[] = [];
	let next = first.date;
	for (const point of sorted) {
		if (point.date < next) throw badInput(`The day ${point.date} appears twice in the series.`);
		while (next < point.date) {
			filled.push({date: next, amount: 0});
			next = addDays(next, 1);
		}
		filled.push(point);
		next = addDays(point.date, 1);
	}
	return filled;
}

/** The day after the series' last day (where a forecast starts); undefined for none. */
export function dayAfter(series: DailySeries): IsoDate | undefined {
	const last = series.at(-1);
	return last ? addDays(last.date, 1) : undefined;
}

/** The points whose day lies in the period. */
export function sliceSeries(series: DailySeries, period: Period): DailySeries {
	return series.filter(point => point.date >= period.start && point.date < period.end);
}

/** The sum of the amounts. */
export function seriesTotal(series: readonly DailyPoint[]): number {
	let total = 0;
	for (const point of series) total += point.amount;
	return total;
}

function dayOf(row: CostRow): IsoDate {
	return row.start.slice(0, 10) as IsoDate;
}

function sumByDay(rows: Iterable<CostRow>, period?: Period): Map<IsoDate, number> {
	const sums = new Map<IsoDate, number>();
	for (const row of rows) {
		const day = dayOf(row);
		if (period && (day < period.start || day >= period.end)) continue;
		sums.set(day, (sums.get(day) ?? 0) + amountToNumber(row.amount));
	}
	return sums;
}

function toSeries(sums: Map<IsoDate, number>, period?: Period): DailySeries {
	if (period) {
		if (daysBetween(period.start, period.end) <= 0) return [];
		return eachDay(period).map(date => ({date, amount: sums.get(date) ?? 0}));
	}
	return normalizeSeries([...sums].map(([date, amount]) => ({date, amount})));
}

/**
 * The daily total over all groups of DAILY rows. With a period, every day of
 * it is present (0 where no row); without, the days span the rows' range.
 */
export function dailySeriesFromRows(rows: Iterable<CostRow>, period?: Period): DailySeries {
	return toSeries(sumByDay(rows, period), period);
}

/**
 * One daily series per value of the rows' group key at `keyIndex` (e.g. 0 for
 * the first group-by), summed over the other keys; every series spans the
 * same days so that groups can be compared day by day.
 */
export function dailySeriesByGroup(rows: Iterable<CostRow>, keyIndex = 0, period?: Period): Map<string, DailySeries> {
	const byGroup = new Map<string, CostRow[]>();
	let first: IsoDate | undefined;
	let last: IsoDate | undefined;
	for (const row of rows) {
		const day = dayOf(row);
		if (period && (day < period.start || day >= period.end)) continue;
		if (!first || day < first) first = day;
		if (!last || day > last) last = day;
		const key = row.keys[keyIndex] ?? '';
		const list = byGroup.get(key);
		if (list) list.push(row);
		else byGroup.set(key, [row]);
	}
	const span = period ?? (first && last ? {start: first, end: addDays(last, 1)} : undefined);
	const result = new Map<string, DailySeries>();
	for (const [key, groupRows] of byGroup) result.set(key, toSeries(sumByDay(groupRows, span), span));
	return result;
}
