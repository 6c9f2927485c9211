import {prepareSavings} from '../application/reports/savings.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {optionHelp} from './option-help.js';
import {printScopedReports} from './print-scoped-reports.js';
import {loadPluginsFor} from './plugin-needs.js';
import {QUERY_OPTIONS, withDefaultSource} from './query-options.js';
export const SAVINGS_USAGE = `Usage: aws-cost savings [options]

One list of ways to pay less, largest estimated monthly saving first, each with what to
do: rightsizing, a Compute Savings Plan and reservations (Cost Explorer's advice when
live, advice made from the demo's own spend with --demo), plus reservation coverage and
utilization over the last 30 days. Advice only: nothing here changes any AWS resource.
Live, it costs about 7 Cost Explorer requests ($0.01 each).

${optionHelp('profile', 'demo', 'format', 'today', 'timeout')}
`;

/** `aws-cost savings`: recommendations sorted by what they save. */
export function runSavings(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, QUERY_OPTIONS);
		if (values.help) {
			io.stdout.write(SAVINGS_USAGE);
			return 0;
		}
		const flags = withDefaultSource(values, io.env);
		await loadPluginsFor({source: flags.source}, io);
		return printScopedReports(prepareSavings(flags, io.env), io);
	});
}
