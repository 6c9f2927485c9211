import {forecastOutput} from '../insights/format/forecast-output.js';
import {MAX_FORECAST_HORIZON_DAYS, forecastReport} from '../insights/forecast-report.js';
import {printScopedReports, refuseFlags} from '../insights/scoped-run.js';
import {quoteInput} from '../quote-input.js';
import {badInput} from '../errors.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {buildQueryRequest, QUERY_OPTIONS} from './query-options.js';
import {optionHelp} from './option-help.js';

export const FORECAST_USAGE = `Usage: aws-cost forecast [options]

Forecasts daily cost from today on with 80% and 95% intervals (damped Holt-Winters
with weekly seasonality, learnt from the last 13 weeks), projects the month end, and,
live, shows Cost Explorer's own forecast beside it.

  --horizon DAYS        days ahead, today included (default: to the end of the month; max ${MAX_FORECAST_HORIZON_DAYS})
  --group-by DIM        also forecast each SERVICE, LINKED_ACCOUNT, REGION, …, TAG:key
${optionHelp('metric', 'filter', 'excludeCredits', 'profile', 'account', 'demo', 'source', 'format', 'cache', 'today', 'timeout')}
`;

const FORECAST_OPTIONS = {...QUERY_OPTIONS, horizon: {type: 'string'}} as const;

function parseHorizon(text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const days = Number(text);
	if (!/^\d+$/.test(text.trim()) || days < 1 || days > MAX_FORECAST_HORIZON_DAYS) {
		throw badInput(`--horizon ${quoteInput(text)} must be a whole number of days from 1 to ${MAX_FORECAST_HORIZON_DAYS}.`);
	}
	return days;
}

/** `aws-cost forecast`: where the month (or the next N days) will end, per scope. */
export function runForecast(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, FORECAST_OPTIONS);
		if (values.help) {
			io.stdout.write(FORECAST_USAGE);
			return 0;
		}
		refuseFlags(values, ['range', 'from', 'to', 'granularity'], 'a forecast runs from today on: use --horizon DAYS (and --today to move today).');
		const horizonDays = parseHorizon(values.horizon);
		const request = buildQueryRequest(values, io.env, {range: 'this-month', granularity: 'DAILY'});
		if (request.groupBy.length > 1) throw badInput('A forecast groups by one dimension at most: give --group-by once.');
		const [groupBy] = request.groupBy;
		return printScopedReports(request, io, async (engine, scope, label) =>
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
		);
	});
}
