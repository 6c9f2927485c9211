import type {Budget} from '../../analysis/budgets.js';
import {nowOutput} from '../../insights/format/now-output.js';
import {nowReport} from '../../insights/now-report.js';
import {buildQueryRequest, type QueryOptionValues} from '../query-request.js';
import {refuseFlags} from '../refuse-flags.js';
import type {PreparedReport} from '../scoped-reports.js';

/** How we are doing, in one screen: options judged, report per scope. */
export function prepareNow(values: QueryOptionValues, budgets: readonly Budget[], env: NodeJS.ProcessEnv): PreparedReport {
	refuseFlags(
		values,
		['range', 'from', 'to', 'granularity', 'group-by', 'filter', 'exclude-credits'],
		'now summarises the whole bill around today (use --today to move today, --account to narrow it).',
	);
	const request = buildQueryRequest(values, env, {range: 'this-month', granularity: 'DAILY'});
	return {
		request,
		report: async (engine, scope, label) => nowOutput(await nowReport(engine, {scope, metric: request.metric, cacheMode: request.cacheMode, budgets}), label),
	};
}
