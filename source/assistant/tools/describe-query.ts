import {type Period, addMonths, formatPeriod, ymd} from '../../dates.js';
import type {QueryResult} from '../../engine.js';
import type {CostQuery, Expression} from '../../query.js';
import {groupByLabel} from '../../query.js';
import {plural} from './compact-table.js';

/** "2026-10" for a whole month, else "2026-10-01 … 2026-10-15". */
export function periodLabel(period: Period): string {
	const isWholeMonth = ymd(period.start).day === 1 && addMonths(period.start, 1) === period.end;
	return isWholeMonth ? period.start.slice(0, 7) : formatPeriod(period);
}

/** A few words for a filter: its values when it is one match, else "filtered". */
export function filterLabel(filter: Expression | undefined): string | undefined {
	if (filter === undefined) return undefined;
	if ('Not' in filter) {
		const inner = filterLabel(filter.Not);
		return inner === undefined ? undefined : `not ${inner}`;
	}
	if ('And' in filter || 'Or' in filter) {
		const parts = ('And' in filter ? filter.And : filter.Or).map(filterLabel);
		return parts.join('And' in filter ? ' and ' : ' or ');
	}
	const match = 'Dimensions' in filter ? filter.Dimensions : 'Tags' in filter ? filter.Tags : filter.CostCategories;
	const values = match.Values.length <= 2 ? match.Values.join(', ') : `${match.Values[0]} +${match.Values.length - 1}`;
	return 'Tags' in filter ? `${match.Key}=${values}` : values;
}

/** "Amazon Elastic Compute Cloud - Compute by REGION, 2026-10": what a query asks, in a line. */
export function queryLabel(query: CostQuery): string {
	const what = filterLabel(query.filter) ?? 'all costs';
	const by = query.groupBy.length === 0 ? '' : ` by ${query.groupBy.map(groupByLabel).join(' and ')}`;
	const metric = query.metric === 'UnblendedCost' ? '' : ` (${query.metric})`;
	return `${what}${by}${metric}, ${periodLabel(query.period)}`;
}

/**
 * "1 request", "cached", "2 requests, 1 cached": what answering cost.
 * `requests` overrides the count when calls besides the queries were paid
 * for (Cost Explorer's own forecast or anomalies).
 */
export function costLabel(results: readonly QueryResult[], requests = results.reduce((sum, result) => sum + result.stats.billableRequests, 0)): string {
	const cached = results.filter(result => result.stats.cacheHits > 0).length;
	if (cached === results.length && results.length > 0 && requests === 0) return 'cached';
	return cached === 0 ? plural(requests, 'request') : `${plural(requests, 'request')}, ${cached} cached`;
}
