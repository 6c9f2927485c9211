import {runCostQuery} from '../application/cost-query.js';
import {formatResults, type LabelledResult} from '../export/index.js';
import {resolveScopes} from '../application/scopes.js';
import {historyRecorderFor} from '../history/history-settings.js';
import {Session} from '../session.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';
import {buildQueryRequest, QUERY_OPTIONS, type QueryOptionValues, withDefaultSource} from './query-options.js';
import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';
import {optionHelp} from './option-help.js';
import {loadPluginsFor} from './plugin-needs.js';
import {CACHE_URL_HELP, envWithCacheUrl} from './cache-url.js';
import {runEachScope} from '../application/scope-outcomes.js';
import {settleExitCode} from './scope-outcomes.js';

export const QUERY_USAGE = `Usage: aws-cost query [options]

  --range PRESET        today, yesterday, this-month, last-month (default), last-7-days,
                        last-30-days, last-3-months, last-12-months, ytd, last-quarter,
                        this-week, last-week (ISO weeks, Monday first),
                        a month (2026-09), a quarter (2026-Q3) or a year (2026)
  --from D --to D       inclusive dates, YYYY-MM-DD
  --granularity G       DAILY, MONTHLY (default) or HOURLY (last 14 days)
  --metric M            UnblendedCost (default), AmortizedCost, NetAmortizedCost,
                        NetUnblendedCost, BlendedCost, UsageQuantity, NormalizedUsageAmount
  --group-by DIM        up to two: SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, …, TAG:key
${optionHelp('filter', 'excludeCredits', 'profile', 'account', 'demo', 'source', 'format', 'cache', 'today', 'timeout', 'allowStale')}
  --view NAME           start from a saved view's flags (aws-cost views); flags given here win
${CACHE_URL_HELP}
`;

const QUERY_COMMAND_OPTIONS = {...QUERY_OPTIONS, 'cache-url': {type: 'string'}} as const;

/** The flags of the saved view `name` under the ones given (which win); a missing view is a one-line error. */
async function withSavedView<Values extends QueryOptionValues>(name: string, values: Values, env: NodeJS.ProcessEnv): Promise<Values> {
	const [{HistoryAccess}, {historyLocation}, {withView}] = await Promise.all([
		import('../history/history-access.js'),
		import('../history/open-history.js'),
		import('../history/saved-views.js'),
	]);
	const view = await HistoryAccess.once(historyLocation(env), {}, store => store.view(name.trim()));
	if (view === undefined) throw badInput(`No saved view named ${quoteInput(name)} (aws-cost views list).`);
	return withView(view, values);
}

/** `aws-cost query`: one CostQuery per scope, printed in the chosen format. */
export function runQuery(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values: given} = parseCommandArgs(argv, {...QUERY_COMMAND_OPTIONS, view: {type: 'string'}});
		const env = envWithCacheUrl(given['cache-url'], io.env);
		if (given.help) {
			io.stdout.write(QUERY_USAGE);
			return 0;
		}
		const {view, ...flags} = given;
		const values = view === undefined ? flags : await withSavedView(view, flags, io.env);
		const sourced = withDefaultSource(values, io.env);
		await loadPluginsFor(sourced, io);
		const request = buildQueryRequest(sourced, io.env);
		const scopes = await resolveScopes(request.scopes, request.account, io.env);
		const session = new Session({today: request.today, cacheMode: request.cacheMode, env, logger: io.logger, timeoutMs: request.timeoutMs, warn: warnOn(io), history: historyRecorderFor({env: io.env, origin: {frontEnd: 'cli'}, warn: warnOn(io)})});
		try {
			const outcomes = await runEachScope(scopes, async ({scope}) => ({result: await runCostQuery(await session.engineFor(scope), request, scope)}));
			const exitCode = settleExitCode(outcomes, io);
			const results: LabelledResult[] = outcomes.answered.map(({label, result}) => ({label, result}));
			for (const {label, result} of results) {
				if (result.stale === undefined) continue;
				const who = results.length > 1 ? `profile ${label}: ` : '';
				io.stderr.write(`aws-cost: warning: ${who}STALE answer from ${result.stale.asOf} (${result.stale.age} old): ${result.stale.reason}\n`);
			}
			if (results.length > 0) io.stdout.write(formatResults(results, request.format, io.stdout.columns ?? 100));
			return exitCode;
		} finally {
			await session.close();
		}
	});
}
