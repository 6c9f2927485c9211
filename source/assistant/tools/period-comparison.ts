import {totalsByGroup} from '../../aggregate.js';
import {type Period, previousPeriod} from '../../dates.js';
import type {QueryResult} from '../../engine.js';
import {type Amount, ZERO, amountToNumber, amountToString, formatAmount, subtractAmounts} from '../../money.js';
import {formatPercentChange} from '../../percent.js';
import {GROUP_DIMENSIONS, METRICS, type Expression, type GroupBy, type Metric, groupByLabel} from '../../query.js';
import {resolvePreset} from '../../presets.js';
import type {JsonSchema} from '../provider.js';
import {type ArgumentRecord, optionalChoice} from './arguments.js';
import {costLabel, filterLabel, periodLabel} from './describe-query.js';
import {filterProperty, periodProperties} from './period-schema.js';
import {filterArgument, periodArgument} from './query-arguments.js';
import type {ToolContext} from './tool.js';

/** One group's cost in both periods. */
export interface GroupChange {
	readonly keys: readonly string[];
	readonly previous: Amount;
	readonly current: Amount;
	readonly change: Amount;
}

export interface PeriodComparison {
	readonly current: QueryResult;
	readonly previous: QueryResult;
	readonly groupBy: GroupBy | undefined;
	readonly changes: readonly GroupChange[];
}

export interface ComparisonRequest {
	readonly current: Period;
	readonly previous: Period;
	readonly metric: Metric;
	readonly groupBy: GroupBy | undefined;
	readonly filter: Expression | undefined;
}

export const comparisonProperties: Record<string, JsonSchema> = {
	...periodProperties('', 'the current period (default: the current view, else this month)'),
	...periodProperties('previous', 'the period to compare with (default: the one of equal length just before)'),
	metric: {type: 'string', enum: METRICS, description: 'Default UnblendedCost.'},
	filter: filterProperty,
};

export const comparisonArgumentNames = ['range', 'period', 'previousRange', 'previousPeriod', 'metric', 'filter'];

/** Periods, metric and filter of a comparison from a tool call's arguments. */
export function comparisonRequest(record: ArgumentRecord, context: ToolContext, groupBy: GroupBy | undefined): ComparisonRequest {
	const current = periodArgument(record, context.today, context.view?.period ?? resolvePreset('this-month', context.today));
	const previous = periodArgument(record, context.today, previousPeriod(current), 'previous');
	const metric = optionalChoice<Metric>(record, 'metric', METRICS) ?? context.view?.metric ?? 'UnblendedCost';
	return {current, previous, metric, groupBy, filter: filterArgument(record)};
}

/** Runs both periods (MONTHLY buckets, summed) and pairs up the groups. */
export async function comparePeriods(request: ComparisonRequest, context: ToolContext): Promise<PeriodComparison> {
	const run = (period: Period): Promise<QueryResult> =>
		context.engine.run(
			{
				period,
				granularity: 'MONTHLY',
				metric: request.metric,
				groupBy: request.groupBy === undefined ? [] : [request.groupBy],
				...(request.filter === undefined ? {} : {filter: request.filter}),
				scope: context.scope,
			},
			{signal: context.signal, noCache: context.noCache},
		);
	const current = await run(request.current);
	const previous = await run(request.previous);
	const currentTotals = totalsByGroup(current.rows);
	const previousTotals = totalsByGroup(previous.rows);
	const ids = new Set([...currentTotals.keys(), ...previousTotals.keys()]);
	const changes = [...ids].map(id => {
		const now = currentTotals.get(id);
		const before = previousTotals.get(id);
		const keys = now?.keys ?? before?.keys ?? [];
		const currentAmount = now?.amount ?? ZERO;
		const previousAmount = before?.amount ?? ZERO;
		return {keys, previous: previousAmount, current: currentAmount, change: subtractAmounts(currentAmount, previousAmount)};
	});
	return {current, previous, groupBy: request.groupBy, changes};
}

/** "+12.5%", "-3.0%", "new" when there was nothing before: the shared percent-change format. */
export function percentChange(change: GroupChange): string {
	return formatPercentChange(change.current, change.previous);
}

export function signedMoney(amount: Amount, unit: string): string {
	return `${amount > 0n ? '+' : ''}${formatAmount(amount, unit)}`;
}

/** "all costs by SERVICE, 2026-10 vs 2026-09": the comparison in a line. */
export function comparisonLabel(comparison: PeriodComparison): string {
	const what = filterLabel(comparison.current.query.filter) ?? 'all costs';
	const by = comparison.groupBy === undefined ? '' : ` by ${groupByLabel(comparison.groupBy)}`;
	const periods = `${periodLabel(comparison.current.query.period)} vs ${periodLabel(comparison.previous.query.period)}`;
	return `${what}${by}, ${periods}, ${costLabel([comparison.current, comparison.previous])}`;
}

const money = (amount: Amount) => ({amount: amountToNumber(amount), exact: amountToString(amount)});

const sideJson = (result: QueryResult) => ({period: result.query.period, total: result.empty ? null : money(result.total), estimated: result.estimated});

/** A comparison as data: both periods' totals, the given per-group changes (in their order) and what it cost. */
export function comparisonJson(comparison: PeriodComparison, changes: readonly GroupChange[]): Record<string, unknown> {
	const {current, previous} = comparison;
	const unit = current.empty ? previous.unit : current.unit;
	return {
		metric: current.query.metric,
		unit,
		groupBy: comparison.groupBy === undefined ? null : groupByLabel(comparison.groupBy),
		current: sideJson(current),
		previous: sideJson(previous),
		change: money(subtractAmounts(current.total, previous.total)),
		changes: changes.map(change => ({
			keys: change.keys,
			previous: amountToNumber(change.previous),
			current: amountToNumber(change.current),
			change: amountToNumber(change.change),
			changePercent: percentChange(change),
		})),
		stats: {
			billableRequests: current.stats.billableRequests + previous.stats.billableRequests,
			cacheHits: current.stats.cacheHits + previous.stats.cacheHits,
		},
	};
}

export const dimensionHint = `one of ${GROUP_DIMENSIONS.join(', ')}, "TAG:key" or "COST_CATEGORY:name"`;
