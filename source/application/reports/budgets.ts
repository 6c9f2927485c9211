import type {Budget} from '../../analysis/budgets.js';
import {budgetReport, refuseUsageMetric} from '../../insights/budget-report.js';
import {budgetOutput} from '../../insights/format/budget-output.js';
import {buildQueryRequest, type QueryOptionValues} from '../query-request.js';
import {refuseFlags} from '../refuse-flags.js';
import type {PreparedReport} from '../scoped-reports.js';

/** This month against each budget: options judged, report per scope. */
export function prepareBudgets(values: QueryOptionValues, budgets: readonly Budget[], env: NodeJS.ProcessEnv): PreparedReport {
	refuseFlags(values, ['range', 'from', 'to', 'granularity', 'group-by', 'filter', 'exclude-credits'], 'budgets follow this month and their own scope.');
	const request = buildQueryRequest(values, env, {range: 'this-month', granularity: 'DAILY'});
	refuseUsageMetric(request.metric);
	return {
		request,
		report: async (engine, scope, label) => budgetOutput(await budgetReport(engine, budgets, {scope, metric: request.metric, cacheMode: request.cacheMode}), label),
	};
}
