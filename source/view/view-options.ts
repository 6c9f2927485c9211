import {type IsoDate, type Period, addDays, addMonths, minDate, shiftPeriod, startOfMonth, ymd} from '../dates.js';
import {PERIOD_PRESETS, resolvePreset} from '../presets.js';
import {type Granularity, METRICS, type Metric} from '../query.js';
import {earliestDailyDate, earliestHourlyDate} from '../validate.js';

/** What keys 1–6 choose, in order. */
export const KEY_PRESETS = [
	'this-month',
	'last-month',
	'last-7-days',
	'last-30-days',
	'last-3-months',
	'last-12-months',
] as const satisfies readonly (typeof PERIOD_PRESETS)[number][];

export type KeyPreset = (typeof KEY_PRESETS)[number];

/** HOURLY only where Cost Explorer has it (the last 14 days). */
export function granularityFits(granularity: Granularity, period: Period, today: IsoDate): boolean {
	if (granularity !== 'HOURLY') return true;
	return period.start >= earliestHourlyDate(today);
}

/** DAILY → MONTHLY → HOURLY (when the period allows it) → DAILY. */
export function nextGranularity(current: Granularity, period: Period, today: IsoDate): Granularity {
	const order: Granularity[] = ['DAILY', 'MONTHLY', 'HOURLY'];
	const start = order.indexOf(current);
	for (let step = 1; step <= order.length; step++) {
		const candidate = order[(start + step) % order.length]!;
		if (granularityFits(candidate, period, today)) return candidate;
	}
	return 'DAILY';
}

export function nextMetric(current: Metric): Metric {
	return METRICS[(METRICS.indexOf(current) + 1) % METRICS.length]!;
}

export type PeriodShift = {readonly ok: true; readonly period: Period} | {readonly ok: false; readonly reason: string};

/** The whole month "this month so far" stands for; any other period is itself. */
export function calendarSpan(period: Period, today: IsoDate): Period {
	const monthSoFar = period.start === startOfMonth(today) && period.end === addDays(today, 1) && ymd(period.end).day !== 1;
	return monthSoFar ? {start: period.start, end: addMonths(period.start, 1)} : period;
}

/**
 * The period one length earlier or later; calendar months step by calendar
 * months, so `[` from this month is all of last month. A period reaching past
 * today is cut at today; one starting after today, or before the 13 months
 * Cost Explorer keeps, is refused with the reason.
 */
export function shiftViewPeriod(period: Period, steps: number, today: IsoDate): PeriodShift {
	const shifted = shiftPeriod(calendarSpan(period, today), steps);
	const tomorrow = addDays(today, 1);
	if (shifted.start >= tomorrow) return {ok: false, reason: 'Already at the latest period: cost data stops at today.'};
	if (shifted.start < earliestDailyDate(today)) {
		return {ok: false, reason: `Cost Explorer keeps 13 months of history: nothing before ${earliestDailyDate(today)}.`};
	}
	return {ok: true, period: {start: shifted.start, end: minDate(shifted.end, tomorrow)}};
}

export function presetPeriod(preset: KeyPreset, today: IsoDate): Period {
	return resolvePreset(preset, today);
}
