import type {AnomaliesValues} from '../application/reports/anomalies.js';
import type {ForecastValues} from '../application/reports/forecast.js';
import {MAX_FORECAST_HORIZON_DAYS} from '../insights/forecast-report.js';
import {COST_PARAMETERS, type CostParameters, queryStringSchema, toQueryValues} from './query-parameters.js';

const {range, from, to, metric, filter, account} = COST_PARAMETERS;
const excludeCredits = COST_PARAMETERS['exclude-credits'];

/** `GET /api/v1/forecast`: `aws-cost forecast`'s flags. One `groupBy` at most, so a string. */
export const FORECAST_QUERY = queryStringSchema({
	horizon: {type: 'string', maxLength: 16, description: `Days ahead, today included, 1 to ${MAX_FORECAST_HORIZON_DAYS} (default: to the end of the month).`, examples: ['14']},
	groupBy: {type: 'string', maxLength: 512, description: 'Also forecast each SERVICE, LINKED_ACCOUNT, REGION, …, TAG:key.', examples: ['SERVICE']},
	metric,
	filter,
	'exclude-credits': excludeCredits,
	account,
});

export interface ForecastParameters extends Omit<CostParameters, 'groupBy'> {
	readonly horizon?: string;
	readonly groupBy?: string;
}

/** `GET /api/v1/anomalies`: `aws-cost anomalies`'s flags. */
export const ANOMALIES_QUERY = queryStringSchema({
	range,
	from,
	to,
	'min-impact': {type: 'string', maxLength: 32, description: 'Leave out anomalies that cost less than this many dollars.', examples: ['50']},
	metric,
	filter,
	'exclude-credits': excludeCredits,
	account,
});

export interface AnomaliesParameters extends CostParameters {
	readonly 'min-impact'?: string;
}

/** `GET /api/v1/budgets`: `aws-cost budgets`'s flags. */
export const BUDGETS_QUERY = queryStringSchema({metric, account});

/** `GET /api/v1/now`: `aws-cost now`'s flags. */
export const NOW_QUERY = queryStringSchema({metric, account});

/** Routes that take no parameter still refuse unknown ones. */
export const NO_PARAMETERS = queryStringSchema({});

export function forecastValues(parameters: ForecastParameters, today: string): ForecastValues {
	const {horizon, groupBy, ...rest} = parameters;
	return {
		...toQueryValues(rest, today),
		...(horizon === undefined ? {} : {horizon}),
		...(groupBy === undefined ? {} : {'group-by': [groupBy]}),
	};
}

export function anomaliesValues(parameters: AnomaliesParameters, today: string): AnomaliesValues {
	const {'min-impact': minImpact, ...rest} = parameters;
	return {...toQueryValues(rest, today), ...(minImpact === undefined ? {} : {'min-impact': minImpact})};
}
