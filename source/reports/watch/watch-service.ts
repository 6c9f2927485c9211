import {deliveryNeedsPlugins, loadConfiguredPlugins, settingsNamePlugins, skippedLines, sourceNeedsPlugins} from '../../plugins/configured.js';
import {buildQueryRequest, type QueryOptionValues} from '../../application/query-request.js';
import {resolveScopes} from '../../application/scopes.js';
import {resolveClock} from '../../clock.js';
import {defaultConfigDir} from '../../config-file.js';
import {BudgetStore} from '../../insights/budget-config.js';
import type {Logger} from '../../log.js';
import {defaultStateDir} from '../../paths.js';
import {Session} from '../../session.js';
import {registerBuiltinDeliveries} from '../deliveries/builtin.js';
import {deliverySecrets, loadDeliverySettings} from '../report-settings.js';
import {deliverToAll, parseTargets} from '../report-targets.js';
import {resolveTemplate} from '../report-template.js';
import {renderScopeReports} from '../run-report.js';
import {AlertState} from './alert-state.js';
import {type WatchOptions, parseWatchPlan} from './watch-plan.js';
import {type WatchTimer, runWatcher, systemTimer} from './watcher.js';

export interface WatchServiceOptions {
	readonly watch: WatchOptions;
	/** Scope, metric, filter, cache, --today and --timeout, as `report` takes them. */
	readonly query: QueryOptionValues;
	readonly env: NodeJS.ProcessEnv;
	readonly logger: Logger;
	readonly say: (line: string) => void;
	readonly warn: (line: string) => void;
	readonly timer?: WatchTimer;
	/** Stop after this many runs (tests). */
	readonly maxRuns?: number;
}

export interface RunningWatch {
	/** Settles when the watch has stopped. */
	readonly done: Promise<void>;
	/** Stops it: a run in progress is cancelled, the state stays as last written. */
	stop(): Promise<void>;
}

/**
 * Judges the plan and everything it names (templates, destinations, scopes)
 * before the first run, then runs it on its schedule: what `aws-cost watch`
 * and `serve --watch-config` start.
 */
export async function startWatch(options: WatchServiceOptions): Promise<RunningWatch> {
	const {env} = options;
	const timer = options.timer ?? systemTimer;
	const plan = parseWatchPlan(options.watch);
	const configDir = defaultConfigDir(env);
	const settings = loadDeliverySettings(configDir, env);
	const request = buildQueryRequest(options.query, env, {range: 'yesterday', granularity: 'DAILY'});
	registerBuiltinDeliveries(settings, request.timeoutMs);
	if (deliveryNeedsPlugins(plan.to) || sourceNeedsPlugins(options.query.source) || settingsNamePlugins(env)) for (const line of skippedLines(await loadConfiguredPlugins(env))) options.warn(line);
	const targets = parseTargets(plan.to, {slack: settings.slackWebhookUrl !== undefined, webhook: settings.webhookUrl !== undefined});
	const reportTemplate = plan.report === undefined ? undefined : resolveTemplate(plan.report);
	const weekly = resolveTemplate('weekly');
	const alertTemplate = {...weekly, name: 'alerts', sections: ['anomalies', 'budgets'] as const};
	const scopes = await resolveScopes(request.scopes, request.account, env);
	const state = await AlertState.open(defaultStateDir(env), options.logger);
	const clock = resolveClock(options.query.today, env, () => timer.now());
	const session = new Session({clock, cacheMode: request.cacheMode, env, logger: options.logger, timeoutMs: request.timeoutMs, warn: options.warn});
	const secrets = deliverySecrets(settings);
	const controller = new AbortController();
	const done = runWatcher(
		{
			plan,
			reportTemplate,
			alertTemplate,
			targets,
			state,
			timer,
			makeReports: (template, signal) => renderScopeReports({template, request, budgets: new BudgetStore({cwd: configDir}).list(), scopes, session, signal}),
			deliver: (to, message, signal) => deliverToAll(to, message, {signal, secrets, env}),
			say: options.say,
			warn: line => {
				options.logger(`watch: ${line}`);
				options.warn(line);
			},
		},
		controller.signal,
		options.maxRuns,
	).finally(() => session.close());
	return {
		done,
		stop: async () => {
			controller.abort();
			await done;
		},
	};
}
