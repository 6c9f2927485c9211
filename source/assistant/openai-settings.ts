import {badInput} from '../errors.js';

export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

export interface OpenAIProviderOptions {
	readonly baseUrl?: string;
	readonly apiKey?: string;
	readonly model?: string;
	readonly env?: NodeJS.ProcessEnv;
}

export interface OpenAISettings {
	/** Without a trailing slash, e.g. http://127.0.0.1:1234/v1 */
	readonly baseUrl: string;
	readonly apiKey: string | undefined;
	readonly model: string;
}

const firstSet = (...values: (string | undefined)[]): string | undefined =>
	values.map(value => value?.trim()).find(value => value !== undefined && value !== '');

/**
 * Options win over `AWS_COST_OPENAI_*`, which win over the usual `OPENAI_*`
 * variables. A key is optional (LM Studio, llama.cpp and vLLM run without
 * one) except for OpenAI itself.
 */
export function resolveOpenAISettings(options: OpenAIProviderOptions = {}): OpenAISettings {
	const env = options.env ?? process.env;
	const baseText = firstSet(options.baseUrl, env['AWS_COST_OPENAI_BASE_URL'], env['OPENAI_BASE_URL']) ?? DEFAULT_OPENAI_BASE_URL;
	let baseUrl: URL;
	try {
		baseUrl = new URL(baseText);
	} catch {
		throw badInput(`"${baseText}" is not a URL: set AWS_COST_OPENAI_BASE_URL to e.g. http://127.0.0.1:1234/v1.`);
	}
	if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
		throw badInput(`The model endpoint "${baseText}" must be http:// or https://.`);
	}
	const apiKey = firstSet(options.apiKey, env['AWS_COST_OPENAI_API_KEY'], env['OPENAI_API_KEY']);
	if (apiKey === undefined && baseUrl.hostname === 'api.openai.com') {
		throw badInput('OpenAI needs an API key: set AWS_COST_OPENAI_API_KEY (or OPENAI_API_KEY), or use --provider ollama.');
	}
	return {
		baseUrl: baseUrl.toString().replace(/\/+$/, ''),
		apiKey,
		model: firstSet(options.model, env['AWS_COST_OPENAI_MODEL']) ?? DEFAULT_OPENAI_MODEL,
	};
}
