import {randomUUID} from 'node:crypto';
import type {ParseArgsConfig} from 'node:util';
import {Assistant} from '../assistant/assistant.js';
import type {TurnResult} from '../assistant/assistant-events.js';
import {OfflineParserAnswerer} from '../assistant/offline-answerer.js';
import {createChatProvider} from '../assistant/create-provider.js';
import {DEFAULT_OLLAMA_MODEL} from '../assistant/ollama-provider.js';
import type {ChatProvider, ProviderName} from '../assistant/provider.js';
import {DisclosureLog, maySend} from '../assistant/remote-disclosure.js';
import {resolveToday} from '../clock.js';
import {badInput} from '../errors.js';
import {defaultStateDir} from '../paths.js';
import {resolveScopes} from '../application/scopes.js';
import {historyRecorderFor} from '../history/history-settings.js';
import {Session} from '../session.js';
import {terminalLines, terminalText} from '../terminal-text.js';
import {resolveTimeoutMs} from '../timeouts.js';
import {type CommandIo, parseCommandArgs, runCommand, warnOn} from './io.js';
import {loadPluginsWarning} from './plugin-needs.js';

export const ASK_USAGE = `Usage: aws-cost ask "QUESTION" [options]

  --provider P          ollama (default, local) or openai (any OpenAI-compatible endpoint)
  --model M             the model; Ollama default ${DEFAULT_OLLAMA_MODEL} (\`ollama pull ${DEFAULT_OLLAMA_MODEL}\`)
  --offline             answer with the built-in parser, no model at all
  --json                print {"answer", "queries", "provider"} at the end instead of streaming
  --yes-remote          let a remote provider (openai) answer without asking: needed without a
                        terminal until a person has agreed once (in the app, or at this prompt)
  --demo                use the built-in demo organization
  --profile P           AWS profile
  --no-cache            neither read nor write the local cache
  --today YYYY-MM-DD    pin "today" (also AWS_COST_TODAY)
  --timeout SECONDS     give up on a request (model or AWS) after this long (default 30; also AWS_COST_TIMEOUT)

Ollama is found at OLLAMA_HOST (default 127.0.0.1:11434). The openai provider reads
AWS_COST_OPENAI_BASE_URL / OPENAI_BASE_URL, AWS_COST_OPENAI_API_KEY / OPENAI_API_KEY
and AWS_COST_OPENAI_MODEL. When the model cannot be reached, the offline parser answers.
`;

const ASK_OPTIONS = {
	offline: {type: 'boolean'},
	provider: {type: 'string'},
	model: {type: 'string'},
	json: {type: 'boolean'},
	'yes-remote': {type: 'boolean'},
	today: {type: 'string'},
	demo: {type: 'boolean'},
	profile: {type: 'string'},
	'no-cache': {type: 'boolean'},
	timeout: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
} as const satisfies ParseArgsConfig['options'];

const PROVIDERS: readonly ProviderName[] = ['ollama', 'openai'];

function providerName(flag: string | undefined, env: NodeJS.ProcessEnv): ProviderName {
	const name = (flag ?? env['AWS_COST_PROVIDER'] ?? 'ollama').trim().toLowerCase();
	const known = PROVIDERS.find(candidate => candidate === name);
	if (!known) throw badInput(`Unknown provider "${name}": use ${PROVIDERS.join(' or ')}, or --offline.`);
	return known;
}

/** What `ask` may use to reach a person: the CLI's streams, and whether stdin is a terminal; tests pass `confirm`. */
export type AskIo = CommandIo & {
	readonly stdinIsTty?: boolean;
	readonly confirm?: (prompt: string) => Promise<boolean>;
};

/** Asks on the terminal, reading one line from stdin. */
async function terminalConfirm(prompt: string): Promise<boolean> {
	const {createInterface} = await import('node:readline/promises');
	const lines = createInterface({input: process.stdin, output: process.stderr});
	try {
		return /^\s*y(?:es)?\s*$/i.test(await lines.question(prompt));
	} finally {
		lines.close();
	}
}

/**
 * A remote provider only once a person agreed to what it receives: before
 * (remembered), now at the terminal, or by `--yes-remote`. A no answers
 * with the offline parser; no terminal and no flag is a one-line refusal.
 */
async function remoteAllowed(provider: ChatProvider, io: AskIo, yesRemote: boolean): Promise<ChatProvider | undefined> {
	const interactive = io.stdinIsTty === true && io.stderr.isTTY === true;
	const confirm = io.confirm ?? (interactive ? terminalConfirm : undefined);
	const consent = await new DisclosureLog(defaultStateDir(io.env)).consent(provider.endpoint, {
		yesRemote,
		...(confirm === undefined ? {} : {confirm}),
		showNotice: text => io.stderr.write(`${text}\n`),
	});
	if (maySend(consent)) return provider;
	if (consent === 'declined') {
		io.stderr.write(`aws-cost: Nothing was sent to ${provider.endpoint}. Answering with the offline parser.\n`);
		return undefined;
	}
	throw badInput(
		`--provider openai would send your question to ${provider.endpoint}, which no one has agreed to here: pass --yes-remote (the notice of what is sent is printed), or use --offline.`,
	);
}

