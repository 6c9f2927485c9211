import type {ParseArgsConfig} from 'node:util';
import {type Readable, Writable} from 'node:stream';
import {resolveToday} from '../clock.js';
import {badInput} from '../errors.js';
import {DEFAULT_MAX_REQUESTS} from '../mcp/backend.js';
import {defaultConfigDir} from '../config-file.js';
import {quoteInput} from '../quote-input.js';
import {resolveScopes, scopeRequestFromFlags} from '../application/scopes.js';
import {historyRecorderFor} from '../history/history-settings.js';
import {Session} from '../session.js';
import {SettingsStore} from '../settings.js';
import {resolveTimeoutMs} from '../timeouts.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';
import {optionHelp} from './option-help.js';

export const MCP_USAGE = `Usage: aws-cost mcp [options]

Serves the chat's read-only cost tools (query_costs, compare_periods, top_movers, forecast,
anomalies, list_accounts, dimension_values, today) to an AI agent over the Model Context
Protocol, on stdin/stdout. Put it in the agent's config: {"command": "aws-cost", "args": ["mcp"]}.

${optionHelp('demo', 'profile')}
  --all-profiles        answer for every profile in ~/.aws/config (tools take "profile")
  --max-requests N      billable Cost Explorer requests the session may make (default ${DEFAULT_MAX_REQUESTS};
                        also "mcpMaxRequests" in the settings file); cached answers are free
  --no-cache            neither read nor write the local cache
${optionHelp('today', 'timeout')}
`;

const MCP_OPTIONS = {
	demo: {type: 'boolean'},
	profile: {type: 'string', multiple: true},
	'all-profiles': {type: 'boolean'},
	today: {type: 'string'},
	timeout: {type: 'string'},
	'max-requests': {type: 'string'},
	'no-cache': {type: 'boolean'},
	help: {type: 'boolean', short: 'h'},
} as const satisfies ParseArgsConfig['options'];

function parseMaxRequests(text: string | undefined, setting: number | undefined): number {
	if (text === undefined) return setting ?? DEFAULT_MAX_REQUESTS;
	if (!/^\d+$/.test(text.trim())) throw badInput(`--max-requests ${quoteInput(text)} must be a whole number of requests, e.g. --max-requests 50.`);
	return Number(text);
}

/** What `mcp` needs beyond other commands: the stream the client writes to (process.stdin by default). */
export type McpIo = CommandIo & {readonly stdin?: Readable};

/** The command's stdout as a stream the transport can wait on; in-process tests pass a plain writer. */
function stdoutStream(io: CommandIo): Writable {
	if (io.stdout instanceof Writable) return io.stdout;
	return new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			io.stdout.write(chunk.toString());
			done();
		},
	});
}

/**
 * `aws-cost mcp`: an MCP server on stdio until the client closes stdin.
 * Like every script, it never answers from demo data unless --demo: without
 * credentials it refuses in one line (exit 2) before the server starts.
 */
export function runMcp(argv: readonly string[], io: McpIo): Promise<number> {
	return runCommand(io, async () => {
		const {values} = parseCommandArgs(argv, MCP_OPTIONS);
		if (values.help) {
			io.stdout.write(MCP_USAGE);
			return 0;
		}
		const scopeRequest = scopeRequestFromFlags(values);
		const {settings} = new SettingsStore({cwd: defaultConfigDir(io.env)}).load();
		const today = resolveToday(values.today, io.env);
		const timeoutMs = resolveTimeoutMs(values.timeout, io.env, settings.timeout);
		const maxRequests = parseMaxRequests(values['max-requests'], settings.mcpMaxRequests);
		const scopes = await resolveScopes(scopeRequest, undefined, io.env);
		const noCache = values['no-cache'] === true;
		const session = new Session({today, cacheMode: noCache ? 'off' : 'use', env: io.env, logger: io.logger, timeoutMs, warn: warnOn(io), history: historyRecorderFor({env: io.env, origin: {frontEnd: 'mcp', command: 'mcp'}, warn: warnOn(io)})});
		try {
			const {serveStdio} = await import('../mcp/stdio-server.js');
			await serveStdio(
				{scopes, today, engineFor: scope => session.engineFor(scope), maxRequests, noCache, logger: io.logger},
				io.stdin ?? process.stdin,
				stdoutStream(io),
			);
			return 0;
		} finally {
			await session.close();
		}
	});
}
