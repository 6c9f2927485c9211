import {badInput} from '../errors.js';
import {formatHistory, formatHistoryStats} from '../history/history-format.js';
import {HistoryAccess} from '../history/history-access.js';
import {parseHistoryFormat, parseHistoryLimit, parseSince} from '../history/history-request.js';
import {retentionDays} from '../history/history-settings.js';
import {describeLocation, historyLocation} from '../history/open-history.js';
import {quoteInput} from '../quote-input.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';

export const HISTORY_USAGE = `Usage: aws-cost history [--limit N] [--since D] [--format table|json|csv|markdown]
       aws-cost history stats [--since D] [--format table|json]
       aws-cost history clear

  Every query aws-cost answers (CLI, app, chat, API) is recorded: when, who, what,
  rows, total, billable requests, cache hit, latency, outcome.
  --limit N             newest first, at most N (default 50)
  --since D             a day (2026-11-01), days back (7d) or an ISO 8601 instant
  --db-url URL          PostgreSQL (postgres://…) instead of AWS_COST_DB_URL / the local file
  Kept for historyRetentionDays (settings; 90 by default). AWS_COST_HISTORY=off records nothing.
`;

const HISTORY_OPTIONS = {
	limit: {type: 'string'},
	since: {type: 'string'},
	format: {type: 'string', short: 'f'},
	'db-url': {type: 'string'},
	help: {type: 'boolean', short: 'h'},
} as const;

/** `aws-cost history [stats|clear]`: the recorded queries, what they cost and saved, or forget them. */
export function runHistory(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values, positionals} = parseCommandArgs(argv, HISTORY_OPTIONS, true);
		if (values.help) {
			io.stdout.write(HISTORY_USAGE);
			return 0;
		}
		const [action = 'list', ...extra] = positionals;
		if (!['list', 'stats', 'clear'].includes(action)) throw badInput(`Unknown history action ${quoteInput(action)}: use stats or clear, or no action to list.`);
		if (extra.length > 0) throw badInput(`Unexpected ${quoteInput(extra[0]!)} (see --help).`);
		const now = new Date();
		const since = parseSince(values.since, now);
		const format = parseHistoryFormat(values.format);
		const location = historyLocation(io.env, values['db-url']);
		return HistoryAccess.once(location, {retentionDays: retentionDays(io.env), now: () => now}, async store => {
			if (action === 'clear') {
				if (values.since !== undefined || values.limit !== undefined) throw badInput('history clear forgets everything: drop --since/--limit.');
				const removed = await store.clear();
				io.stdout.write(`History cleared (${removed} records) in ${describeLocation(location)}. Saved views are kept.\n`);
				return 0;
			}
			if (action === 'stats') {
				if (values.limit !== undefined) throw badInput('--limit goes with the list, not stats.');
				if (format !== 'table' && format !== 'json') throw badInput(`history stats prints table or json, not ${format}.`);
				const stats = await store.stats(since);
				io.stdout.write(format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : formatHistoryStats(stats));
				return 0;
			}
			const records = await store.listQueries({limit: parseHistoryLimit(values.limit), ...(since === undefined ? {} : {since})});
			io.stdout.write(formatHistory(records, format));
			return 0;
		});
	});
}
