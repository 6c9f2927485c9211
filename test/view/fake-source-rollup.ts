import {rollUpRows} from '../../source/aggregate.js';
import type {CostQuery} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';

/** Sums daily rows into the query's buckets, keeping every group key. */
export function aggregateRollUp(daily: readonly CostRow[], query: CostQuery): CostRow[] {
	const granularity = query.granularity === 'MONTHLY' ? 'MONTHLY' : 'DAILY';
	return rollUpRows(daily, {granularity, period: query.period, keepKeys: query.groupBy.map((_, index) => index)});
}
