import {
	type IsoDate,
	type Period,
	addDays,
	addMonths,
	dayNumber,
	fromYmd,
	minDate,
	parseIsoDate,
	startOfMonth,
	ymd,
} from './dates.js';
import {badInput} from './errors.js';
import {quoteInput} from './quote-input.js';

export const PERIOD_PRESETS = [
	'today',
	'yesterday',
	'this-month',
	'last-month',
	'last-7-days',
	'last-30-days',
	'last-3-months',
	'last-12-months',
	'ytd',
	'last-quarter',
	'this-week',
	'last-week',
] as const;

export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** Monday of the ISO week `date` is in: weeks run Monday to Sunday everywhere (1970-01-01 was a Thursday). */
export function startOfIsoWeek(date: IsoDate): IsoDate {
	return addDays(date, -((dayNumber(date) + 3) % 7));
}

/**
 * Turns a preset (`last-month`), a month (`2026-09`), a quarter (`2026-Q3`)
 * or a year (`2026`) into a period with an exclusive end. Periods that reach
 * past today are cut at the end of today. "Last N days" are the N whole days
 * before today; "last N months" are whole months before this one. Weeks
 * are ISO weeks, Monday first: "last-week" is last Monday to Sunday.
 */
export function resolvePreset(text: string, today: IsoDate): Period {
	const preset = text.trim().toLowerCase();
	const tomorrow = addDays(today, 1);
	const thisMonth = startOfMonth(today);
	const upToToday = (start: IsoDate, end: IsoDate): Period => ({start, end: minDate(end, tomorrow)});
	const lastDays = /^last-(\d{1,3})-days$/.exec(preset);
	const lastMonths = /^last-(\d{1,2})-months$/.exec(preset);
	const month = /^(\d{4})-(\d{2})$/.exec(preset);
	const quarter = /^(\d{4})-q([1-4])$/.exec(preset);
	const year = /^(\d{4})$/.exec(preset);

	if (preset === 'today') return {start: today, end: tomorrow};
	if (preset === 'yesterday') return {start: addDays(today, -1), end: today};
	if (preset === 'this-month' || preset === 'mtd') return {start: thisMonth, end: tomorrow};
	if (preset === 'last-month') return {start: addMonths(thisMonth, -1), end: thisMonth};
	if (preset === 'ytd') return {start: fromYmd(ymd(today).year, 1, 1), end: tomorrow};
	if (preset === 'this-week') return {start: startOfIsoWeek(today), end: tomorrow};
	if (preset === 'last-week') return {start: addDays(startOfIsoWeek(today), -7), end: startOfIsoWeek(today)};
	if (preset === 'last-quarter') {
		const quarterStart = fromYmd(ymd(today).year, Math.floor((ymd(today).month - 1) / 3) * 3 + 1, 1);
		return {start: addMonths(quarterStart, -3), end: quarterStart};
	}
	if (lastDays) {
		const days = Number(lastDays[1]);
		if (days < 1) throw badInput(`${quoteInput(text)}: the number of days must be at least 1.`);
		return {start: addDays(today, -days), end: today};
	}
	if (lastMonths) {
		const months = Number(lastMonths[1]);
		if (months < 1) throw badInput(`${quoteInput(text)}: the number of months must be at least 1.`);
		return {start: addMonths(thisMonth, -months), end: thisMonth};
	}
	// A calendar period that has not begun has no cost data yet (and year 9999's end is not a date).
	const begun = (start: IsoDate): IsoDate => {
		if (start > today) throw badInput(`${quoteInput(text)} starts after today (${today}): cost data stops at today; for what comes next, use \`aws-cost forecast\`.`);
		return start;
	};
	if (month) {
		const start = begun(parseIsoDate(`${month[1]}-${month[2]}-01`));
		return upToToday(start, addMonths(start, 1));
	}
	if (quarter) {
		const start = begun(fromYmd(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1, 1));
		return upToToday(start, addMonths(start, 3));
	}
	if (year) {
		const start = begun(fromYmd(Number(year[1]), 1, 1));
		return upToToday(start, fromYmd(Number(year[1]) + 1, 1, 1));
	}
	throw badInput(
		`Unknown range ${quoteInput(text)}: use one of ${PERIOD_PRESETS.join(', ')}, a month (2026-09), a quarter (2026-Q3) or a year (2026).`,
	);
}

/** Inclusive human dates (`--from 2026-09-01 --to 2026-09-30`) to an exclusive-end period. */
export function periodFromInclusive(from: string, to: string): Period {
	const start = parseFlagDate('--from', from);
	const last = parseFlagDate('--to', to);
	if (last < start) throw badInput(`--to ${to} is before --from ${from}: swap them.`);
	return {start, end: addDays(last, 1)};
}

/** A date flag's value, or a one-line error that names the flag. */
function parseFlagDate(flag: string, text: string): IsoDate {
	try {
		return parseIsoDate(text);
	} catch (error) {
		throw badInput(`${flag} ${error instanceof Error ? error.message : String(error)}`);
	}
}
