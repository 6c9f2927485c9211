import type {CacheMode} from '../application/scopes.js';
import type {Period} from '../dates.js';
import type {AskOptions, CostEngine, QueryResult, RunOptions} from '../engine.js';
import {type CostError, isCostError} from '../errors.js';
import type {CostQuery, Expression, GroupBy, Metric, Scope} from '../query.js';

/** What every insight asks about: whose costs, which metric, which slice. */
export interface InsightRequest {
	readonly scope: Scope;
	readonly metric: Metric;
	readonly filter?: Expression;
	readonly cacheMode?: CacheMode;
	readonly signal?: AbortSignal;
	/** Called with each query's result as it arrives, the report's main query first: the chat records what it ran. */
	readonly onResult?: (result: QueryResult) => void;
}

/** A DAILY query over `period` for the request's scope, metric and filter (plus `extra`, And-ed). */
export function dailyQuery(request: InsightRequest, period: Period, groupBy: readonly GroupBy[] = [], extra?: Expression): CostQuery {
	const filter = andFilters(request.filter, extra);
	return {
		period,
		granularity: 'DAILY',
		metric: request.metric,
		groupBy,
		...(filter === undefined ? {} : {filter}),
		scope: request.scope,
	};
}

/** Cost Explorer's And needs two or more operands; none or one stand on their own. */
export function andFilters(...filters: readonly (Expression | undefined)[]): Expression | undefined {
	const present = filters.filter((filter): filter is Expression => filter !== undefined);
	if (present.length <= 1) return present[0];
	return {And: present};
}

/**
 * The request's filter with the scope's account: what a question other than
 * a cost query (a forecast) must send itself.
 */
export function filterWithAccount(request: InsightRequest): Expression | undefined {
	const account = request.scope.account;
	return andFilters(request.filter, account === undefined ? undefined : {Dimensions: {Key: 'LINKED_ACCOUNT', Values: [account]}});
}

/** Runs one of an insight's queries through the engine and tells `onResult`. */
export async function runInsightQuery(engine: CostEngine, request: InsightRequest, query: CostQuery): Promise<QueryResult> {
	const result = await engine.run(query, runOptionsOf(request));
	request.onResult?.(result);
	return result;
}

export function runOptionsOf(request: InsightRequest): RunOptions {
	return {
		...(request.signal === undefined ? {} : {signal: request.signal}),
		refresh: request.cacheMode === 'refresh',
		noCache: request.cacheMode === 'off',
	};
}

/**
 * Billable requests made from now on: the engine counts every one it pays
 * for (queries, forecasts, anomalies, dimension values, savings).
 */
export function billableCounter(engine: CostEngine): () => number {
	const start = engine.sessionStats.billableRequests;
	return () => engine.sessionStats.billableRequests - start;
}

/** Ask options for the engine's other questions: a refresh or no cache asks the source again. */
export function askOptionsOf(request: InsightRequest): AskOptions {
	return {
		...(request.signal === undefined ? {} : {signal: request.signal}),
		refresh: request.cacheMode === 'refresh' || request.cacheMode === 'off',
	};
}

/** A call whose failure is reported beside the answer rather than instead of it. */
export type Outcome<T> = {readonly status: 'ok'; readonly value: T} | {readonly status: 'unavailable'; readonly message: string};

const FATAL_KINDS: ReadonlySet<CostError['kind']> = new Set(['no-credentials', 'sso-expired']);

/**
 * Runs an optional extra (Cost Explorer's own forecast or anomalies): a
 * CostError becomes a one-line note; credentials that no longer work, an
 * abort or a programming error still fail the whole answer.
 */
export async function optional<T>(call: () => Promise<T>): Promise<Outcome<T>> {
	try {
		return {status: 'ok', value: await call()};
	} catch (error) {
		if (!isCostError(error) || FATAL_KINDS.has(error.kind)) throw error;
		return {status: 'unavailable', message: error.message};
	}
}
