import {type Period, comparisonPeriod} from '../dates.js';
import type {CostEngine, QueryResult, RunOptions} from '../engine.js';
import {oneLineMessage} from '../errors.js';
import type {CostQuery} from '../query.js';

/** The view's figures and the previous period's, each arriving on its own. */
export interface PeriodWithPrevious {
	readonly comparison: Period;
	readonly current: Promise<QueryResult>;
	readonly previous: Promise<QueryResult>;
}

/**
 * Starts the query and the same query over the period it is compared with
 * (by default the previous equal period, or the same days of last month),
 * both at once, through the engine: what the table's change columns are
 * made of, in the app, the API and the web page alike. `onPage` follows the
 * current period only.
 */
export function runWithPrevious(engine: CostEngine, query: CostQuery, options: RunOptions & {readonly comparison?: Period} = {}): PeriodWithPrevious {
	const {comparison = comparisonPeriod(query.period), onPage, ...shared} = options;
	const current = engine.run(query, {...shared, ...(onPage === undefined ? {} : {onPage})});
	const previous = engine.run({...query, period: comparison}, shared);
	return {comparison, current, previous};
}

/** Both periods' figures; a previous period that failed leaves its reason instead of failing the answer. */
export interface ComparedFigures {
	readonly comparison: Period;
	readonly current: QueryResult;
	readonly previous: QueryResult | undefined;
	readonly previousMessage: string | undefined;
}

/** `runWithPrevious`, awaited: for front ends that answer once (the API, a report). */
export async function compareWithPrevious(engine: CostEngine, query: CostQuery, options: RunOptions & {readonly comparison?: Period} = {}): Promise<ComparedFigures> {
	const {comparison, current, previous} = runWithPrevious(engine, query, options);
	const settledPrevious = previous.then(
		result => ({result, message: undefined}),
		(error: unknown) => ({result: undefined, message: oneLineMessage(error)}),
	);
	const [currentResult, previousOutcome] = await Promise.all([current, settledPrevious]);
	return {comparison, current: currentResult, previous: previousOutcome.result, previousMessage: previousOutcome.message};
}
