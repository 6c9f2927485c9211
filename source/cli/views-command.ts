import {badInput} from '../errors.js';
import {HistoryAccess} from '../history/history-access.js';
import {historyLocation} from '../history/open-history.js';
import {checkViewName, describeView, viewOptionsFrom} from '../history/saved-views.js';
import {quoteInput} from '../quote-input.js';
import {type CommandIo, parseCommandArgs, runCommand} from './io.js';
import {QUERY_OPTIONS} from './query-options.js';

export const VIEWS_USAGE = `Usage: aws-cost views save NAME [query flags]   e.g. --range last-month --group-by SERVICE
       aws-cost views list [--format json]
       aws-cost views show NAME [--format json]
       aws-cost views delete NAME

  Open one with \`aws-cost query --view NAME\` (flags given there win).
  Views live in the history store: a team's PostgreSQL (AWS_COST_DB_URL, --db-url) shares them.
`;

const {format: _format, 'no-cache': _noCache, refresh: _refresh, today: _today, timeout: _timeout, 'allow-stale': _allowStale, help: _help, ...VIEW_FLAGS} = QUERY_OPTIONS;

const VIEWS_OPTIONS = {...VIEW_FLAGS, format: {type: 'string', short: 'f'}, 'db-url': {type: 'string'}, help: {type: 'boolean', short: 'h'}} as const;

/** `aws-cost views save|list|show|delete`: named query flags in the shared store. */
export function runViews(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values, positionals} = parseCommandArgs(argv, VIEWS_OPTIONS, true);
		if (values.help) {
			io.stdout.write(VIEWS_USAGE);
			return 0;
		}
		const [action, name, ...extra] = positionals;
		if (action === undefined) {
			io.stdout.write(VIEWS_USAGE);
			return 2;
		}
		if (!['save', 'list', 'show', 'delete'].includes(action)) throw badInput(`Unknown views action ${quoteInput(action)}: use save, list, show or delete.`);
		if (extra.length > 0) throw badInput(`Unexpected ${quoteInput(extra[0]!)}: quote a name with spaces ("weekly by service").`);
		if (values.format !== undefined && values.format !== 'json' && values.format !== 'table') throw badInput(`Unknown format ${quoteInput(values.format)}: use table or json.`);
		const {format, 'db-url': dbUrl, help: _ignored, ...flags} = values;
		const json = format === 'json';
		if (action !== 'save' && Object.values(flags).some(value => value !== undefined)) throw badInput(`views ${action} takes no query flags (they go with save).`);
		if (action === 'list' && name !== undefined) throw badInput(`views list takes no name (views show ${quoteInput(name)}).`);
		const checkedName = action === 'list' ? '' : checkViewName(name);
		const options = action === 'save' ? viewOptionsFrom(flags, io.env) : undefined;
		return HistoryAccess.once(historyLocation(io.env, dbUrl), {}, async store => {
			if (action === 'save') {
				const view = {name: checkedName, options: options!, savedAt: new Date().toISOString()};
				await store.saveView(view);
				io.stdout.write(json ? `${JSON.stringify(view, null, 2)}\n` : `Saved view "${view.name}": ${describeView(view)}\n`);
				return 0;
			}
			if (action === 'list') {
				const views = await store.views();
				if (json) io.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
				else if (views.length === 0) io.stdout.write('No saved views: aws-cost views save NAME [query flags].\n');
				else {
					const width = Math.max(...views.map(view => view.name.length));
					for (const view of views) io.stdout.write(`${view.name.padEnd(width)}  ${describeView(view)}\n`);
				}
				return 0;
			}
			if (action === 'show') {
				const view = await store.view(checkedName);
				if (view === undefined) throw badInput(`No saved view named ${quoteInput(checkedName)} (aws-cost views list).`);
				io.stdout.write(json ? `${JSON.stringify(view, null, 2)}\n` : `${view.name}: ${describeView(view)}\nSaved ${view.savedAt}\n`);
				return 0;
			}
			if (!(await store.deleteView(checkedName))) throw badInput(`No saved view named ${quoteInput(checkedName)} (aws-cost views list).`);
			io.stdout.write(`Deleted view "${checkedName}".\n`);
			return 0;
		});
	});
}
