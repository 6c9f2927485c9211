import {runWithPrevious} from '../application/period-with-previous.js';
import {type IsoDate, type Period, comparisonPeriod} from '../dates.js';
import type {CostEngine} from '../engine.js';
import {badInput} from '../errors.js';
import {type Amount, ZERO, addAmounts, compareAmounts, subtractAmounts} from '../money.js';
import {type GroupBy, type Metric, metricIsMoney} from '../query.js';
import type {CostRow} from '../rows.js';
import {groupKeyLabel} from '../group-keys.js';
import {type CostLimits, type LimitExceeded, exceededLimits} from './cost-limits.js';
import {type InsightRequest, billableCounter, runOptionsOf} from './insight-request.js';

export interface CheckRequest extends InsightRequest {
	readonly period: Period;
	/** At most one: each of its groups is held to the limits. */
	readonly groupBy?: GroupBy;
	readonly limits: CostLimits;
	/** Groups below this in both periods are not judged (a cent growing to ten is +900%). */
	readonly ignoreBelow?: Amount;
}

/** One total held to the limits: the whole scope's, or one group's. */
export interface CheckedCost {
	/** The group as people read it; null for the whole scope's total. */
	readonly group: string | null;
	readonly current: Amount;
	readonly previous: Amount;
	readonly exceeded: readonly LimitExceeded[];
}

export interface CheckReport {
	readonly today: IsoDate;
	readonly metric: Metric;
	readonly period: Period;
	readonly comparison: Period;
	readonly groupBy: GroupBy | null;
	readonly limits: CostLimits;
	readonly ignoreBelow: Amount;
	readonly total: {readonly current: Amount; readonly previous: Amount};
	/** What was judged: the total, or every group above ignoreBelow; those over a limit first, then by the size of the change. */
	readonly checked: readonly CheckedCost[];
	/** Groups left unjudged by ignoreBelow. */
	readonly ignored: number;
	readonly passed: boolean;
	readonly billableRequests: number;
}

function sumsByGroup(rows: readonly CostRow[], groupBy: GroupBy): Map<string, Amount> {
	const sums = new Map<string, Amount>();
	for (const row of rows) {
		const key = groupKeyLabel(groupBy, row.keys[0] ?? '');
		sums.set(key, addAmounts(sums.get(key) ?? ZERO, row.amount));
	}
	return sums;
}

const absolute = (amount: Amount): Amount => (amount < 0n ? -amount : amount) as Amount;

function byUrgency(a: CheckedCost, b: CheckedCost): number {
	return (
		Number(b.exceeded.length > 0) - Number(a.exceeded.length > 0) ||
		compareAmounts(absolute(subtractAmounts(b.current, b.previous)), absolute(subtractAmounts(a.current, a.previous))) ||
		((a.group ?? '') < (b.group ?? '') ? -1 : 1)
	);
}

/**
 * Holds a period's cost to limits against the period it is compared with
 * (the previous equal period; a month so far, the same days of last month):
 * the scope's total, or with `groupBy` each group. Two queries, the same the
 * table's change column makes.
 */
export async function checkCosts(engine: CostEngine, request: CheckRequest): Promise<CheckReport> {
	if (!metricIsMoney(request.metric)) throw badInput(`check holds dollars to limits: --metric ${request.metric} is a usage quantity; use a cost metric.`);
	if (request.limits.maxIncrease === undefined && request.limits.maxTotal === undefined) {
		throw badInput('Say what to check: --max-increase 10% (or $250) and/or --max-total 5000.');
	}
	const billable = billableCounter(engine);
	const comparison = comparisonPeriod(request.period);
	// Both must answer: the earlier period is the baseline of every increase limit.
	const answers = runWithPrevious(
		engine,
		{
			period: request.period,
			granularity: 'MONTHLY',
			metric: request.metric,
			groupBy: request.groupBy === undefined ? [] : [request.groupBy],
			...(request.filter === undefined ? {} : {filter: request.filter}),
			scope: request.scope,
		},
		{...runOptionsOf(request), comparison},
	);
	const [current, previous] = await Promise.all([answers.current, answers.previous]);
	const ignoreBelow = request.ignoreBelow ?? ZERO;
	const total = {current: current.total, previous: previous.total};
	let checked: CheckedCost[];
	let ignored = 0;
	if (request.groupBy === undefined) {
		checked = [{group: null, ...total, exceeded: exceededLimits(total.current, total.previous, request.limits)}];
	} else {
		const now = sumsByGroup(current.rows, request.groupBy);
		const before = sumsByGroup(previous.rows, request.groupBy);
		checked = [];
		for (const group of new Set([...now.keys(), ...before.keys()])) {
			const figures = {current: now.get(group) ?? ZERO, previous: before.get(group) ?? ZERO};
			if (absolute(figures.current) < ignoreBelow && absolute(figures.previous) < ignoreBelow) {
				ignored++;
				continue;
			}
			checked.push({group, ...figures, exceeded: exceededLimits(figures.current, figures.previous, request.limits)});
		}
	}
	checked.sort(byUrgency);
	return {
		today: engine.today,
		metric: request.metric,
		period: request.period,
		comparison,
		groupBy: request.groupBy ?? null,
		limits: request.limits,
		ignoreBelow,
		total,
		checked,
		ignored,
		passed: checked.every(item => item.exceeded.length === 0),
		billableRequests: billable(),
	};
}
