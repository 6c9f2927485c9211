import {collectScopedReports} from '../application/scoped-reports.js';
import {CHECK_DEFAULT_PERIOD, prepareCheck} from '../application/reports/check.js';
import {resolveScopes} from '../application/scopes.js';
import {renderReports} from '../insights/format/report-document.js';
import {Session} from '../session.js';
import {EXIT_FAILURE, EXIT_LIMIT_EXCEEDED, EXIT_OK} from './exit-codes.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';
import {optionHelp} from './option-help.js';
import {QUERY_OPTIONS, withDefaultSource} from './query-options.js';
import {settleExitCode} from './scope-outcomes.js';

export const CHECK_USAGE = `Usage: aws-cost check --max-increase 10% [--max-total 5000] [options]

A CI gate: holds a period's cost (or each group's) to limits against the period
before it. Exit 0 within the limits, 3 when a limit is exceeded (each is named,
with how far over), 2 for a mistake in the command, 1 when the costs could not
be read.

  --max-increase L      at most L more than the previous period: 10% or $250
  --max-total USD       at most this much in the period
  --period PRESET       the period to check (default ${CHECK_DEFAULT_PERIOD}): this-month, last-week, …
${optionHelp('fromTo')}
  --compare previous    compare with the previous equal period (the default; a month so far
                        is compared with the same days of last month)
  --group-by DIM        hold each SERVICE, LINKED_ACCOUNT, REGION, …, TAG:key to the limits
  --ignore-below USD    with --group-by: leave out groups under this in both periods
${optionHelp('metric', 'filter', 'excludeCredits', 'profile', 'account', 'demo', 'source', 'format', 'cache', 'today', 'timeout')}
`;

const CHECK_OPTIONS = {
	...QUERY_OPTIONS,
	period: {type: 'string'},
	compare: {type: 'string'},
	'max-increase': {type: 'string'},
	'max-total': {type: 'string'},
	'ignore-below': {type: 'string'},
} as const;

/** `aws-cost check`: exit 0 within the limits, 3 over one, 1/2 on failures (see exit-codes.ts). */
export function runCheck(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, CHECK_OPTIONS);
		if (values.help) {
			io.stdout.write(CHECK_USAGE);
			return EXIT_OK;
		}
		const {request, report} = prepareCheck(withDefaultSource(values, io.env), io.env);
		const scopes = await resolveScopes(request.scopes, request.account, io.env);
		const session = new Session({today: request.today, cacheMode: request.cacheMode, env: io.env, logger: io.logger, timeoutMs: request.timeoutMs, warn: warnOn(io)});
		try {
			const outcomes = await collectScopedReports(scopes, session, report);
			const settled = settleExitCode(outcomes, io);
			const reports = outcomes.answered.map(({report: scoped}) => scoped);
			if (reports.length === 0) return settled;
			if (reports.length > 0) io.stdout.write(renderReports(reports, request.format, io.stdout.columns ?? 100));
			const over = reports.flatMap(scoped => (scoped.json['violations'] as readonly {message: string}[]).map(violation => `${scoped.label}: ${violation.message}`));
			if (over.length > 0) {
				io.stderr.write(`aws-cost: check failed: ${over.length} limit${over.length === 1 ? '' : 's'} exceeded (${over[0]!.replace(/\.$/, '')}${over.length > 1 ? '; …' : ''})\n`);
				return EXIT_LIMIT_EXCEEDED;
			}
			// A scope that could not be read fails the check, never as "partial": 3 means a limit only.
			return settled === EXIT_OK ? EXIT_OK : EXIT_FAILURE;
		} finally {
			await session.close();
		}
	});
}
