import {badInput} from './errors.js';
import {quoteInput} from './quote-input.js';

/** A calendar day in UTC, `YYYY-MM-DD`. */
export type IsoDate = string & {readonly __brand: 'IsoDate'};

/** A half-open range of days: `end` is exclusive, as in Cost Explorer. */
export interface Period {
	readonly start: IsoDate;
	readonly end: IsoDate;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`, rejecting impossible days such as 2026-02-30. */
export function parseIsoDate(text: string): IsoDate {
	const match = isoDatePattern.exec(text.trim());
	if (!match) throw badInput(`${quoteInput(text)} is not a date: use YYYY-MM-DD, e.g. 2026-09-30.`);
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		throw badInput(`${quoteInput(text)} is not a real day: check the month and day.`);
	}
	return text.trim() as IsoDate;
}

export function isIsoDate(text: string): text is IsoDate {
	try {
		parseIsoDate(text);
		return true;
	} catch {
		return false;
	}
}

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function toIsoDate(date: Date): IsoDate {
	return date.toISOString().slice(0, 10) as IsoDate;
}

export function fromYmd(year: number, month: number, day: number): IsoDate {
	return toIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

export function ymd(date: IsoDate): {year: number; month: number; day: number} {
	return {year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10))};
}

const msPerDay = 86_400_000;

export function dayNumber(date: IsoDate): number {
	return Date.parse(`${date}T00:00:00Z`) / msPerDay;
}

export function fromDayNumber(day: number): IsoDate {
	return toIsoDate(new Date(day * msPerDay));
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return fromDayNumber(dayNumber(date) + days);
}

/** Adds months, landing on the first of the resulting month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
	const {year, month} = ymd(date);
	return fromYmd(year, month + months, 1);
}

/** The same day `months` later, or that month's last day when it is shorter (Jan 31 + 1 → Feb 28). */
export function sameDayMonthsLater(date: IsoDate, months: number): IsoDate {
	const {year, month, day} = ymd(date);
	const first = fromYmd(year, month + months, 1);
	const target = ymd(first);
	return fromYmd(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
}

export function startOfMonth(date: IsoDate): IsoDate {
	const {year, month} = ymd(date);
	return fromYmd(year, month, 1);
}

export function daysBetween(start: IsoDate, end: IsoDate): number {
	return dayNumber(end) - dayNumber(start);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
	return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
	return a > b ? a : b;
}

export function periodDays(period: Period): number {
	return daysBetween(period.start, period.end);
}

/** Every day of the period, in order. */
export function eachDay(period: Period): IsoDate[] {
	const days: IsoDate[] = [];
	for (let day = dayNumber(period.start); day < dayNumber(period.end); day++) days.push(fromDayNumber(day));
	return days;
}

/** The period of equal length that ends where this one starts. */
export function previousPeriod(period: Period): Period {
	const {start, end} = period;
	const isWholeMonths = ymd(start).day === 1 && ymd(end).day === 1;
	if (isWholeMonths) {
		const months = (ymd(end).year - ymd(start).year) * 12 + ymd(end).month - ymd(start).month;
		return {start: addMonths(start, -months), end: start};
	}
	return {start: addDays(start, -daysBetween(start, end)), end: start};
}

/**
 * What a period is compared with: the previous equal period, except a month
 * so far, which is compared with the same days of the month before:
 * November 1–25 against October 1–25, not October 7–31.
 */
export function comparisonPeriod(period: Period): Period {
	const {start, end} = period;
	const monthSoFar = ymd(start).day === 1 && ymd(end).day !== 1 && end <= addMonths(start, 1);
	if (!monthSoFar) return previousPeriod(period);
	const earlierStart = addMonths(start, -1);
	return {start: earlierStart, end: minDate(addDays(earlierStart, daysBetween(start, end)), start)};
}

/** Shifts a period by its own length (whole months stay whole months). */
export function shiftPeriod(period: Period, steps: number): Period {
	let shifted = period;
	for (let index = 0; index < Math.abs(steps); index++) {
		shifted = steps < 0 ? previousPeriod(shifted) : nextPeriod(shifted);
	}
	return shifted;
}

function nextPeriod(period: Period): Period {
	const {start, end} = period;
	if (ymd(start).day === 1 && ymd(end).day === 1) {
		const months = (ymd(end).year - ymd(start).year) * 12 + ymd(end).month - ymd(start).month;
		return {start: end, end: addMonths(end, months)};
	}
	return {start: end, end: addDays(end, daysBetween(start, end))};
}

export function formatPeriod(period: Period): string {
	const last = addDays(period.end, -1);
	return period.start === last ? period.start : `${period.start} … ${last}`;
}
