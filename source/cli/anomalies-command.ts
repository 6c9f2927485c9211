import {anomalyOutput} from '../insights/format/anomaly-output.js';
import {anomalyReport} from '../insights/anomaly-report.js';
import {printScopedReports, refuseFlags} from '../insights/scoped-run.js';
import {quoteInput} from '../quote-input.js';
import {badInput} from '../errors.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {buildQueryRequest, QUERY_OPTIONS} from './query-options.js';
import {optionHelp} from './option-help.js';

export const ANOMALIES_USAGE = `Usage: aws-cost anomalies [options]

Finds unusual days per service and per linked account (against the same weekday over
the previous weeks), each with expected and actual cost, its impact, and the usage type,
region or account that drove it; lists Cost Explorer's own anomalies beside them (live).

  --range PRESET        the days to look at (default last-30-days), or a month, quarter, …
  --from D --to D       inclusive dates, YYYY-MM-DD
  --min-impact USD      leave out anomalies that moved cost by less than this (default 0)
${optionHelp('metric', 'filter', 'excludeCredits', 'profile', 'account', 'demo', 'source', 'format', 'cache', 'today', 'timeout')}
`;

const ANOMALIES_OPTIONS = {...QUERY_OPTIONS, 'min-impact': {type: 'string'}} as const;

function parseMinImpact(text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const value = Number(text.replace(/^\$/, ''));
	if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw badInput(`--min-impact ${quoteInput(text)} must be dollars, zero or more (e.g. 50).`);
	return value;
}

/** `aws-cost anomalies`: what was unusual, by how much, and why. */
export function runAnomalies(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, ANOMALIES_OPTIONS);
		if (values.help) {
			io.stdout.write(ANOMALIES_USAGE);
			return 0;
		}
		refuseFlags(values, ['group-by', 'granularity'], 'anomalies are found per service and per account, day by day.');
		const minImpact = parseMinImpact(values['min-impact']);
		const request = buildQueryRequest(values, io.env, {range: 'last-30-days', granularity: 'DAILY'});
		return printScopedReports(request, io, async (engine, scope, label) =>
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
		);
	});
}
