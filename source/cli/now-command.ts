import {budgetStoreFor} from '../application/budget-changes.js';
import {prepareNow} from '../application/reports/now.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {optionHelp} from './option-help.js';
import {printScopedReports} from './print-scoped-reports.js';
import {loadPluginsWarning} from './plugin-needs.js';
import {withAnalyzers} from '../plugins/findings-section.js';
import {settingsNamePlugins} from '../plugins/configured.js';
import {QUERY_OPTIONS, withDefaultSource} from './query-options.js';

export const NOW_USAGE = `Usage: aws-cost now [options]

How we are doing, in one screen: today so far, yesterday, the month to date against
the same days of last month, last month, the month-end projection with its 80%
interval, the top 3 movers since the day before, the week's anomalies per service
and the most urgent budget. Two Cost Explorer queries on a cold cache (a budget
scoped to a service, account or tag adds one); it says how many it used. Analyzers
from the settings' plugins add their findings.

  --metric M            UnblendedCost (default), AmortizedCost, NetAmortizedCost, …
${optionHelp('profile', 'account', 'demo', 'source', 'format', 'cache', 'today', 'timeout')}
`;

/** `aws-cost now`: the one-shot summary, per scope. */
export function runNow(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, QUERY_OPTIONS);
		if (values.help) {
			io.stdout.write(NOW_USAGE);
			return 0;
		}
		const prepared = prepareNow(withDefaultSource(values, io.env), budgetStoreFor(io.env).list(), io.env);
		// Plugins' analyzers add their findings; nothing is loaded when the settings name no plugin.
		if (!settingsNamePlugins(io.env)) return printScopedReports(prepared, io);
		await loadPluginsWarning(io);
		return printScopedReports({...prepared, report: withAnalyzers(prepared.report)}, io);
	});
}
