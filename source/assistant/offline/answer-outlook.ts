import {dailySeriesByGroup, dailySeriesFromRows} from '../../analysis/daily-series.js';
import {detectGroupAnomalies} from '../../analysis/anomalies.js';
import {forecastDaily, forecastSum} from '../../analysis/forecast.js';
import {totalOf} from '../../aggregate.js';
import {type IsoDate, type Period, addDays, daysBetween} from '../../dates.js';
import {addAmounts, amountFromNumber, formatAmount, negateAmount} from '../../money.js';
import type {CostQuery} from '../../query.js';
import {type RunResult, noDataSentence} from './answer-totals.js';
import {describeFilter, describeKeys, describeMetric, describePeriod, groupNoun, listOf} from './describe.js';
import type {GroupedQuery, KnownAccount} from './types.js';

const methodNames = {
	'holt-winters': 'Holt-Winters with weekly seasonality',
	'seasonal-naive': 'last week repeated',
	mean: 'the recent average',
	flat: 'the last day held flat',
	none: 'no model',
} as const;

/**
 * Billed days of the target plus a local daily forecast for the rest (today
 * included: its figure is partial), with the 80% interval. The history
 * query ends before today, so `history.period.end` is today.
 */
export function forecastSentence(history: CostQuery, target: Period, result: RunResult, accounts: readonly KnownAccount[]): string {
	if (result.empty) return `${noDataSentence(history, accounts)} Nothing to forecast from.`;
	const today: IsoDate = history.period.end;
	const series = dailySeriesFromRows(result.rows, history.period);
	const horizon = daysBetween(today, target.end);
	const forecast = forecastDaily(series, horizon);
	const skipped = Math.max(0, daysBetween(today, target.start));
	const rest = forecastSum(forecast, skipped, horizon);
	const billed = totalOf(result.rows.filter(row => row.start.slice(0, 10) >= target.start));
	const money = (amount: number): string => formatAmount(amountFromNumber(amount), result.unit);
	const projected = addAmounts(billed, amountFromNumber(rest.mean));
	const forecastDays = horizon - skipped;
	const billedPart =
		target.start < today
			? `${formatAmount(billed, result.unit)} billed through ${addDays(today, -1)} plus ${money(rest.mean)} forecast for the remaining ${forecastDays} ${forecastDays === 1 ? 'day' : 'days'}`
			: `${forecastDays} forecast days`;
	const low = addAmounts(billed, amountFromNumber(rest.lower));
	const high = addAmounts(billed, amountFromNumber(rest.upper));
	return (
		`Projected spend${describeMetric(history.metric)}${describeFilter(history.filter, accounts)} ${describePeriod(target)}: ` +
		`${formatAmount(projected, result.unit)} (80% range ${formatAmount(low, result.unit)} to ${formatAmount(high, result.unit)}), ` +
		`${billedPart}, by ${methodNames[forecast.method]}. Cost Explorer's own forecast: \`aws-cost forecast\`.`
	);
}

const SHOWN_ANOMALIES = 3;

/** The unusual stretches inside the window, largest impact first, judged against the weeks before it. */
export function anomaliesSentence(query: GroupedQuery, window: Period, result: RunResult, accounts: readonly KnownAccount[]): string {
	const where = `${describeFilter(query.filter, accounts)} ${describePeriod(window)}`;
	if (result.empty) return noDataSentence({...query, period: window}, accounts);
	const groups = dailySeriesByGroup(result.rows, 0, query.period);
	const found = detectGroupAnomalies(groups, {reportFrom: window.start}).filter(anomaly => anomaly.period.start < window.end);
	if (found.length === 0) return `Nothing unusual${where}: every ${groupNoun(query.groupBy, false)} stayed within its usual range.`;
	const described = found.slice(0, SHOWN_ANOMALIES).map(anomaly => {
		const label = describeKeys([anomaly.group], query, accounts);
		const days = describePeriod(anomaly.period);
		const impact = anomaly.impact < 0n ? `−${formatAmount(negateAmount(anomaly.impact), result.unit)}` : `+${formatAmount(anomaly.impact, result.unit)}`;
		return `${label} ${anomaly.direction === 'spike' ? 'spiked' : 'dropped'} ${days} (${formatAmount(anomaly.actual, result.unit)} against about ${formatAmount(anomaly.expected, result.unit)} expected, ${impact})`;
	});
	const more = found.length > SHOWN_ANOMALIES ? ` There ${found.length - SHOWN_ANOMALIES === 1 ? 'is' : 'are'} ${found.length - SHOWN_ANOMALIES} more: \`aws-cost anomalies\` lists them all.` : '';
	return `${found.length} unusual ${found.length === 1 ? 'stretch' : 'stretches'}${where}: ${listOf(described)}.${more}`;
}
