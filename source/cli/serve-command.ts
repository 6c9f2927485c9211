import {resolveScopes, scopeRequestFromFlags} from '../application/scopes.js';
import {defaultConfigDir} from '../config-file.js';
import {badInput} from '../errors.js';
import {quoteInput} from '../quote-input.js';
import {resolveToday} from '../clock.js';
import {resolveTimeoutMs} from '../timeouts.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';
import {optionHelp} from './option-help.js';
import {loadPluginsWarning} from './plugin-needs.js';
import {settingsNamePlugins} from '../plugins/configured.js';
import {envWithCacheUrl} from './cache-url.js';
import type {ServerOptions} from '../server/app.js';
import type {WatchOptions} from '../reports/watch/watch-plan.js';
import {DEFAULT_RATE_LIMIT, isLogLevel, LOG_LEVELS} from '../server/ops-settings.js';

export const SERVE_USAGE = `Usage: aws-cost serve [options]

Serves the engine as an HTTP API (REST under /api/v1, OpenAPI at /api/v1/openapi.json,
docs at /api/v1/docs, /health, /ready) and the web dashboard at /. Same figures as the CLI
for the same options.

  --host ADDRESS        address to listen on (default 127.0.0.1; another address needs API tokens)
  --port N              port (default 8787; 0 picks a free one)
  --no-cache            answer every request from the source
  --cache-url URL       share a Redis cache tier with other replicas (redis://…; also AWS_COST_CACHE_URL)
  --metrics-open        serve /metrics without a token (otherwise it needs the read scope)
  --cors-origin ORIGIN  let browser pages from ORIGIN call the API (no CORS otherwise)
  --rate-limit N        requests per minute per token (per address when open; default 600, 0 = none)
  --log-level LEVEL     JSON logs on stdout: fatal, error, warn, info (default), debug, trace, silent
  --watch-config FILE   also run scheduled reports and alerts, as aws-cost watch (see the README)
  --db-url URL          keep the query history and saved views in PostgreSQL (postgres://…;
                        default AWS_COST_DB_URL, else a SQLite file in the state directory)

  --provider P          the chat model behind POST /api/v1/ask: ollama (default) or openai
  --model M             the chat model's name
  --offline             answer /api/v1/ask with the built-in parser, no model at all
  --yes-remote          let --provider openai receive questions (the notice of what is sent is printed)
${optionHelp('profile', 'demo', 'today', 'timeout')}
`;

const SERVE_OPTIONS = {
	host: {type: 'string'},
	port: {type: 'string'},
	profile: {type: 'string', multiple: true},
	'all-profiles': {type: 'boolean'},
	demo: {type: 'boolean'},
	today: {type: 'string'},
	timeout: {type: 'string'},
	'no-cache': {type: 'boolean'},
	'cache-url': {type: 'string'},
	'metrics-open': {type: 'boolean'},
	'cors-origin': {type: 'string'},
	'rate-limit': {type: 'string'},
	'log-level': {type: 'string'},
	'watch-config': {type: 'string'},
	'db-url': {type: 'string'},

	provider: {type: 'string'},
	model: {type: 'string'},
	offline: {type: 'boolean'},
	'yes-remote': {type: 'boolean'},
	help: {type: 'boolean', short: 'h'},
} as const;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function parsePort(text: string | undefined): number {
	if (text === undefined) return 8787;
	const port = Number(text);
	if (!/^\d+$/.test(text.trim()) || port > 65_535) throw badInput(`--port ${quoteInput(text)} must be a port number, 0 to 65535.`);
	return port;
}

function parseOpsOptions(values: {readonly 'cors-origin'?: string; readonly 'rate-limit'?: string; readonly 'log-level'?: string}): ServerOptions {
	const level = values['log-level'] ?? 'info';
	if (!isLogLevel(level)) throw badInput(`--log-level ${quoteInput(level)} is not one of ${LOG_LEVELS.join(', ')}.`);
	const origin = values['cors-origin'];
	if (origin !== undefined && !/^https?:\/\/[^/\s]+$/.test(origin)) throw badInput(`--cors-origin ${quoteInput(origin)} must be an origin such as https://dashboard.example.com (scheme and host, no path).`);
	const limitText = values['rate-limit'] ?? String(DEFAULT_RATE_LIMIT.max);
	const limit = Number(limitText);
	if (!/^\d+$/.test(limitText.trim()) || limit > 1_000_000) throw badInput(`--rate-limit ${quoteInput(limitText)} must be a number of requests per minute (0 turns the limit off).`);
	return {
		logger: {level},
		...(origin === undefined ? {} : {corsOrigin: origin}),
		...(limit === 0 ? {} : {rateLimit: {max: limit, windowMs: 60_000}}),
	};
}

