import {totalsByGroup} from '../../aggregate.js';
import {type Amount, ZERO, compareAmounts, formatAmount, negateAmount, subtractAmounts} from '../../money.js';
import {formatPercentChange} from '../../percent.js';
import {metricIsMoney} from '../../query.js';
import {ESTIMATED, type RunResult, scopeWords} from './answer-totals.js';
import {describeFilter, describeKeys, describeMetric, describePeriod, groupNoun} from './describe.js';
import type {GroupedQuery, KnownAccount} from './types.js';

interface Mover {
	readonly label: string;
	readonly before: Amount;
	readonly after: Amount;
	readonly change: Amount;
}

/** Per-group change between the two periods; groups present in only one count as zero in the other. */
function movers(query: GroupedQuery, current: RunResult, earlier: RunResult, accounts: readonly KnownAccount[]): Mover[] {
	const now = totalsByGroup(current.rows);
	const then = totalsByGroup(earlier.rows);
	const ids = new Set([...now.keys(), ...then.keys()]);
	return [...ids].map(id => {
		const keys = now.get(id)?.keys ?? then.get(id)?.keys ?? [];
		const after = now.get(id)?.amount ?? ZERO;
		const before = then.get(id)?.amount ?? ZERO;
		return {label: describeKeys(keys, query, accounts), before, after, change: subtractAmounts(after, before)};
	});
}

const signed = (amount: Amount, unit: string): string =>
	amount < 0n ? `−${formatAmount(negateAmount(amount), unit)}` : `+${formatAmount(amount, unit)}`;

const byLabel = (a: Mover, b: Mover): number => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/**
 * "You spent $1,200.00 in November 2026, up $200.00 (+20.0%) from $1,000.00
 * in October 2026. Biggest increases: … Biggest decreases: …"
 */
export function compareSentence(
	query: GroupedQuery,
	comparison: GroupedQuery,
	current: RunResult,
	earlier: RunResult,
	limit: number,
	accounts: readonly KnownAccount[],
): string {
	const unit = current.empty ? earlier.unit : current.unit;
	const money = metricIsMoney(query.metric);
	const spent = (result: RunResult): string => `${formatAmount(result.total, unit)}${describeMetric(query.metric)}`;
	const then = describePeriod(comparison.period);
	const estimated = current.estimated || earlier.estimated ? ESTIMATED : '';
	const what = money ? 'cost' : 'usage';
	if (current.empty && earlier.empty) {
		return `There is no ${what} data${describeFilter(query.filter, accounts)} ${describePeriod(query.period)} or ${then}.`;
	}
	if (current.empty) return `There is no ${what} data${scopeWords(query, accounts)}, against ${spent(earlier)} ${then}${estimated}.`;
	const opening = money ? `You spent ${spent(current)}${scopeWords(query, accounts)}` : `Usage${scopeWords(query, accounts)} was ${spent(current)}`;
	if (earlier.empty) return `${opening}; there is no ${what} data ${then} to compare with${estimated}.`;

	const change = subtractAmounts(current.total, earlier.total);
	const percent = earlier.total === ZERO ? '' : ` (${formatPercentChange(current.total, earlier.total)})`;
	const direction =
		change === ZERO
			? `, the same as ${then}`
			: `, ${change > 0n ? 'up' : 'down'} ${formatAmount(change < 0n ? negateAmount(change) : change, unit)}${percent} from ${spent(earlier)} ${then}`;
	const all = movers(query, current, earlier, accounts);
	const ups = all.filter(mover => mover.change > 0n).sort((a, b) => compareAmounts(b.change, a.change) || byLabel(a, b));
	const downs = all.filter(mover => mover.change < 0n).sort((a, b) => compareAmounts(a.change, b.change) || byLabel(a, b));
	const describe = (list: Mover[]): string =>
		list
			.slice(0, limit)
			.map(mover => `${mover.label} ${signed(mover.change, unit)} (${formatAmount(mover.before, unit)} → ${formatAmount(mover.after, unit)})`)
			.join(', ');
	const noun = groupNoun(query.groupBy, true);
	const sentences = [`${opening}${direction}${estimated}.`];
	if (ups.length > 0) sentences.push(`Biggest increases by ${groupNoun(query.groupBy, false)}: ${describe(ups)}.`);
	if (downs.length > 0) sentences.push(`Biggest decreases: ${describe(downs)}.`);
	if (ups.length === 0 && downs.length === 0) sentences.push(`No ${noun} changed.`);
	return sentences.join(' ');
}
