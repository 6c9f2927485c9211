import {
	type IsoDate,
	type Period,
	addDays,
	addMonths,
	fromYmd,
	periodDays,
	startOfMonth,
	ymd,
} from '../../dates.js';
import {ANOMALY_BASELINE_DAYS} from '../../insights/anomaly-report.js';
import {FORECAST_HISTORY_DAYS} from '../../insights/forecast-report.js';
import {resolvePreset} from '../../presets.js';
import type {Expression, Granularity, GroupBy} from '../../query.js';
import {splitFilter} from './filter-parts.js';
import type {QuestionKind} from './types.js';

/**
 * Trends and anomalies look at the last 30 days (a monthly trend at the last
 * 6 whole months); everything else at this month so far.
 */
export function defaultPeriod(kind: QuestionKind, today: IsoDate, granularity?: Granularity): Period {
	if (kind === 'trend' && granularity === 'MONTHLY') return resolvePreset('last-6-months', today);
	return kind === 'trend' || kind === 'anomalies' ? resolvePreset('last-30-days', today) : resolvePreset('this-month', today);
}

/**
 * Trends are DAILY up to about a quarter, MONTHLY beyond. Other questions
 * are MONTHLY (the fewest rows for the same total) except short ranges that
 * do not start on the first of a month ("last 14 days", "yesterday"),
 * which are DAILY so no bucket is a clipped month.
 */
export function defaultGranularity(kind: QuestionKind, period: Period): Exclude<Granularity, 'HOURLY'> {
	const days = periodDays(period);
	if (kind === 'trend' || kind === 'anomalies' || kind === 'forecast') return kind !== 'trend' || days <= 92 ? 'DAILY' : 'MONTHLY';
	return days <= 31 && ymd(period.start).day !== 1 ? 'DAILY' : 'MONTHLY';
}

/**
 * Ranking by service inside one service says nothing: a question about a
 * single service is broken down by usage type instead.
 */
export function defaultGroupBy(filter: Expression | undefined): GroupBy {
	const services = splitFilter(filter).flatMap(part =>
		'Dimensions' in part && part.Dimensions.Key === 'SERVICE' ? part.Dimensions.Values : [],
	);
	return services.length === 1 ? {type: 'DIMENSION', key: 'USAGE_TYPE'} : {type: 'DIMENSION', key: 'SERVICE'};
}

/** Shared with the app's previous column, so the chat and the screen compare the same days. */
export {comparisonPeriod} from '../../dates.js';

/** The same days one year earlier (February 29 becomes March 1). */
export function yearAgoPeriod(period: Period): Period {
	const back = (date: IsoDate): IsoDate => fromYmd(ymd(date).year - 1, ymd(date).month, ymd(date).day);
	return {start: back(period.start), end: back(period.end)};
}

/** The whole calendar months a forecast covers: "this month" means all of it, not the days so far. */
export function forecastTarget(period: Period): Period {
	const last = addDays(period.end, -1);
	return {start: startOfMonth(period.start), end: addMonths(startOfMonth(last), 1)};
}

/** The forecast report's DAILY history: 13 weeks before today (not today: it is not over yet). */
export function forecastHistory(today: IsoDate): Period {
	return {start: addDays(today, -FORECAST_HISTORY_DAYS), end: today};
}

/** The anomaly report's DAILY history: its baseline weeks before the first judged day. */
export function anomalyHistory(window: Period): Period {
	return {start: addDays(window.start, -ANOMALY_BASELINE_DAYS), end: window.end};
}
