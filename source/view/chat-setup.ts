import type {DisclosureLog} from '../assistant/remote-disclosure.js';
import {CHAT_PROVIDERS, type ChatProviderSetting, type Settings} from '../settings.js';

/** How the chat is set up: from the settings and the command line. */
export interface ChatSetup {
	readonly provider: ChatProviderSetting;
	/** Undefined: the provider's default. */
	readonly model?: string;
	/** The Ollama host or the OpenAI-compatible base URL from the settings; env and defaults otherwise. */
	readonly endpoint?: string;
	readonly env: NodeJS.ProcessEnv;
	/** Request deadline, ms; the provider's default (AWS_COST_TIMEOUT, else 30 s) when unset. */
	readonly timeoutMs?: number;
	/** Remembers which remote endpoints were told what they receive; without it the notice shows every run. */
	readonly disclosures?: DisclosureLog;
	readonly log?: (line: string) => void;
	/** The picker chose a model: remember it. */
	readonly onModelChosen?: (model: string) => void;
}

/** Answers with the offline parser only: what the app uses when given no chat setup (tests). */
export const OFFLINE_CHAT: ChatSetup = {provider: 'offline', env: {}};

/** `--offline`, `--provider`, `--model`. */
export interface ChatFlags {
	readonly offline?: boolean;
	readonly provider?: string;
	readonly model?: string;
	/** `--timeout` (or AWS_COST_TIMEOUT, or the settings' `timeout`), resolved to ms. */
	readonly timeoutMs?: number;
}

const isProvider = (value: string): value is ChatProviderSetting => CHAT_PROVIDERS.some(provider => provider === value);

/**
 * Flags win over AWS_COST_PROVIDER, which wins over the settings; Ollama
 * when none says. An unknown provider name is a one-line problem, not a crash.
 */
export function resolveChatSetup(
	settings: Settings,
	flags: ChatFlags,
	env: NodeJS.ProcessEnv,
	extras: Pick<ChatSetup, 'disclosures' | 'log' | 'onModelChosen'> = {},
): {readonly setup: ChatSetup; readonly problem?: string} {
	const named = (flags.provider ?? env['AWS_COST_PROVIDER'] ?? settings.provider ?? 'ollama').trim().toLowerCase();
	const known = isProvider(named);
	const provider: ChatProviderSetting = flags.offline ? 'offline' : known ? named : 'ollama';
	const model = flags.model ?? settings.model;
	const endpoint = provider === 'openai' ? settings.openaiBaseUrl : provider === 'ollama' ? settings.ollamaHost : undefined;
	const setup: ChatSetup = {
		provider,
		env,
		...(model === undefined ? {} : {model}),
		...(endpoint === undefined ? {} : {endpoint}),
		...(flags.timeoutMs === undefined ? {} : {timeoutMs: flags.timeoutMs}),
		...extras,
	};
	return known || flags.offline ? {setup} : {setup, problem: `Unknown chat provider "${named}": using ollama (or: openai, offline).`};
}
