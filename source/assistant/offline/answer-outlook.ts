import {forecastSum} from '../../analysis/forecast.js';
import {Z_80} from '../../analysis/robust-statistics.js';
import {type IsoDate, type Period, addDays, daysBetween, startOfMonth} from '../../dates.js';
import type {QueryResult} from '../../engine.js';
import {describeCauses} from '../../insights/format/anomaly-output.js';
import type {ForecastReport} from '../../insights/forecast-report.js';
import {type Amount, ZERO, addAmounts, amountFromNumber, formatAmount, negateAmount, subtractAmounts} from '../../money.js';
import type {CostQuery, GroupBy} from '../../query.js';
import {noDataSentence} from './answer-totals.js';
import {describeFilter, describeKeys, describeMetric, describePeriod, groupNoun, listOf} from './describe.js';
import type {GroupedQuery, KnownAccount, QueryRunner} from './types.js';

const methodNames = {
	'holt-winters': 'Holt-Winters with weekly seasonality',
	'seasonal-naive': 'last week repeated',
	mean: 'the recent average',
	flat: 'the last day held flat',
	none: 'no model',
} as const;

/** A sentence and the queries that answered it, the report's main query first. */
export interface OutlookAnswer {
	readonly text: string;
	readonly queries: readonly CostQuery[];
}

/** The projection of `target`: billed days plus the report's forecast for the rest, with the 80% interval. */
interface TargetProjection {
	readonly billed: Amount;
	readonly projected: Amount;
	readonly lower: Amount;
	readonly upper: Amount;
}

function projectTarget(report: ForecastReport, target: Period, billedBefore: Amount): TargetProjection {
	const {monthEnd} = report.overall;
	if (target.start === monthEnd.month.start && target.end === monthEnd.month.end) {
		// This month: the very figures `aws-cost forecast` prints as its month end.
		return {billed: monthEnd.monthToDate, projected: monthEnd.projected, lower: monthEnd.lower, upper: monthEnd.upper};
	}
	const skipped = Math.max(0, daysBetween(report.today, target.start));
	const rest = forecastSum(report.overall, skipped, daysBetween(report.today, target.end), Z_80);
	const billed = target.start < report.today ? addAmounts(monthEnd.monthToDate, billedBefore) : ZERO;
	const plus = (value: number): Amount => addAmounts(billed, amountFromNumber(value));
	return {billed, projected: plus(rest.mean), lower: plus(rest.lower), upper: plus(rest.upper)};
}

/**
 * The spend of `target` as `aws-cost forecast` projects it: billed days plus
 * its local daily forecast for the rest (today included: its figure is
 * partial), with the 80% interval. Months of the target before this one
 * (a quarter) are billed figures, one more query.
 */
export async function forecastAnswer(history: CostQuery, target: Period, runner: QueryRunner, accounts: readonly KnownAccount[]): Promise<OutlookAnswer> {
	const today: IsoDate = history.period.end;
	const ran: QueryResult[] = [];
	const report = await runner.forecast({
		scope: history.scope,
		metric: history.metric,
		...(history.filter === undefined ? {} : {filter: history.filter}),
		horizonDays: daysBetween(today, target.end),
		onResult: result => void ran.push(result),
	});
	const main = ran[0];
	if (main === undefined || main.empty) return {text: `${noDataSentence(history, accounts)} Nothing to forecast from.`, queries: ran.slice(0, 1).map(result => result.query)};
	const monthStart = startOfMonth(today);
	const earlier: CostQuery | undefined = target.start < monthStart ? {...history, period: {start: target.start, end: monthStart}, granularity: 'MONTHLY'} : undefined;
	const billedBefore = earlier === undefined ? ZERO : (await runner.run(earlier)).total;
	const {billed, projected, lower, upper} = projectTarget(report, target, billedBefore);
	const money = (amount: Amount): string => formatAmount(amount, main.unit);
	const forecastDays = daysBetween(today, target.end) - Math.max(0, daysBetween(today, target.start));
	const billedPart =
		target.start < today
			? `${money(billed)} billed through ${addDays(today, -1)} plus ${money(subtractAmounts(projected, billed))} forecast for the remaining ${forecastDays} ${forecastDays === 1 ? 'day' : 'days'}`
			: `${forecastDays} forecast days`;
	const text =
		`Projected spend${describeMetric(history.metric)}${describeFilter(history.filter, accounts)} ${describePeriod(target)}: ` +
		`${money(projected)} (80% range ${money(lower)} to ${money(upper)}), ` +
		`${billedPart}, by ${methodNames[report.overall.method]}. Cost Explorer's own forecast: \`aws-cost forecast\`.`;
	return {text, queries: earlier === undefined ? [main.query] : [main.query, earlier]};
}

const SHOWN_ANOMALIES = 3;

/**
 * The unusual stretches inside the window as `aws-cost anomalies` finds
 * them, largest impact first, each with what drove it. Per account when the
 * question asks by account, else per service (a question about one service
 * or region is narrowed by its filter; the root cause names the usage type
 * or region).
 */
export async function anomaliesAnswer(query: GroupedQuery, window: Period, runner: QueryRunner, accounts: readonly KnownAccount[]): Promise<OutlookAnswer> {
	const dimension = query.groupBy[0].key === 'LINKED_ACCOUNT' ? 'LINKED_ACCOUNT' : 'SERVICE';
	const groupBy: [GroupBy] = [{type: 'DIMENSION', key: dimension}];
	const ran: QueryResult[] = [];
	const report = await runner.anomalies({
		scope: query.scope,
		metric: query.metric,
		...(query.filter === undefined ? {} : {filter: query.filter}),
		period: window,
		dimensions: [dimension],
		onResult: result => void ran.push(result),
	});
	const main = ran[0];
	const answer = (text: string): OutlookAnswer => ({text, queries: ran.slice(0, 1).map(result => result.query)});
	if (main === undefined || main.empty) return answer(noDataSentence({...query, period: window}, accounts));
	const where = `${describeFilter(query.filter, accounts)} ${describePeriod(report.period)}`;
	const found = report.anomalies;
	if (found.length === 0) return answer(`Nothing unusual${where}: every ${groupNoun(groupBy, false)} stayed within its usual range.`);
	const money = (amount: Amount): string => formatAmount(amount, main.unit);
	const described = found.slice(0, SHOWN_ANOMALIES).map(({anomaly, causes}) => {
		const label = describeKeys([anomaly.group], {...query, groupBy}, accounts);
		const impact = anomaly.impact < 0n ? `−${money(negateAmount(anomaly.impact))}` : `+${money(anomaly.impact)}`;
		const cause = describeCauses(causes.slice(0, 1));
		return (
			`${label} ${anomaly.direction === 'spike' ? 'spiked' : 'dropped'} ${describePeriod(anomaly.period)} ` +
			`(${money(anomaly.actual)} against about ${money(anomaly.expected)} expected, ${impact}${cause === '' ? '' : `, mostly ${cause}`})`
		);
	});
	const more = found.length > SHOWN_ANOMALIES ? ` There ${found.length - SHOWN_ANOMALIES === 1 ? 'is' : 'are'} ${found.length - SHOWN_ANOMALIES} more: \`aws-cost anomalies\` lists them all.` : '';
	return answer(`${found.length} unusual ${found.length === 1 ? 'stretch' : 'stretches'}${where}: ${listOf(described)}.${more}`);
}
