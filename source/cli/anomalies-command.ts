import {prepareAnomalies} from '../application/reports/anomalies.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {optionHelp} from './option-help.js';
import {printScopedReports} from './print-scoped-reports.js';
import {loadPluginsFor} from './plugin-needs.js';
import {QUERY_OPTIONS, withDefaultSource} from './query-options.js';
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

/** `aws-cost anomalies`: what was unusual, by how much, and why. */
export function runAnomalies(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, ANOMALIES_OPTIONS);
		if (values.help) {
			io.stdout.write(ANOMALIES_USAGE);
			return 0;
		}
		const flags = withDefaultSource(values, io.env);
		await loadPluginsFor({source: flags.source}, io);
		return printScopedReports(prepareAnomalies(flags, io.env), io);
	});
}
