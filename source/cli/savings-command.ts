import {savingsOutput} from '../insights/format/savings-output.js';
import {savingsReport} from '../insights/savings-report.js';
import {printScopedReports, refuseFlags} from '../insights/scoped-run.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {buildQueryRequest, QUERY_OPTIONS} from './query-options.js';
import {optionHelp} from './option-help.js';

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
		refuseFlags(
			values,
			['range', 'from', 'to', 'granularity', 'metric', 'group-by', 'filter', 'exclude-credits', 'account', 'no-cache', 'refresh'],
			'savings advice covers the whole bill of the credentials over Cost Explorer\'s own lookback, and is never cached.',
		);
		const request = buildQueryRequest(values, io.env);
		return printScopedReports(request, io, async (engine, _scope, label) => savingsOutput(await savingsReport(engine), label));
	});
}
