import {type IsoDate, type Period, addDays, addMonths, fromYmd, startOfMonth, ymd} from '../../dates.js';
import {oneLineMessage} from '../../errors.js';
import {periodFromInclusive, resolvePreset} from '../../presets.js';
import {earliestDailyDate} from '../../validate.js';
import {
	DAY,
	MONTH,
	MONTH_NOT_MAY,
	monthNumber,
	mostRecentMonthStart,
	resolveDay,
	upToToday,
} from './calendar-words.js';
import {NAMED_PERIOD_RULES} from './named-periods.js';
import type {Sentence} from './sentence.js';

/**
 * What a period phrase meant: a period, "the one before" (relative to the
 * question being followed up), or a date that does not exist.
 */
export type PeriodPhrase =
	| {
			readonly kind: 'period';
			readonly period: Period;
			readonly notes: readonly string[];
			/** The whole calendar span before it was cut at today ("this quarter" to its end), for forecasts. */
			readonly whole?: Period;
	  }
	| {readonly kind: 'earlier'}
	| {readonly kind: 'error'; readonly message: string};

type Resolve = (match: RegExpExecArray, today: IsoDate) => PeriodPhrase;

const plain = (period: Period): PeriodPhrase => ({kind: 'period', period, notes: []});
const calendar = (whole: Period, today: IsoDate): PeriodPhrase => ({kind: 'period', period: upToToday(whole, today), notes: [], whole});
const calendarMonth = (start: IsoDate, today: IsoDate): PeriodPhrase => calendar({start, end: addMonths(start, 1)}, today);
const preset = (name: string): Resolve => (_match, today) => plain(resolvePreset(name, today));
const LAST = '(?:last|past|previous|prior|trailing)';
const ordinalQuarters: Readonly<Record<string, number>> = {first: 1, second: 2, third: 3, fourth: 4};

/**
 * A year is often asked for whole ("last year") though Cost Explorer keeps
 * 13 months: such periods are clipped to what is kept, and say so.
 */
function yearPeriod(year: number, today: IsoDate): PeriodPhrase {
	const whole = {start: fromYmd(year, 1, 1), end: fromYmd(year + 1, 1, 1)};
	const period = upToToday(whole, today);
	const earliest = earliestDailyDate(today);
	if (period.start >= earliest || period.end <= earliest) return calendar(whole, today);
	return {
		kind: 'period',
		period: {start: earliest, end: period.end},
		whole,
		notes: [`Cost Explorer keeps 13 months of history, so ${year} is counted from ${earliest}.`],
	};
}

function quarterPeriod(quarter: number, year: number | undefined, today: IsoDate): PeriodPhrase {
	const firstMonth = (quarter - 1) * 3 + 1;
	const start = year === undefined ? mostRecentMonthStart(firstMonth, today) : fromYmd(year, firstMonth, 1);
	return calendar({start, end: addMonths(start, 3)}, today);
}

function dayRange(from: string, to: string, today: IsoDate): PeriodPhrase {
	const start = resolveDay(from, today);
	const last = resolveDay(to, today);
	if (last < start) return {kind: 'error', message: `${last} comes before ${start}: put the earlier day first.`};
	return plain(periodFromInclusive(start, last));
}

function monthRange(match: RegExpExecArray, today: IsoDate): PeriodPhrase {
	const [, fromName = '', fromYear, toName = '', toYear] = match;
	const endMonth =
		toYear === undefined ? mostRecentMonthStart(monthNumber(toName), today) : fromYmd(Number(toYear), monthNumber(toName), 1);
	const fromMonth = monthNumber(fromName);
	const start =
		fromYear !== undefined
			? fromYmd(Number(fromYear), fromMonth, 1)
			: fromYmd(ymd(endMonth).year - (fromMonth > ymd(endMonth).month ? 1 : 0), fromMonth, 1);
	if (start > endMonth) return {kind: 'error', message: `${fromName} ${fromYear ?? ''} comes after ${toName}: put the earlier month first.`};
	return calendar({start, end: addMonths(endMonth, 1)}, today);
}

function nextPeriod(unit: string, today: IsoDate): PeriodPhrase {
	const thisMonth = startOfMonth(today);
	if (unit === 'week') return plain({start: addDays(today, 1), end: addDays(today, 8)});
	if (unit === 'month') return plain({start: addMonths(thisMonth, 1), end: addMonths(thisMonth, 2)});
	if (unit === 'quarter') {
		const quarterStart = fromYmd(ymd(today).year, Math.floor((ymd(today).month - 1) / 3) * 3 + 1, 1);
		return plain({start: addMonths(quarterStart, 3), end: addMonths(quarterStart, 6)});
	}
	return plain({start: fromYmd(ymd(today).year + 1, 1, 1), end: fromYmd(ymd(today).year + 2, 1, 1)});
}

