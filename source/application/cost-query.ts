import type {CostEngine, QueryResult} from '../engine.js';
import type {CostQuery, Scope} from '../query.js';
import type {QueryRequest} from './query-request.js';

/** The CostQuery a `query` request asks of one scope. */
export function costQueryFor(request: QueryRequest, scope: Scope): CostQuery {
	return {
		period: request.period,
		granularity: request.granularity,
		metric: request.metric,
		groupBy: request.groupBy,
		...(request.filter === undefined ? {} : {filter: request.filter}),
		scope,
	};
}

/** `aws-cost query` and `GET /api/v1/costs`: one scope's answer, with the request's cache mode. */
export function runCostQuery(engine: CostEngine, request: QueryRequest, scope: Scope, signal?: AbortSignal): Promise<QueryResult> {
	return engine.run(costQueryFor(request, scope), {
		refresh: request.cacheMode === 'refresh',
		noCache: request.cacheMode === 'off',
		allowStale: request.allowStale,
		...(signal === undefined ? {} : {signal}),
	});
}
