import {type IsoDate, type Period, addDays, addMonths, dayNumber, fromYmd, ymd} from '../../dates.js';
import {resolvePreset, startOfIsoWeek} from '../../presets.js';
import {mostRecentMonthStart, upToToday} from './calendar-words.js';
import type {PeriodPhrase} from './period-phrases.js';

type Resolve = (match: RegExpExecArray, today: IsoDate) => PeriodPhrase;

/** Said with every week-based answer: there is one convention, and the answer names it. */
export const WEEK_NOTE = 'Weeks run Monday to Sunday (ISO weeks).';

const withNote = (period: Period, note: string, whole?: Period): PeriodPhrase => ({
	kind: 'period',
	period,
	notes: [note],
	...(whole === undefined ? {} : {whole}),
});

const isoWeeksBack = (weeks: number, today: IsoDate): Period => {
	const start = addDays(startOfIsoWeek(today), -7 * weeks);
	return {start, end: addDays(start, 7)};
};

/** 0 Monday … 6 Sunday. */
const weekday = (date: IsoDate): number => (dayNumber(date) + 3) % 7;

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;

/** The Saturday and Sunday of the ISO week `weeksBack` weeks before today's, cut at today. */
function weekend(weeksBack: number, today: IsoDate): PeriodPhrase {
	const saturday = addDays(startOfIsoWeek(today), 5 - 7 * weeksBack);
	const whole = {start: saturday, end: addDays(saturday, 2)};
	return withNote(upToToday(whole, today), `The weekend is taken as Saturday ${saturday} and Sunday ${addDays(saturday, 1)}.`);
}

interface Season {
	readonly name: string;
	/** The first month; winter runs December to February. */
	readonly firstMonth: number;
}

const SEASONS: Readonly<Record<string, Season>> = {
	spring: {name: 'Spring', firstMonth: 3},
	summer: {name: 'Summer', firstMonth: 6},
	autumn: {name: 'Autumn', firstMonth: 9},
	fall: {name: 'Fall', firstMonth: 9},
	winter: {name: 'Winter', firstMonth: 12},
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (date: IsoDate): string => MONTH_NAMES[ymd(date).month - 1] ?? '';

/**
 * Seasons are the meteorological ones of the northern hemisphere, and the
 * answer says which months it took. "Last summer" is the most recent one that
 * is over; "this winter" the one of this year; a bare "summer" the most
 * recent one that has begun; "winter 2025" starts in December 2025.
 */
function season(which: string | undefined, word: string, year: string | undefined, today: IsoDate): PeriodPhrase {
	const {name, firstMonth} = SEASONS[word] ?? SEASONS['summer']!;
	const latest = mostRecentMonthStart(firstMonth, today);
	const thisYears = fromYmd(firstMonth === 12 && ymd(today).month <= 2 ? ymd(today).year - 1 : ymd(today).year, firstMonth, 1);
	const start =
		year !== undefined
			? fromYmd(Number(year), firstMonth, 1)
			: which === 'this'
				? thisYears
				: which === 'last' || which === 'previous'
					? addMonths(latest, addMonths(latest, 3) > today ? -12 : 0)
					: latest;
	const whole = {start, end: addMonths(start, 3)};
	const last = addMonths(start, 2);
	const span = ymd(start).year === ymd(last).year ? `${monthName(start)} to ${monthName(last)} ${ymd(last).year}` : `${monthName(start)} ${ymd(start).year} to ${monthName(last)} ${ymd(last).year}`;
	return withNote(upToToday(whole, today), `${name} is taken as ${span} (northern hemisphere).`, whole);
}

/** The nth (1-based) `day` (0 Monday) of a month. */
function nthWeekday(year: number, month: number, day: number, nth: number): IsoDate {
	const first = fromYmd(year, month, 1);
	return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (nth - 1));
}

/** Easter Sunday (the Gregorian computus of Meeus/Jones/Butcher). */
function easter(year: number): IsoDate {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return fromYmd(year, month, day);
}

const thanksgiving = (year: number): IsoDate => nthWeekday(year, 11, 3, 4);

/** Named days, US retail and holiday calendar; the label is how the answer names the day. */
const NAMED_DAYS: ReadonlyArray<readonly [pattern: string, label: string, day: (year: number) => IsoDate]> = [
	['black friday', 'Black Friday', year => addDays(thanksgiving(year), 1)],
	['cyber monday', 'Cyber Monday', year => addDays(thanksgiving(year), 4)],
	['thanksgiving(?: day)?', 'Thanksgiving', thanksgiving],
	['christmas eve', 'Christmas Eve', year => fromYmd(year, 12, 24)],
	['christmas(?: day)?|xmas', 'Christmas Day', year => fromYmd(year, 12, 25)],
	['boxing day', 'Boxing Day', year => fromYmd(year, 12, 26)],
	['new years eve', 'New Year’s Eve', year => fromYmd(year, 12, 31)],
	['new years(?: day)?|new year', 'New Year’s Day', year => fromYmd(year, 1, 1)],
	['valentines(?: day)?', 'Valentine’s Day', year => fromYmd(year, 2, 14)],
	['halloween', 'Halloween', year => fromYmd(year, 10, 31)],
	['independence day|(?:the )?fourth of july', 'Independence Day', year => fromYmd(year, 7, 4)],
	['good friday', 'Good Friday', year => addDays(easter(year), -2)],
	['easter monday', 'Easter Monday', year => addDays(easter(year), 1)],
	['easter(?: sunday)?', 'Easter Sunday', easter],
];