/** The `--watch-config` schedule inside the server, over the same scopes and day as it serves. */
async function startServeWatch(watch: WatchOptions, values: {readonly demo?: boolean; readonly profile?: string[]; readonly 'all-profiles'?: boolean; readonly today?: string; readonly timeout?: string; readonly 'no-cache'?: boolean}, io: CommandIo) {
	const {startWatch} = await import('../reports/watch/watch-service.js');
	const query = {
		...(values.demo === undefined ? {} : {demo: values.demo}),
		...(values.profile === undefined ? {} : {profile: values.profile}),
		...(values['all-profiles'] === undefined ? {} : {'all-profiles': values['all-profiles']}),
		...(values.today === undefined ? {} : {today: values.today}),
		...(values.timeout === undefined ? {} : {timeout: values.timeout}),
		...(values['no-cache'] === undefined ? {} : {'no-cache': values['no-cache']}),
	};
	return startWatch({
		watch,
		query,
		env: io.env,
		logger: io.logger,
		say: line => io.stdout.write(`aws-cost: watch: ${line}\n`),
		warn: line => io.stderr.write(`aws-cost: watch: warning: ${line}\n`),
	});
}

/** The recorder every request's queries go to (none with AWS_COST_HISTORY=off) and the store the history and view routes read. */
async function serverHistory(io: CommandIo, dbUrl: string | undefined) {
	const [{historyRecorderFor, retentionDays}, {historyLocation}, {HistoryAccess}] = await Promise.all([
		import('../history/history-settings.js'),
		import('../history/open-history.js'),
		import('../history/history-access.js'),
	]);
	const location = historyLocation(io.env, dbUrl);
	const history = historyRecorderFor({env: io.env, origin: {frontEnd: 'api'}, warn: warnOn(io), ...(dbUrl === undefined ? {} : {dbUrl})});
	return {history, historyAccess: new HistoryAccess(location, {retentionDays: retentionDays(io.env)})};
}

/** `aws-cost serve`: runs until SIGTERM or SIGINT, then finishes in-flight requests and exits 0. */
export function runServe(argv: readonly string[], io: CommandIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, SERVE_OPTIONS);
		if (values.help) {
			io.stdout.write(SERVE_USAGE);
			return 0;
		}
		const host = values.host ?? '127.0.0.1';
		const port = parsePort(values.port);
		const {loadApiAccess} = await import('../server/api-tokens.js');
		const access = loadApiAccess(io.env, defaultConfigDir(io.env), {metricsOpen: values['metrics-open'] === true});
		if (!LOOPBACK.has(host) && access.tokens.length === 0) throw badInput(`--host ${quoteInput(host)} is not a loopback address: set API tokens (AWS_COST_API_TOKENS) before serving beyond this machine.`);
		const ops = parseOpsOptions(values);
		const env = envWithCacheUrl(values['cache-url'], io.env);
		const scopeRequest = scopeRequestFromFlags(values);
		resolveToday(values.today, io.env);
		const timeoutMs = resolveTimeoutMs(values.timeout, io.env);
		const watchOptions = values['watch-config'] === undefined ? undefined : (await import('../reports/watch/watch-config-file.js')).readWatchConfig(values['watch-config']);
		if (watchOptions !== undefined) (await import('../reports/watch/watch-plan.js')).parseWatchPlan(watchOptions);
		const scopes = await resolveScopes(scopeRequest, undefined, io.env);
		const [{buildServer}, {ServerSessions}, {ServerChat}, {resolveServeChatProvider}, {findWebRoot}] = await Promise.all([
			import('../server/app.js'),
			import('../server/server-sessions.js'),
			import('../server/server-chat.js'),
			import('../server/chat-provider.js'),
			import('../server/web-root.js'),
		]);
		const chatFlags = {provider: values.provider, model: values.model, offline: values.offline, yesRemote: values['yes-remote'], timeoutMs};
		const provider = await resolveServeChatProvider(chatFlags, io.env, text => io.stderr.write(`${text}\n`));
		// The settings' plugins: analyzers for /api/v1/now and the chat's plugin_findings tool, notifiers for --watch-config.
		if (settingsNamePlugins(io.env)) await loadPluginsWarning(io);
		const {history, historyAccess} = await serverHistory(io, values['db-url']);
		const sessions = new ServerSessions({todayFlag: values.today, env, logger: io.logger, timeoutMs, cacheMode: values['no-cache'] ? 'off' : 'use', ...(history === undefined ? {} : {history})});
		const webRoot = findWebRoot(io.env);
		const app = await buildServer({scopes, sessions, env, logger: io.logger, chat: new ServerChat({provider, log: io.logger}), history: historyAccess}, {access, ...ops, ...(webRoot === undefined ? {} : {webRoot})});
		const address = await app.listen({host, port});
		const watch = watchOptions === undefined ? undefined : await startServeWatch(watchOptions, values, io).catch(async (error: unknown) => {
			await app.close();
			await sessions.close();
			throw error;
		});
		io.stdout.write(`aws-cost: serving ${scopes.map(scope => scope.label).join(', ')} on ${address} (docs: ${address}/api/v1/docs)\n`);
		const signal = await new Promise<NodeJS.Signals>(resolve => {
			process.once('SIGTERM', () => resolve('SIGTERM'));
			process.once('SIGINT', () => resolve('SIGINT'));
		});
		io.stdout.write(`aws-cost: ${signal}: finishing requests in flight, then stopping.\n`);
		await watch?.stop();
		await app.close();
		await sessions.close();
		await historyAccess.close();
		return 0;
	});
}
