import {addDays} from '../dates.js';
import {type CostQuery, groupByLabel} from '../query.js';
import {filterFlags} from './query-command-line.js';

/**
 * The `/api/v1/costs` parameters that ask for the same figures as `query`
 * (as `aws-cost query` flags do, see queryCommandWords): inclusive dates,
 * granularity, metric, group-bys, filters, account. Undefined when the
 * filter has no `filter=` form (an untagged value, a value with a comma).
 */
export function costQueryParameters(query: CostQuery): URLSearchParams | undefined {
	const filters = filterFlags(query.filter);
	if (filters === undefined) return undefined;
	const parameters = new URLSearchParams({
		from: query.period.start,
		to: addDays(query.period.end, -1),
		granularity: query.granularity,
		metric: query.metric,
	});
	for (const groupBy of query.groupBy) parameters.append('groupBy', groupByLabel(groupBy));
	for (const filter of filters) parameters.append('filter', filter);
	if (query.scope.account !== undefined) parameters.set('account', query.scope.account);
	return parameters;
}
