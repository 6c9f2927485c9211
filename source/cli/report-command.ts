import {deliveryNeedsPlugins, settingsNamePlugins, sourceNeedsPlugins} from '../plugins/configured.js';
import {loadPluginsWarning} from './plugin-needs.js';
import {buildQueryRequest} from '../application/query-request.js';
import {resolveScopes} from '../application/scopes.js';
import {defaultConfigDir} from '../config-file.js';
import {badInput} from '../errors.js';
import {BudgetStore} from '../insights/budget-config.js';
import {quoteInput} from '../quote-input.js';
import {registerBuiltinDeliveries} from '../reports/deliveries/builtin.js';
import {deliverySecrets, loadDeliverySettings} from '../reports/report-settings.js';
import {deliverToAll, parseTargets} from '../reports/report-targets.js';
import {resolveTemplate} from '../reports/report-template.js';
import {renderScopeReports} from '../reports/run-report.js';
import {Session} from '../session.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';
import {optionHelp} from './option-help.js';
import {QUERY_OPTIONS, withDefaultSource} from './query-options.js';
import {settleExitCode} from './scope-outcomes.js';

export const REPORT_USAGE = `Usage: aws-cost report [--template daily|weekly|monthly|FILE] [--to DESTINATION]… [options]

Makes a cost report (summary, daily chart, top movers, anomalies with causes, budgets)
and delivers it; without --to it prints it (Markdown, or --format html|json).

  --template T          daily (yesterday vs the day before; default), weekly (last 7 days
                        vs the 7 before), monthly (last month vs the one before), or a JSON
                        template file (see the README)
  --to DESTINATION      slack[:WEBHOOK_URL], webhook[:URL], email:ADDRESS[,ADDRESS…] or
                        file:PATH.md|.html|.xlsx|.json; repeat to send to several. URLs and
                        SMTP settings may come from the environment or the settings file
  --format F            without --to: markdown (default), html or json
${optionHelp('metric', 'filter', 'excludeCredits', 'profile', 'account', 'demo', 'source', 'cache', 'today', 'timeout')}
`;

const {range: _range, from: _from, to: _to, granularity: _granularity, 'group-by': _groupBy, 'allow-stale': _stale, ...SCOPE_OPTIONS} = QUERY_OPTIONS;

const REPORT_OPTIONS = {...SCOPE_OPTIONS, template: {type: 'string'}, to: {type: 'string', multiple: true}} as const;

const PRINT_FORMATS = ['markdown', 'html', 'json'] as const;

/** `aws-cost report`: one report per scope, delivered to every --to; exit 1 when any delivery failed. */
export function runReport(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, REPORT_OPTIONS);
		if (values.help) {
			io.stdout.write(REPORT_USAGE);
			return 0;
		}
		const {format = 'markdown', template: templateName, to = [], ...queryValues} = values;
		const printFormat = PRINT_FORMATS.find(known => known === format);
		if (printFormat === undefined) throw badInput(`--format ${quoteInput(format)}: use ${PRINT_FORMATS.join(', ')}.`);
		if (to.length > 0 && values.format !== undefined) throw badInput('--format is for printing: with --to, each destination picks its own format (file:PATH by its extension).');
		const configDir = defaultConfigDir(io.env);
		const settings = loadDeliverySettings(configDir, io.env);
		const request = buildQueryRequest(withDefaultSource(queryValues, io.env), io.env, {range: 'yesterday', granularity: 'DAILY'});
		registerBuiltinDeliveries(settings, request.timeoutMs);
		// The settings' plugins: a destination or source aws-cost lacks, and analyzers whose findings join the report.
		if (deliveryNeedsPlugins(to) || sourceNeedsPlugins(queryValues.source) || settingsNamePlugins(io.env)) await loadPluginsWarning(io);
		const targets = parseTargets(to, {slack: settings.slackWebhookUrl !== undefined, webhook: settings.webhookUrl !== undefined});
		const template = resolveTemplate(templateName);
		const budgets = new BudgetStore({cwd: configDir}).list();
		const scopes = await resolveScopes(request.scopes, request.account, io.env);
		const session = new Session({today: request.today, cacheMode: request.cacheMode, env: io.env, logger: io.logger, timeoutMs: request.timeoutMs, warn: warnOn(io)});
		try {
			const outcomes = await renderScopeReports({template, request, budgets, scopes, session});
			const exitCode = settleExitCode(outcomes, io);
			if (targets.length === 0) {
				for (const {message} of outcomes.answered) {
					io.stdout.write(printFormat === 'json' ? `${JSON.stringify(message.json, null, 2)}\n` : printFormat === 'html' ? message.html : message.markdown);
				}
				return exitCode;
			}
			let failed = false;
			for (const {label, message} of outcomes.answered) {
				const results = await deliverToAll(targets, message, {signal: AbortSignal.timeout(30 * 60_000), secrets: deliverySecrets(settings), env: io.env});
				for (const result of results) {
					if (result.error === undefined) io.stdout.write(`aws-cost: report for ${label} sent to ${result.label}\n`);
					else {
						failed = true;
						io.logger(`report for ${label} to ${result.label} failed: ${result.error}`);
						io.stderr.write(`aws-cost: report for ${label} not delivered to ${result.label}: ${result.error}\n`);
					}
				}
			}
			return failed ? Math.max(1, exitCode) : exitCode;
		} finally {
			await session.close();
		}
	});
}
