import type {QueryResult} from '../../engine.js';
import type {InsightRequest} from '../../insights/insight-request.js';
import type {ToolContext} from './tool.js';

/** What a tool passes to an insight report, and what the report ran. */
export interface ToolInsight {
	readonly request: Pick<InsightRequest, 'scope' | 'cacheMode' | 'signal' | 'onResult'>;
	/** Every query's result, the report's main query first. */
	readonly ran: readonly QueryResult[];
}

/**
 * The tool's scope, cache mode and cancellation as an insight request (the
 * same reports `aws-cost forecast` and `aws-cost anomalies` print), recording
 * each query the report runs so the summary can say what it cost.
 */
export function toolInsight(context: ToolContext): ToolInsight {
	const ran: QueryResult[] = [];
	return {
		request: {
			scope: context.scope,
			...(context.noCache ? {cacheMode: 'off' as const} : {}),
			...(context.signal === undefined ? {} : {signal: context.signal}),
			onResult: result => void ran.push(result),
		},
		ran,
	};
}
