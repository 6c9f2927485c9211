import {type IsoDate, addMonths, eachDay, startOfMonth} from '../../dates.js';
import {type Amount, ZERO, addAmounts, formatAmount, ratio, subtractAmounts, sumAmounts} from '../../money.js';
import type {CostQuery} from '../../query.js';
import {ESTIMATED, type RunResult, noDataSentence, rankedGroups, scopeWords, totalSentence} from './answer-totals.js';
import {describeMetric, describePeriod, describeShare} from './describe.js';
import type {KnownAccount} from './types.js';

interface Bucket {
	readonly start: string;
	readonly amount: Amount;
}

/**
 * One total per time bucket, over all groups. Days and months with no row
 * count as zero (Cost Explorer leaves out what cost nothing), so averages
 * are per calendar day or month; hourly buckets are the hours that came back.
 */
function bucketTotals(query: CostQuery, rows: RunResult['rows']): Bucket[] {
	const sums = new Map<string, Amount>();
	const keyOf = (start: string): string => (query.granularity === 'HOURLY' ? start : start.slice(0, 10));
	for (const row of rows) sums.set(keyOf(row.start), addAmounts(sums.get(keyOf(row.start)) ?? ZERO, row.amount));
	const starts =
		query.granularity === 'DAILY'
			? eachDay(query.period)
			: query.granularity === 'MONTHLY'
				? monthStarts(query.period.start, query.period.end)
				: [...sums.keys()].sort();
	return starts.map(start => ({start, amount: sums.get(start) ?? ZERO}));
}

function monthStarts(start: IsoDate, end: IsoDate): string[] {
	const starts: string[] = [start];
	for (let month = addMonths(start, 1); month < end; month = addMonths(month, 1)) starts.push(month);
	return starts;
}

const unitWords = {HOURLY: ['Hourly', 'an hour'], DAILY: ['Daily', 'a day'], MONTHLY: ['Monthly', 'a month']} as const;

const average = (buckets: readonly Bucket[]): Amount =>
	buckets.length === 0 ? ZERO : ((sumAmounts(buckets.map(bucket => bucket.amount)) / BigInt(buckets.length)) as Amount);

function when(query: CostQuery, start: string): string {
	if (query.granularity !== 'MONTHLY') return `on ${start}`;
	const monthStart = startOfMonth(start.slice(0, 10) as IsoDate);
	return describePeriod({start: monthStart, end: addMonths(monthStart, 1)});
}

/**
 * "Daily spend on S3 from … to …: $T in total, $A a day on average; highest
 * $H on …, lowest $L on …. The second half averaged $X a day, up 12.0% from
 * the first."
 */
export function trendSentence(query: CostQuery, result: RunResult, accounts: readonly KnownAccount[]): string {
	if (result.empty) return noDataSentence(query, accounts);
	const buckets = bucketTotals(query, result.rows);
	if (buckets.length < 2) return totalSentence(query, result, accounts);
	const [label, per] = unitWords[query.granularity];
	const money = (amount: Amount): string => formatAmount(amount, result.unit);
	const highest = buckets.reduce((best, bucket) => (bucket.amount > best.amount ? bucket : best));
	const lowest = buckets.reduce((best, bucket) => (bucket.amount < best.amount ? bucket : best));
	const half = Math.floor(buckets.length / 2);
	const first = average(buckets.slice(0, half));
	const second = average(buckets.slice(buckets.length - half));
	const change = subtractAmounts(second, first);
	const share = ratio(change, first);
	const direction =
		change === ZERO || share === null
			? 'the same as the first'
			: `${change > 0n ? 'up' : 'down'} ${describeShare(Math.abs(share))} from the first`;
	const sentences = [
		`${label} ${query.metric === 'UsageQuantity' ? 'usage' : 'spend'}${describeMetric(query.metric)}${scopeWords(query, accounts)}: ${money(result.total)} in total, ${money(average(buckets))} ${per} on average; highest ${money(highest.amount)} ${when(query, highest.start)}, lowest ${money(lowest.amount)} ${when(query, lowest.start)}${result.estimated ? ESTIMATED : ''}.`,
		`The second half averaged ${money(second)} ${per}, ${direction}.`,
	];
	const [largest] = query.groupBy.length > 0 ? rankedGroups(query, result, accounts) : [];
	if (largest) sentences.push(`The largest part was ${largest.label} at ${money(largest.amount)} (${describeShare(ratio(largest.amount, result.total))}).`);
	return sentences.join(' ');
}
