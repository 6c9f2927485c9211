import {type IsoDate, addDays, addMonths, isIsoDate, startOfMonth} from './dates.js';
import {badInput} from './errors.js';
import {
	type CostQuery,
	type Expression,
	GRANULARITIES,
	GROUP_DIMENSIONS,
	METRICS,
	groupByLabel,
	isFilterDimension,
	isGranularity,
	isGroupDimension,
	isLineItemDimension,
	isMetric,
} from './query.js';
import {COST_EXPLORER_LIMITS} from './sources/cost-explorer/limits.js';
import type {QueryLimits} from './sources/source.js';

/** DAILY and MONTHLY data start on the first day of the `historyMonths`-th month back (Cost Explorer: 13). */
export function earliestDailyDate(today: IsoDate, limits: QueryLimits = COST_EXPLORER_LIMITS): IsoDate {
	return addMonths(startOfMonth(today), -limits.historyMonths);
}

/** HOURLY data covers the last `hourlyDays` days only (Cost Explorer: 14). */
export function earliestHourlyDate(today: IsoDate, limits: QueryLimits = COST_EXPLORER_LIMITS): IsoDate {
	return addDays(today, -limits.hourlyDays);
}

/**
 * Checks a query against the limits of the source that will answer it (the
 * engine passes them; front ends checking early hold it to Cost Explorer's)
 * before anything is spent on it. Throws a bad-input CostError whose one
 * line names the fix.
 */
export function validateQuery(query: CostQuery, today: IsoDate, limits: QueryLimits = COST_EXPLORER_LIMITS): CostQuery {
	const {period, granularity, metric, groupBy} = query;
	if (!isIsoDate(period.start) || !isIsoDate(period.end)) {
		throw badInput(`Period ${period.start}…${period.end} is not made of YYYY-MM-DD dates.`);
	}
	if (period.end <= period.start) {
		throw badInput(`The period ends (${period.end}, exclusive) before it starts (${period.start}): check --from/--to.`);
	}
	if (!isGranularity(granularity)) {
		throw badInput(`Unknown granularity "${granularity as string}": use ${GRANULARITIES.join(', ')}.`);
	}
	if (!isMetric(metric)) throw badInput(`Unknown metric "${metric as string}": use one of ${METRICS.join(', ')}.`);
	if (!limits.metrics.includes(metric)) throw badInput(`${limits.keeper} does not report ${metric}: use one of ${limits.metrics.join(', ')}.`);
	const tomorrow = addDays(today, 1);
	if (period.end > tomorrow) {
		throw badInput(
			`Cost data stops at today (${today}): end the period by then (for what comes next, use \`aws-cost forecast\`).`,
		);
	}
	if (granularity === 'HOURLY') {
		const earliest = earliestHourlyDate(today, limits);
		if (period.start < earliest) {
			throw badInput(`Hourly data covers the last ${limits.hourlyDays} days only: start on or after ${earliest}, or use DAILY.`);
		}
	} else {
		const earliest = earliestDailyDate(today, limits);
		if (period.start < earliest) {
			throw badInput(`${limits.keeper} keeps ${limits.historyMonths} months of history: start on or after ${earliest}.`);
		}
	}
	if (groupBy.length > limits.maxGroupBy) {
		throw badInput(`${limits.keeper} groups by at most ${limits.maxGroupBy} dimensions, got ${groupBy.length}: drop a --group-by.`);
	}
	const labels = groupBy.map(groupByLabel);
	if (new Set(labels).size !== labels.length) throw badInput(`Group-by ${labels.join(', ')} repeats a dimension: drop one.`);
	for (const group of groupBy) {
		if (group.type === 'DIMENSION' && !isGroupDimension(group.key)) {
			throw badInput(`Unknown group-by dimension "${group.key as string}": use one of ${GROUP_DIMENSIONS.join(', ')}, TAG:key or COST_CATEGORY:name.`);
		}
		if (group.type === 'DIMENSION' && isLineItemDimension(group.key) && limits.groupsByResource !== true) {
			throw badInput(`${limits.keeper} cannot group by ${group.key}: resources need a billing export (--source parquet:GLOB or athena:DATABASE.TABLE).`);
		}
		if (group.type !== 'DIMENSION' && group.key.trim() === '') {
			throw badInput(`${group.type} group-by needs a name, e.g. TAG:team.`);
		}
	}
	if (query.filter !== undefined) validateExpression(query.filter, 0);
	return query;
}

/** Checks a filter Expression (and its parts) against Cost Explorer's rules. */
export function validateExpression(expression: Expression, depth: number): void {
	if (depth > 8) throw badInput('The filter nests too deeply: simplify it.');
	if ('And' in expression || 'Or' in expression) {
		const operands = 'And' in expression ? expression.And : expression.Or;
		if (operands.length < 2) throw badInput('A filter And/Or needs at least two parts.');
		for (const operand of operands) validateExpression(operand, depth + 1);
		return;
	}
	if ('Not' in expression) {
		validateExpression(expression.Not, depth + 1);
		return;
	}
	const [kind, match] =
		'Dimensions' in expression
			? ['dimension', expression.Dimensions]
			: 'Tags' in expression
				? ['tag', expression.Tags]
				: ['cost category', expression.CostCategories];
	if (kind === 'dimension' && !isFilterDimension(match.Key)) {
		throw badInput(`Unknown filter dimension "${match.Key}": use e.g. SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE.`);
	}
	if (match.Key.trim() === '') throw badInput(`A ${kind} filter needs a key.`);
	const absent = match.MatchOptions?.includes('ABSENT') ?? false;
	if (!absent && match.Values.length === 0) throw badInput(`The ${kind} filter on ${match.Key} has no values.`);
}
