import {type IsoDate, addDays, addMonths, daysBetween, startOfMonth} from '../dates.js';
import type {CostQuery} from '../query.js';

const hourMs = 3_600_000;

/** Recent days: Cost Explorer refreshes them up to three times a day. */
export const SHORT_TTL_MS = 6 * hourMs;
/** Closed days of a month that is still open (or only just closed). */
export const MEDIUM_TTL_MS = 24 * hourMs;
/** Months closed for a while: their figures are all but final. */
export const LONG_TTL_MS = 30 * 24 * hourMs;

/** How many days before today still count as "recent". */
const recentDays = 3;
/** How long after a month closes its figures keep settling. */
const settlingDays = 5;

/**
 * How long an answer to `query` stays fresh, from how final its data is on
 * `today`: short when it touches the last 3 days or today, long when every
 * day lies in months closed more than 5 days ago, medium otherwise.
 */
export function ttlFor(query: CostQuery, today: IsoDate): number {
	const {end} = query.period;
	if (end > addDays(today, -recentDays)) return SHORT_TTL_MS;
	const lastMonthClosedOn = addMonths(startOfMonth(addDays(end, -1)), 1);
	if (daysBetween(lastMonthClosedOn, today) > settlingDays) return LONG_TTL_MS;
	return MEDIUM_TTL_MS;
}