/** A named day: in the year given, or the most recent one not after today ("last Black Friday" alike). */
function namedDay(label: string, day: (year: number) => IsoDate, year: string | undefined, today: IsoDate): PeriodPhrase {
	const thisYear = ymd(today).year;
	const date = year !== undefined ? day(Number(year)) : day(thisYear) <= today ? day(thisYear) : day(thisYear - 1);
	const note = year === undefined ? `${label} is taken as ${date}, the most recent one.` : `${label} ${year} was ${date}.`;
	return withNote({start: date, end: addDays(date, 1)}, note);
}

/** "on Monday": the most recent Monday, today included; "last Monday": the most recent before today. */
function namedWeekday(which: string | undefined, name: string, today: IsoDate): PeriodPhrase {
	const wanted = WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);
	const back = (weekday(today) - wanted + 7) % 7;
	const date =
		which === 'this'
			? addDays(startOfIsoWeek(today), wanted)
			: addDays(today, -(which === 'last' || which === 'previous' ? back || 7 : back));
	const label = `${name[0]!.toUpperCase()}${name.slice(1)}`;
	return withNote({start: date, end: addDays(date, 1)}, `${label} is taken as ${date}.`);
}

/** The most recent half year that has begun, or the one of the year given; H1 is January to June. */
function halfYear(half: number, year: number | undefined, today: IsoDate): PeriodPhrase {
	const firstMonth = half === 1 ? 1 : 7;
	const start = year === undefined ? mostRecentMonthStart(firstMonth, today) : fromYmd(year, firstMonth, 1);
	const whole = {start, end: addMonths(start, 6)};
	return withNote(upToToday(whole, today), `H${half} is taken as ${half === 1 ? 'January to June' : 'July to December'} ${ymd(start).year}.`, whole);
}

const halfNumber = (word: string): number => (/^(?:1|first|1st)$/.test(word) ? 1 : 2);
const yearOf = (word: string | undefined, today: IsoDate): number | undefined =>
	word === undefined ? undefined : word === 'this year' ? ymd(today).year : word === 'last year' ? ymd(today).year - 1 : Number(word);

/**
 * Periods with a name rather than a number: weeks (ISO, Monday first),
 * weekends, weekdays, halves, seasons and named days. Read before the plain
 * period phrases, so "the week before last" is not "the week before".
 */
export const NAMED_PERIOD_RULES: ReadonlyArray<readonly [RegExp, Resolve]> = [
	[/\b(?:the )?weekend before last\b/, (_match, today) => weekend(2, today)],
	[/\b(?:last|previous|past) weekend\b/, (_match, today) => weekend(1, today)],
	[/\bthis weekend\b/, (_match, today) => weekend(0, today)],
	[/\b(?:over |at |on |during )?the weekend\b/, (_match, today) => weekend(weekday(today) >= 5 ? 0 : 1, today)],
	[/\b(?:the )?week before last\b/, (_match, today) => withNote(isoWeeksBack(2, today), WEEK_NOTE)],
	[/\b(\d{1,2}) weeks? ago\b|\ba week ago\b/, (match, today) => withNote(isoWeeksBack(Number(match[1] ?? 1), today), WEEK_NOTE)],
	[/\b(?:last|previous|prior) week\b/, (_match, today) => withNote(resolvePreset('last-week', today), WEEK_NOTE)],
	[/\b(?:this week|week to date|wtd)\b/, (_match, today) => withNote(resolvePreset('this-week', today), WEEK_NOTE)],
	[/\b(\d{1,3}) days? ago\b/, (match, today) => {
		const day = addDays(today, -Number(match[1]));
		return {kind: 'period', period: {start: day, end: addDays(day, 1)}, notes: []};
	}],
	...NAMED_DAYS.map(([pattern, label, day]): readonly [RegExp, Resolve] => [
		new RegExp(`\\b(?:(?:on|last|this) )?(?:${pattern})(?: (\\d{4}))?\\b`),
		(match, today) => namedDay(label, day, match[1], today),
	]),
	[new RegExp(`\\b(?:(this|last|previous) |on )?(${WEEKDAY})\\b`), (match, today) => namedWeekday(match[1], match[2] ?? 'monday', today)],
	[/\b(?:the )?(first|second|1st|2nd) half(?: of)?(?: the year)?(?: (\d{4}|this year|last year))?\b/, (match, today) =>
		halfYear(halfNumber(match[1] ?? ''), yearOf(match[2], today), today)],
	[/\bh([12])(?: (?:of )?(\d{4}))?\b|\b(\d{4})[ -]h([12])\b/, (match, today) =>
		halfYear(Number(match[1] ?? match[4]), yearOf(match[2] ?? match[3], today), today)],
	[/\b(?:(this|last|previous) |(?:in|during|over|for|through|throughout) (?:the )?)(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?\b/, (match, today) =>
		season(match[1], match[2] ?? '', match[3], today)],
	[/\b(spring|summer|autumn|winter)(?: (?:of )?(\d{4}))?\b/, (match, today) => season(undefined, match[1] ?? '', match[2], today)],
];
