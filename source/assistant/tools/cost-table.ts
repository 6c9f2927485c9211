import {totalsByGroup} from '../../aggregate.js';
import type {QueryResult} from '../../engine.js';
import {type Amount, compareAmounts, formatAmount, ratio, sumAmounts} from '../../money.js';
import {rowKeyLabels} from '../../group-keys.js';
import {formatShare} from '../../percent.js';
import {groupByLabel} from '../../query.js';
import {compactTable, capRows, plural} from './compact-table.js';
import {queryLabel} from './describe-query.js';

/** Up to this many time buckets become columns of a grouped table; more are summed. */
const MAX_BUCKET_COLUMNS = 4;

/**
 * A query result as the model should see it: a title, a capped table
 * (groups by total, descending; or buckets in time order), the total, and
 * whether figures are estimated. Never the raw rows.
 */
export function costResultText(result: QueryResult): string {
	const {query, unit} = result;
	const money = (amount: Amount): string => formatAmount(amount, unit);
	const lines = [`${queryLabel(query)} (${query.granularity}, ${query.metric}, ${query.period.start} to ${query.period.end} exclusive)`];
	if (result.empty) {
		lines.push('No data: no rows matched (this is not $0.00). If a filter value may be misspelled, check it with dimension_values.');
		return lines.join('\n');
	}
	const buckets = [...new Set(result.rows.map(row => row.start))].sort();
	if (query.groupBy.length === 0) {
		lines.push(bucketTable(result, buckets, money));
	} else {
		lines.push(groupTable(result, buckets, money));
	}
	lines.push(`Total: ${money(result.total)}`);
	if (result.estimated) lines.push('Some figures are estimated (not final yet).');
	return lines.join('\n');
}

function bucketTable(result: QueryResult, buckets: readonly string[], money: (amount: Amount) => string): string {
	const byBucket = new Map<string, Amount[]>();
	for (const row of result.rows) byBucket.set(row.start, [...(byBucket.get(row.start) ?? []), row.amount]);
	// Most recent buckets first: the cap then drops the oldest.
	const recentFirst = [...buckets].reverse();
	const {shown, hidden} = capRows(recentFirst);
	const rows = [...shown].reverse().map(bucket => [bucket.slice(0, 10), money(sumAmounts(byBucket.get(bucket) ?? []))]);
	const table = compactTable(['period start', 'amount'], rows);
	if (hidden.length === 0) return table;
	const hiddenTotal = sumAmounts(hidden.flatMap(bucket => byBucket.get(bucket) ?? []));
	return `${table}\n(${plural(hidden.length, 'earlier row')} not shown, totalling ${money(hiddenTotal)})`;
}

function groupTable(result: QueryResult, buckets: readonly string[], money: (amount: Amount) => string): string {
	const totals = [...totalsByGroup(result.rows).values()].sort((a, b) => compareAmounts(b.amount, a.amount));
	const bucketColumns = buckets.length > 1 && buckets.length <= MAX_BUCKET_COLUMNS ? buckets : [];
	const perBucket = new Map<string, Amount>();
	for (const row of result.rows) perBucket.set(`${row.keys.join('\u0000')}\u0001${row.start}`, row.amount);
	const header = [
		...result.query.groupBy.map(groupByLabel),
		...bucketColumns.map(bucket => bucket.slice(0, 10)),
		bucketColumns.length > 0 ? 'total' : 'amount',
		'share',
	];
	const {shown, hidden} = capRows(totals);
	const rows = shown.map(group => [
		...rowKeyLabels(result.query.groupBy, group.keys),
		...bucketColumns.map(bucket => {
			const amount = perBucket.get(`${group.keys.join('\u0000')}\u0001${bucket}`);
			return amount === undefined ? '-' : money(amount);
		}),
		money(group.amount),
		share(group.amount, result.total),
	]);
	const table = compactTable(header, rows);
	if (hidden.length === 0) return table;
	const hiddenTotal = sumAmounts(hidden.map(group => group.amount));
	return `${table}\n(${plural(hidden.length, 'more row')} not shown, totalling ${money(hiddenTotal)})`;
}

export function share(part: Amount, whole: Amount): string {
	return formatShare(ratio(part, whole));
}
