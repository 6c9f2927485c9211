import type {QueryOptionValues} from '../application/query-request.js';
import {GRANULARITIES, METRICS} from '../query.js';

/** A flag-like parameter: present (`?exclude-credits`), `true` or `false`. */
const switchParameter = (description: string) => ({type: 'string', enum: ['', 'true', 'false'], description}) as const;

/**
 * The query-string parameters every cost question shares, named like the
 * CLI's flags. Values are judged by the CLI's own request builder, so a bad
 * value gets the CLI's one-line message; the schema judges names and types.
 */
export const COST_PARAMETERS = {
	range: {type: 'string', maxLength: 64, description: 'A preset (this-month, last-month, last-7-days, …), a month 2026-09, a quarter 2026-Q3 or a year 2026.', examples: ['last-month']},
	from: {type: 'string', maxLength: 32, description: 'First day, inclusive, YYYY-MM-DD (with `to`).', examples: ['2026-10-01']},
	to: {type: 'string', maxLength: 32, description: 'Last day, inclusive, YYYY-MM-DD (with `from`).', examples: ['2026-10-31']},
	granularity: {type: 'string', maxLength: 32, description: `One of ${GRANULARITIES.join(', ')}.`, examples: ['DAILY']},
	metric: {type: 'string', maxLength: 64, description: `One of ${METRICS.join(', ')} (or unblended, amortized, net, usage).`, examples: ['UnblendedCost']},
	groupBy: {type: 'array', maxItems: 8, items: {type: 'string', maxLength: 512}, description: 'Up to two: SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, …, TAG:key, COST_CATEGORY:name. Repeat the parameter for two.', examples: [['SERVICE']]},
	filter: {type: 'array', maxItems: 32, items: {type: 'string', maxLength: 4096}, description: 'DIM=V[,V…] or DIM!=V; repeat to combine with AND.', examples: [['SERVICE=Amazon Simple Storage Service']]},
	'exclude-credits': switchParameter('Leave out credits and refunds.'),
	account: {type: 'string', pattern: '^\\d{12}$', description: 'Only this linked account (12 digits).'},
} as const;

export interface CostParameters {
	readonly range?: string;
	readonly from?: string;
	readonly to?: string;
	readonly granularity?: string;
	readonly metric?: string;
	readonly groupBy?: readonly string[];
	readonly filter?: readonly string[];
	readonly 'exclude-credits'?: '' | 'true' | 'false';
	readonly account?: string;
}

/** A query-string schema that refuses unknown parameters. */
export function queryStringSchema<Properties extends Record<string, unknown>>(properties: Properties) {
	return {type: 'object', properties, additionalProperties: false} as const;
}

/** The parameters as the CLI's flag values, with the server's day. */
export function toQueryValues(parameters: CostParameters, today: string): QueryOptionValues {
	const values: QueryOptionValues = {today};
	if (parameters.range !== undefined) values.range = parameters.range;
	if (parameters.from !== undefined) values.from = parameters.from;
	if (parameters.to !== undefined) values.to = parameters.to;
	if (parameters.granularity !== undefined) values.granularity = parameters.granularity;
	if (parameters.metric !== undefined) values.metric = parameters.metric;
	if (parameters.groupBy !== undefined) values['group-by'] = [...parameters.groupBy];
	if (parameters.filter !== undefined) values.filter = [...parameters.filter];
	if (parameters['exclude-credits'] !== undefined && parameters['exclude-credits'] !== 'false') values['exclude-credits'] = true;
	if (parameters.account !== undefined) values.account = parameters.account;
	return values;
}