// Order matters: longer and more specific phrases first ("last 3 months" before "last month").
const rules: ReadonlyArray<readonly [RegExp, Resolve]> = [
	[
		new RegExp(`(?:\\bbetween |\\bfrom )?\\b(${DAY}) (?:and|to|until|till|through|thru|-) (${DAY})\\b`),
		(match, today) => dayRange(match[1] ?? '', match[2] ?? '', today),
	],
	[
		new RegExp(`\\b(?:between|from) (${MONTH})(?: (\\d{4}))? (?:and|to|until|till|through|thru|-) (${MONTH})(?: (\\d{4}))?\\b`),
		monthRange,
	],
	[new RegExp(`\\bsince (${DAY})\\b`), (match, today) => plain({start: resolveDay(match[1] ?? '', today), end: addDays(today, 1)})],
	[new RegExp(`\\b(?:on |for )?(${DAY})\\b`), (match, today) => {
		const day = resolveDay(match[1] ?? '', today);
		return plain({start: day, end: addDays(day, 1)});
	}],
	...NAMED_PERIOD_RULES,
	[/\b(?:year to date|year-to-date|ytd|this year|so far this year|since the (?:start|beginning) of (?:the |this )?year)\b/, (_match, today) =>
		yearPeriod(ymd(today).year, today)],
	[/\b(?:last|previous|prior) (?:calendar )?year\b/, (_match, today) => yearPeriod(ymd(today).year - 1, today)],
	[/\bnext (week|month|quarter|year)\b/, (match, today) => nextPeriod(match[1] ?? '', today)],
	[new RegExp(`\\b${LAST} (\\d{1,3}) days?\\b`), (match, today) => plain(resolvePreset(`last-${match[1]}-days`, today))],
	[new RegExp(`\\b${LAST} (\\d{1,2}) weeks?\\b`), (match, today) => plain(resolvePreset(`last-${Number(match[1]) * 7}-days`, today))],
	[new RegExp(`\\b${LAST} (\\d{1,2}) months?\\b`), (match, today) => plain(resolvePreset(`last-${match[1]}-months`, today))],
	[/\b(?:past|trailing) (?:12 months|year)\b/, preset('last-12-months')],
	// "The past week" is a rolling seven days; "last week" is the ISO week before this one (named periods).
	[/\b(?:the )?past week\b/, preset('last-7-days')],
	[/\b(?:last|previous|prior) quarter\b/, preset('last-quarter')],
	[/\b(?:this quarter|current quarter|quarter to date|qtd)\b/, (_match, today) =>
		quarterPeriod(Math.floor((ymd(today).month - 1) / 3) + 1, undefined, today)],
	[/\bday before yesterday\b/, (_match, today) => plain({start: addDays(today, -2), end: addDays(today, -1)})],
	[/\bsince last month\b/, (_match, today) => plain({start: addMonths(startOfMonth(today), -1), end: addDays(today, 1)})],
	[/\b(?:the )?month before last\b/, (_match, today) => calendarMonth(addMonths(startOfMonth(today), -2), today)],
	[/\b(\d{1,2}) months? ago\b/, (match, today) => calendarMonth(addMonths(startOfMonth(today), -Number(match[1])), today)],
	[/\b(?:the )?(?:month|week|quarter|year|period|day|one) before\b|\bbefore that\b|\bthe previous (?:one|period)\b/, () => ({kind: 'earlier'})],
	[/\b(?:last|previous|prior|past) month\b|\ba month ago\b/, preset('last-month')],
	[/\b(?:this month|current month|month to date|month-to-date|mtd|so far this month)\b/, (_match, today) => calendarMonth(startOfMonth(today), today)],
	[/\byesterday\b/, preset('yesterday')],
	[/\btoday\b/, preset('today')],
	[new RegExp(`\\bsince (?:the start of |the beginning of )?(${MONTH})(?: (\\d{4}))?\\b`), (match, today) => {
		const month = monthNumber(match[1] ?? '');
		const start = match[2] === undefined ? mostRecentMonthStart(month, today) : fromYmd(Number(match[2]), month, 1);
		return plain({start, end: addDays(today, 1)});
	}],
	[/\bq([1-4]) (?:of )?(\d{4})\b|\b(\d{4})[ -]q([1-4])\b/, (match, today) =>
		quarterPeriod(Number(match[1] ?? match[4]), Number(match[2] ?? match[3]), today)],
	[/\bq([1-4])\b|\b(first|second|third|fourth) quarter\b/, (match, today) =>
		quarterPeriod(match[1] === undefined ? ordinalQuarters[match[2] ?? ''] ?? 1 : Number(match[1]), undefined, today)],
	[/\b(\d{4})-(\d{2})\b/, (match, today) => calendarMonth(fromYmd(Number(match[1]), Number(match[2]), 1), today)],
	[new RegExp(`\\b(${MONTH}) (?:of )?(\\d{4})\\b`), (match, today) =>
		calendarMonth(fromYmd(Number(match[2]), monthNumber(match[1] ?? ''), 1), today)],
	[new RegExp(`\\b(?:last|previous) (${MONTH})\\b`), (match, today) => {
		const month = monthNumber(match[1] ?? '');
		const {year, month: current} = ymd(today);
		return calendarMonth(fromYmd(month < current ? year : year - 1, month, 1), today);
	}],
	[new RegExp(`\\b(?:in|for|during|of|over|throughout|this) (${MONTH})\\b`), (match, today) =>
		calendarMonth(mostRecentMonthStart(monthNumber(match[1] ?? ''), today), today)],
	[new RegExp(`\\b(${MONTH_NOT_MAY})\\b`), (match, today) =>
		calendarMonth(mostRecentMonthStart(monthNumber(match[1] ?? ''), today), today)],
	[/\b(20\d\d)\b/, (match, today) => yearPeriod(Number(match[1]), today)],
];

/** Takes the first period phrase out of the sentence, if there is one. */
export function takePeriod(sentence: Sentence, today: IsoDate): PeriodPhrase | undefined {
	for (const [pattern, resolve] of rules) {
		const match = sentence.take(pattern);
		if (!match) continue;
		try {
			return resolve(match, today);
		} catch (error) {
			return {kind: 'error', message: oneLineMessage(error)};
		}
	}
	return undefined;
}
