import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {optionHelp} from './option-help.js';
import {QUERY_OPTIONS, withDefaultSource} from './query-options.js';

export const WATCH_USAGE = `Usage: aws-cost watch [--every 1d] [--at HH:MM] [--report TEMPLATE] [--alert RULE]… --to DESTINATION…

Stays running and, on schedule, sends a report and/or alerts. Each alert is sent once per
anomaly or budget crossing (remembered in the state directory, across restarts); a
delivery that failed is tried again with backoff, and again at the next run.

  --every N[m|h|d|w]    how often (default 1d)
  --at HH:MM            the time of day (UTC) of the first run; without it, at once
  --report TEMPLATE     daily, weekly, monthly or a template file (see aws-cost report)
  --alert RULE          budget-forecast (a budget projected past its amount),
                        budget-exceeded, anomaly:$AMOUNT or anomaly:PERCENT%; repeatable
  --to DESTINATION      as aws-cost report: slack[:URL], webhook[:URL], email:ADDRESS, file:PATH
${optionHelp('metric', 'filter', 'profile', 'account', 'demo', 'source', 'today', 'timeout')}
`;

const {range: _range, from: _from, to: _to, granularity: _granularity, 'group-by': _groupBy, 'allow-stale': _stale, format: _format, ...SCOPE_OPTIONS} = QUERY_OPTIONS;

const WATCH_OPTIONS = {
	...SCOPE_OPTIONS,
	every: {type: 'string'},
	at: {type: 'string'},
	report: {type: 'string'},
	alert: {type: 'string', multiple: true},
	to: {type: 'string', multiple: true},
} as const;

/** `aws-cost watch`: runs until SIGTERM or SIGINT, then stops cleanly and exits 0. */
export function runWatch(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, WATCH_OPTIONS);
		if (values.help) {
			io.stdout.write(WATCH_USAGE);
			return 0;
		}
		const {every, at, report, alert, to, ...query} = values;
		const {startWatch} = await import('../reports/watch/watch-service.js');
		const watch = await startWatch({
			watch: {every, at, report, alert, to},
			query: withDefaultSource(query, io.env),
			env: io.env,
			logger: io.logger,
			say: line => io.stdout.write(`aws-cost: ${line}\n`),
			warn: line => io.stderr.write(`aws-cost: warning: ${line}\n`),
		});
		io.stdout.write(`aws-cost: watching (every ${every ?? '1d'}${at === undefined ? '' : ` at ${at} UTC`}); stop with Ctrl-C\n`);
		const signal = await Promise.race([
			new Promise<NodeJS.Signals>(resolve => {
				process.once('SIGTERM', () => resolve('SIGTERM'));
				process.once('SIGINT', () => resolve('SIGINT'));
			}),
			watch.done.then(() => undefined),
		]);
		if (signal !== undefined) io.stdout.write(`aws-cost: ${signal}: stopping.\n`);
		await watch.stop();
		return 0;
	});
}
