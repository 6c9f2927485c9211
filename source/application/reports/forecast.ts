import {badInput} from '../../errors.js';
import {forecastOutput} from '../../insights/format/forecast-output.js';
import {MAX_FORECAST_HORIZON_DAYS, forecastReport} from '../../insights/forecast-report.js';
import {quoteInput} from '../../quote-input.js';
import {buildQueryRequest, type QueryOptionValues} from '../query-request.js';
import {refuseFlags} from '../refuse-flags.js';
import type {PreparedReport} from '../scoped-reports.js';

export type ForecastValues = QueryOptionValues & {horizon?: string};

function parseHorizon(text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const days = Number(text);
	if (!/^\d+$/.test(text.trim()) || days < 1 || days > MAX_FORECAST_HORIZON_DAYS) {
		throw badInput(`--horizon ${quoteInput(text)} must be a whole number of days from 1 to ${MAX_FORECAST_HORIZON_DAYS}.`);
	}
	return days;
}

/** Where the month (or the next N days) will end: options judged, report per scope. */
export function prepareForecast(values: ForecastValues, env: NodeJS.ProcessEnv): PreparedReport {
	refuseFlags(values, ['range', 'from', 'to', 'granularity'], 'a forecast runs from today on: use --horizon DAYS (and --today to move today).');
	const horizonDays = parseHorizon(values.horizon);
	const request = buildQueryRequest(values, env, {range: 'this-month', granularity: 'DAILY'});
	if (request.groupBy.length > 1) throw badInput('A forecast groups by one dimension at most: give --group-by once.');
	const [groupBy] = request.groupBy;
	return {
		request,
		report: async (engine, scope, label) =>
			forecastOutput(
				await forecastReport(engine, {
					scope,
					metric: request.metric,
					cacheMode: request.cacheMode,
					...(request.filter === undefined ? {} : {filter: request.filter}),
					...(horizonDays === undefined ? {} : {horizonDays}),
					...(groupBy === undefined ? {} : {groupBy}),
				}),
				label,
			),
	};
}
