import {type IsoDate, type Period, addDays, daysInMonth, fromYmd, minDate, parseIsoDate, ymd} from '../../dates.js';
import {badInput} from '../../errors.js';

const monthNames: ReadonlyArray<readonly [number, readonly string[]]> = [
	[1, ['january', 'jan']],
	[2, ['february', 'feb']],
	[3, ['march', 'mar']],
	[4, ['april', 'apr']],
	[5, ['may']],
	[6, ['june', 'jun']],
	[7, ['july', 'jul']],
	[8, ['august', 'aug']],
	[9, ['september', 'sept', 'sep']],
	[10, ['october', 'oct']],
	[11, ['november', 'nov']],
	[12, ['december', 'dec']],
];

const monthByName = new Map(monthNames.flatMap(([month, names]) => names.map(name => [name, month] as const)));

/** Any month name or abbreviation, as a regex alternation (longest first). */
export const MONTH = `(?:${[...monthByName.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** A month name other than "may", which is too often the verb to stand alone. */
export const MONTH_NOT_MAY = `(?:${[...monthByName.keys()]
	.filter(name => name !== 'may')
	.sort((a, b) => b.length - a.length)
	.join('|')})`;

/** One day: `2026-10-03`, `october 3`, `oct 3rd 2026`, `3 october`. */
export const DAY = `(?:\\d{4}-\\d{2}-\\d{2}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?: \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}(?: \\d{4})?)`;

export function monthNumber(name: string): number {
	const month = monthByName.get(name);
	if (month === undefined) throw badInput(`"${name}" is not a month.`);
	return month;
}

/** The most recent `month` whose first day is not after today ("in September" asked in November). */
export function mostRecentMonthStart(month: number, today: IsoDate): IsoDate {
	const {year, month: current} = ymd(today);
	return fromYmd(month <= current ? year : year - 1, month, 1);
}

/**
 * Cuts a period that has started at the end of today. One that has not
 * started stays whole, so validation can say the future has no cost data.
 */
export function upToToday(period: Period, today: IsoDate): Period {
	if (period.start > today) return period;
	return {start: period.start, end: minDate(period.end, addDays(today, 1))};
}

/** Resolves a DAY phrase; a day without a year is the most recent one not after today. */
export function resolveDay(text: string, today: IsoDate): IsoDate {
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parseIsoDate(text);
	const named = new RegExp(`^(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?$`).exec(text);
	const dayFirst = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})(?: (\\d{4}))?$`).exec(text);
	const [monthName, dayText, yearText] = named
		? [named[1], named[2], named[3]]
		: dayFirst
			? [dayFirst[2], dayFirst[1], dayFirst[3]]
			: [undefined, undefined, undefined];
	if (monthName === undefined || dayText === undefined) throw badInput(`"${text}" is not a date: use YYYY-MM-DD.`);
	const month = monthNumber(monthName);
	const day = Number(dayText);
	const iso = (year: number): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	if (yearText !== undefined) return parseIsoDate(iso(Number(yearText)));
	// Without a year, the most recent such day; Feb 29 may be up to four years back.
	const {year: thisYear} = ymd(today);
	for (let year = thisYear; year > thisYear - 5; year--) {
		if (day >= 1 && day <= daysInMonth(year, month) && iso(year) <= today) return iso(year) as IsoDate;
	}
	throw badInput(`"${text}" is not a real day: check the month and day.`);
}
