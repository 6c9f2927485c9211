import {GRANULARITIES, METRICS, type CostQuery, type Granularity, type Metric} from '../../query.js';
import {resultsJson} from '../../export/json.js';
import {resolvePreset} from '../../presets.js';
import {argumentRecord, optionalChoice} from './arguments.js';
import {costResultText} from './cost-table.js';
import {costLabel, queryLabel} from './describe-query.js';
import {filterProperty, periodProperties} from './period-schema.js';
import {filterArgument, groupByListArgument, periodArgument} from './query-arguments.js';
import {scopeLabel} from './scope-label.js';
import type {AssistantTool, ToolContext} from './tool.js';

const allowed = ['range', 'period', 'granularity', 'metric', 'groupBy', 'filter'];

/** The CostQuery a `query_costs` call means; scope always comes from the session, never the model. */
export function costQueryFromArguments(args: unknown, context: ToolContext): CostQuery {
	const record = argumentRecord(args, allowed);
	const period = periodArgument(record, context.today, context.view?.period ?? resolvePreset('this-month', context.today));
	const filter = filterArgument(record);
	return {
		period,
		granularity: optionalChoice<Granularity>(record, 'granularity', GRANULARITIES) ?? 'MONTHLY',
		metric: optionalChoice<Metric>(record, 'metric', METRICS) ?? context.view?.metric ?? 'UnblendedCost',
		groupBy: groupByListArgument(record, 'groupBy'),
		...(filter === undefined ? {} : {filter}),
		scope: context.scope,
	};
}

/** `query_costs`: any CostQuery, answered as a compact table. */
export const queryCostsTool: AssistantTool = {
	spec: {
		name: 'query_costs',
		description:
			'Get AWS costs for a period, optionally grouped (by SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, TAG:key, ...) and filtered. Returns a small table with totals. Use it for every figure you state.',
		parameters: {
			type: 'object',
			properties: {
				...periodProperties('', 'the period (default: the current view, else this month)'),
				granularity: {type: 'string', enum: GRANULARITIES, description: 'Time buckets; default MONTHLY. HOURLY covers the last 14 days only.'},
				metric: {type: 'string', enum: METRICS, description: 'Default UnblendedCost.'},
				groupBy: {
					type: 'array',
					items: {type: 'string'},
					maxItems: 2,
					description:
						'Up to 2 of SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, INSTANCE_TYPE, RECORD_TYPE, OPERATION, AZ, "TAG:key", "COST_CATEGORY:name"; RESOURCE_ID (each resource\'s cost) on a billing export only.',
				},
				filter: filterProperty,
			},
		},
	},
	async run(args, context) {
		const query = costQueryFromArguments(args, context);
		const result = await context.engine.run(query, {signal: context.signal, noCache: context.noCache});
		return {
			text: costResultText(result),
			summary: `queried ${queryLabel(result.query)}, ${costLabel([result])}`,
			results: [result],
			data: resultsJson([{label: scopeLabel(context.scope), result}]),
		};
	},
};
