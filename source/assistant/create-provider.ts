import {OllamaProvider} from './ollama-provider.js';
import {OpenAIProvider} from './openai-provider.js';
import type {ChatProvider, ProviderName} from './provider.js';

export interface ProviderChoice {
	readonly name: ProviderName;
	/** Undefined: the provider's default (config, env, then built-in). */
	readonly model?: string;
	/** Ollama host or OpenAI-compatible base URL from config; env and defaults otherwise. */
	readonly endpoint?: string;
	readonly env: NodeJS.ProcessEnv;
	/** Request deadline, ms (`--timeout`); else AWS_COST_TIMEOUT, else 30 s. */
	readonly timeoutMs?: number;
}

/** The provider a person chose; throws a bad-input CostError for an unusable OpenAI setup. */
export function createChatProvider(choice: ProviderChoice): ChatProvider {
	const model = {...(choice.model === undefined ? {} : {model: choice.model}), ...(choice.timeoutMs === undefined ? {} : {timeoutMs: choice.timeoutMs})};
	if (choice.name === 'openai') {
		return new OpenAIProvider({env: choice.env, ...model, ...(choice.endpoint === undefined ? {} : {baseUrl: choice.endpoint})});
	}
	return new OllamaProvider({env: choice.env, ...model, ...(choice.endpoint === undefined ? {} : {host: choice.endpoint})});
}
