import {prepareForecast} from '../application/reports/forecast.js';
import {MAX_FORECAST_HORIZON_DAYS} from '../insights/forecast-report.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {optionHelp} from './option-help.js';
import {printScopedReports} from './print-scoped-reports.js';
import {loadPluginsFor} from './plugin-needs.js';
import {QUERY_OPTIONS, withDefaultSource} from './query-options.js';
export const FORECAST_USAGE = `Usage: aws-cost forecast [options]

Forecasts daily cost from today on with 80% and 95% intervals (damped Holt-Winters
with weekly seasonality, learnt from the last 13 weeks), projects the month end, and,
live, shows Cost Explorer's own forecast beside it.

  --horizon DAYS        days ahead, today included (default: to the end of the month; max ${MAX_FORECAST_HORIZON_DAYS})
  --group-by DIM        also forecast each SERVICE, LINKED_ACCOUNT, REGION, …, TAG:key
${optionHelp('metric', 'filter', 'excludeCredits', 'profile', 'account', 'demo', 'source', 'format', 'cache', 'today', 'timeout')}
`;

const FORECAST_OPTIONS = {...QUERY_OPTIONS, horizon: {type: 'string'}} as const;

/** `aws-cost forecast`: where the month (or the next N days) will end, per scope. */
export function runForecast(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, FORECAST_OPTIONS);
		if (values.help) {
			io.stdout.write(FORECAST_USAGE);
			return 0;
		}
		const flags = withDefaultSource(values, io.env);
		await loadPluginsFor({source: flags.source}, io);
		return printScopedReports(prepareForecast(flags, io.env), io);
	});
}