/** How the turn ended, as an exit code: 0 answered, 1 the model failed, 2 a question --offline cannot read. */
function exitCodeOf(turn: TurnResult, offlineOnly: boolean): number {
	if (turn.outcome === 'complete' || turn.outcome === 'offline') return 0;
	if (turn.outcome === 'not-understood') return offlineOnly ? 2 : 1;
	return 1;
}

/**
 * `aws-cost ask`: answers one question, streaming the answer to stdout as
 * it arrives (or one JSON object with `--json`). Warnings and failures are
 * one line each on stderr.
 */
export function runAsk(argv: readonly string[], io: AskIo): Promise<number> {
	return runCommand(io, async () => {
		const {values, positionals} = parseCommandArgs(argv, ASK_OPTIONS, true);
		if (values.help) {
			io.stdout.write(ASK_USAGE);
			return 0;
		}
		const question = positionals.join(' ').trim();
		if (question === '') throw badInput('Ask a question, e.g. aws-cost ask "What did EC2 cost last month?"');
		const offlineOnly = values.offline === true;
		if (offlineOnly && (values.provider !== undefined || values.model !== undefined)) {
			throw badInput('--offline answers without a model: drop --provider/--model.');
		}
		if (values.demo && values.profile !== undefined) throw badInput('--demo uses the built-in demo organization: drop --profile.');
		const today = resolveToday(values.today, io.env);
		const timeoutMs = resolveTimeoutMs(values.timeout, io.env);
		const name = providerName(values.provider, io.env);
		const chosen: ChatProvider | undefined = offlineOnly
			? undefined
			: createChatProvider({name, env: io.env, timeoutMs, ...(values.model === undefined ? {} : {model: values.model})});
		const [labelled] = await resolveScopes(
			values.demo ? {kind: 'demo'} : values.profile !== undefined ? {kind: 'profiles', profiles: [values.profile]} : {kind: 'default'},
			undefined,
			io.env,
		);
		const scope = labelled!.scope;
		// A model may call the plugins' analyzers (the plugin_findings tool); the offline parser calls no plugin.
		if (!offlineOnly) await loadPluginsWarning(io);
		const provider = chosen?.name === 'openai' ? await remoteAllowed(chosen, io, values['yes-remote'] === true) : chosen;
		const noCache = values['no-cache'] === true;
		const history = historyRecorderFor({env: io.env, origin: {frontEnd: 'chat'}, warn: warnOn(io)});
		const session = new Session({today, cacheMode: noCache ? 'off' : 'use', env: io.env, logger: io.logger, timeoutMs, warn: warnOn(io), ...(history === undefined ? {} : {history})});
		try {
			const assistant = new Assistant({
				provider,
				engine: await session.engineFor(scope),
				scope,
				offline: new OfflineParserAnswerer(),
				noCache,
				log: io.logger,
				...(history === undefined ? {} : {onTurn: turn => history.recordChatTurn({recordId: randomUUID(), ...turn})}),
			});
			let turn: TurnResult | undefined;
			let endsWithNewline = true;
			for await (const event of assistant.ask(question)) {
				if (event.type === 'text' && !values.json) {
					io.stdout.write(terminalLines(event.text));
					endsWithNewline = event.text.endsWith('\n');
				}
				if (event.type === 'answering' && event.reason !== undefined) {
					io.stderr.write(`aws-cost: ${terminalText(event.reason)} Answering with the offline parser.\n`);
				}
				if (event.type === 'tool-finished' && io.stderr.isTTY === true) io.stderr.write(`· ${terminalText(event.summary)}\n`);
				if (event.type === 'notice') io.stderr.write(`aws-cost: ${terminalText(event.message)}\n`);
				if (event.type === 'error') {
					if (!endsWithNewline) io.stdout.write('\n');
					io.stderr.write(`aws-cost: ${terminalText(event.message)}\n`);
					return 1;
				}
				if (event.type === 'done') turn = event.turn;
			}
			if (turn === undefined) return 1;
			if (values.json) {
				io.stdout.write(`${JSON.stringify({answer: turn.answer, queries: turn.queries, provider: turn.provider})}\n`);
			} else if (!endsWithNewline) {
				io.stdout.write('\n');
			}
			return exitCodeOf(turn, offlineOnly);
		} finally {
			await session.close();
		}
	});
}
