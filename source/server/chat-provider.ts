import {createChatProvider} from '../assistant/create-provider.js';
import type {ChatProvider} from '../assistant/provider.js';
import {DisclosureLog, maySend} from '../assistant/remote-disclosure.js';
import {defaultConfigDir} from '../config-file.js';
import {badInput} from '../errors.js';
import {defaultStateDir} from '../paths.js';
import {SettingsStore} from '../settings.js';
import {resolveChatSetup} from '../view/chat-setup.js';

/** `serve --provider/--model/--offline/--yes-remote`. */
export interface ServeChatFlags {
	readonly provider?: string;
	readonly model?: string;
	readonly offline?: boolean;
	readonly yesRemote?: boolean;
	readonly timeoutMs?: number;
}

/**
 * The model the server's chat uses, chosen as the app chooses it (flags,
 * then AWS_COST_PROVIDER and the Ollama/OpenAI variables, then the settings
 * file); undefined for the offline parser. A remote provider needs a person's
 * earlier yes or `--yes-remote`, as `aws-cost ask` without a terminal does.
 */
export async function resolveServeChatProvider(flags: ServeChatFlags, env: NodeJS.ProcessEnv, showNotice: (text: string) => void): Promise<ChatProvider | undefined> {
	if (flags.offline === true && (flags.provider !== undefined || flags.model !== undefined)) {
		throw badInput('--offline answers without a model: drop --provider/--model.');
	}
	const {settings} = new SettingsStore({cwd: defaultConfigDir(env)}).load();
	const {setup, problem} = resolveChatSetup(
		settings,
		{
			...(flags.offline === true ? {offline: true} : {}),
			...(flags.provider === undefined ? {} : {provider: flags.provider}),
			...(flags.model === undefined ? {} : {model: flags.model}),
			...(flags.timeoutMs === undefined ? {} : {timeoutMs: flags.timeoutMs}),
		},
		env,
	);
	if (problem !== undefined) throw badInput(problem.replace(/: using ollama.*$/, ': use ollama or openai, or --offline.'));
	if (setup.provider === 'offline') return undefined;
	const provider = createChatProvider({
		name: setup.provider,
		env,
		...(setup.model === undefined ? {} : {model: setup.model}),
		...(setup.endpoint === undefined ? {} : {endpoint: setup.endpoint}),
		...(setup.timeoutMs === undefined ? {} : {timeoutMs: setup.timeoutMs}),
	});
	if (provider.name !== 'openai') return provider;
	const consent = await new DisclosureLog(defaultStateDir(env)).consent(provider.endpoint, {yesRemote: flags.yesRemote === true, showNotice});
	if (maySend(consent)) return provider;
	throw badInput(
		`--provider openai would send questions to ${provider.endpoint}, which no one has agreed to here: pass --yes-remote (the notice of what is sent is printed), or use --offline.`,
	);
}
