import {totalsByGroup} from '../../aggregate.js';
import {type Amount, ZERO, compareAmounts, formatAmount, ratio, sumAmounts} from '../../money.js';
import {type CostQuery, metricIsMoney} from '../../query.js';
import {describeFilter, describeKeys, describeMetric, describePeriod, describeShare, groupNoun} from './describe.js';
import type {KnownAccount, QueryRunner} from './types.js';

export type RunResult = Awaited<ReturnType<QueryRunner['run']>>;

/** Marks figures Cost Explorer has not finalised. */
export const ESTIMATED = ' (estimated; not final yet)';

/** " on S3 in October 2026": what and when, for the end of a sentence. */
export function scopeWords(query: CostQuery, accounts: readonly KnownAccount[]): string {
	return `${describeFilter(query.filter, accounts)} ${describePeriod(query.period)}`;
}

/** The honest sentence for no rows at all: no data is not $0.00. */
export function noDataSentence(query: CostQuery, accounts: readonly KnownAccount[]): string {
	return `There is no ${metricIsMoney(query.metric) ? 'cost' : 'usage'} data${scopeWords(query, accounts)}.`;
}

/** "You spent $12,345.67 on Amazon Simple Storage Service in October 2026." */
export function totalSentence(query: CostQuery, result: RunResult, accounts: readonly KnownAccount[]): string {
	if (result.empty) return noDataSentence(query, accounts);
	const figure = `${formatAmount(result.total, result.unit)}${describeMetric(query.metric)}`;
	const estimated = result.estimated ? ESTIMATED : '';
	if (!metricIsMoney(query.metric)) return `Usage${scopeWords(query, accounts)} was ${figure}${estimated}.`;
	return `You spent ${figure}${scopeWords(query, accounts)}${estimated}.`;
}

/** Group totals over the whole period, largest first (ties by name, so answers are stable). */
export function rankedGroups(query: CostQuery, result: RunResult, accounts: readonly KnownAccount[]): {label: string; amount: Amount}[] {
	return [...totalsByGroup(result.rows).values()]
		.map(group => ({label: describeKeys(group.keys, query, accounts), amount: group.amount}))
		.sort((a, b) => compareAmounts(b.amount, a.amount) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

const BREAKDOWN_ROWS = 5;

/** "You spent $1,000.00 in October 2026. By service:" and one "- A $600.00 (60.0%)" line per group, then "- 3 more $50.00 (5.0%)". */
export function breakdownSentence(query: CostQuery, result: RunResult, accounts: readonly KnownAccount[]): string {
	if (result.empty) return noDataSentence(query, accounts);
	const groups = rankedGroups(query, result, accounts);
	const shown = groups.slice(0, BREAKDOWN_ROWS);
	const rest = groups.slice(BREAKDOWN_ROWS);
	const items = shown.map(group => item(group.label, group.amount, result));
	if (rest.length > 0) {
		const restTotal = sumAmounts(rest.map(group => group.amount));
		items.push(`${rest.length} more ${formatAmount(restTotal, result.unit)} (${describeShare(ratio(restTotal, result.total))})`);
	}
	const noun = groupNoun(query.groupBy, false);
	return [`${totalSentence(query, result, accounts)} By ${noun}:`, ...items.map(line => `- ${line}`)].join('\n');
}

/** "Top 3 services in October 2026 (total $1,000.00):" and one numbered line per group: a list, not a paragraph. */
export function topSentence(query: CostQuery, result: RunResult, limit: number, accounts: readonly KnownAccount[]): string {
	if (result.empty) return noDataSentence(query, accounts);
	const groups = rankedGroups(query, result, accounts).slice(0, limit);
	const estimated = result.estimated ? ESTIMATED : '';
	const total = `${formatAmount(result.total, result.unit)}${describeMetric(query.metric)}`;
	const [first] = groups;
	if (limit === 1 && first) {
		return `The most expensive ${groupNoun(query.groupBy, false)}${scopeWords(query, accounts)} was ${item(first.label, first.amount, result)} of ${total}${estimated}.`;
	}
	const ranked = groups.map((group, index) => `${index + 1}. ${item(group.label, group.amount, result)}`);
	const heading = groups.length < limit ? `All ${groups.length}` : `Top ${limit}`;
	return [`${heading} ${groupNoun(query.groupBy, groups.length !== 1)}${scopeWords(query, accounts)} (total ${total}${estimated}):`, ...ranked].join('\n');
}

function item(label: string, amount: Amount, result: RunResult): string {
	const share = result.total === ZERO ? '' : ` (${describeShare(ratio(amount, result.total))})`;
	return `${label} ${formatAmount(amount, result.unit)}${share}`;
}
