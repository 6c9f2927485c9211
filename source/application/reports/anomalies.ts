import {badInput} from '../../errors.js';
import {anomalyReport} from '../../insights/anomaly-report.js';
import {anomalyOutput} from '../../insights/format/anomaly-output.js';
import {quoteInput} from '../../quote-input.js';
import {buildQueryRequest, type QueryOptionValues} from '../query-request.js';
import {refuseFlags} from '../refuse-flags.js';
import type {PreparedReport} from '../scoped-reports.js';

export type AnomaliesValues = QueryOptionValues & {'min-impact'?: string};

function parseMinImpact(text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const value = Number(text.replace(/^\$/, ''));
	if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw badInput(`--min-impact ${quoteInput(text)} must be dollars, zero or more (e.g. 50).`);
	return value;
}

/** What was unusual, by how much, and why: options judged, report per scope. */
export function prepareAnomalies(values: AnomaliesValues, env: NodeJS.ProcessEnv): PreparedReport {
	refuseFlags(values, ['group-by', 'granularity'], 'anomalies are found per service and per account, day by day.');
	const minImpact = parseMinImpact(values['min-impact']);
	const request = buildQueryRequest(values, env, {range: 'last-30-days', granularity: 'DAILY'});
	return {
		request,
		report: async (engine, scope, label) =>
			anomalyOutput(
				await anomalyReport(engine, {
					scope,
					metric: request.metric,
					period: request.period,
					cacheMode: request.cacheMode,
					...(request.filter === undefined ? {} : {filter: request.filter}),
					...(minImpact === undefined ? {} : {minImpact}),
				}),
				label,
			),
	};
}
