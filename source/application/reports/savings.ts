import {savingsOutput} from '../../insights/format/savings-output.js';
import {savingsReport} from '../../insights/savings-report.js';
import {buildQueryRequest, type QueryOptionValues} from '../query-request.js';
import {refuseFlags} from '../refuse-flags.js';
import type {PreparedReport} from '../scoped-reports.js';

/** Recommendations sorted by what they save: options judged, report per scope. */
export function prepareSavings(values: QueryOptionValues, env: NodeJS.ProcessEnv): PreparedReport {
	refuseFlags(
		values,
		['range', 'from', 'to', 'granularity', 'metric', 'group-by', 'filter', 'exclude-credits', 'account', 'no-cache', 'refresh'],
		'savings advice covers the whole bill of the credentials over Cost Explorer\'s own lookback, and is never cached.',
	);
	const request = buildQueryRequest(values, env);
	return {request, report: async (engine, _scope, label) => savingsOutput(await savingsReport(engine), label)};
}
