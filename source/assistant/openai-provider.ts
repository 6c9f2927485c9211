import {isCostError} from '../errors.js';
import {type TimedSignal, describeTimeout, resolveTimeoutMs, timedSignal} from '../timeouts.js';
import {type OpenAIProviderOptions, resolveOpenAISettings} from './openai-settings.js';
import type {ChatEvent, ChatMessage, ChatProvider, ToolCall, ToolSpec} from './provider.js';
import {errorMessage, firstLine, isAbort, isUnreachable, providerUnavailable} from './provider-errors.js';
import {serverSentData} from './server-sent-events.js';

export type {OpenAIProviderOptions} from './openai-settings.js';

interface StreamChunk {
	readonly choices?: readonly {
		readonly delta?: {
			readonly content?: string | null;
			readonly tool_calls?: readonly {
				readonly index?: number;
				readonly id?: string;
				readonly function?: {readonly name?: string; readonly arguments?: string};
			}[];
		};
		readonly finish_reason?: string | null;
	}[];
	readonly error?: {readonly message?: string} | string;
}

/** A tool call being assembled from its streamed deltas. */
interface PartialCall {
	id: string;
	name: string;
	arguments: string;
}

/**
 * Chat with any OpenAI-compatible endpoint (OpenAI, vLLM, LM Studio,
 * llama.cpp's server, hosted APIs) over `POST {baseUrl}/chat/completions`
 * with `stream: true`, tool calls assembled from their deltas by index.
 */
export class OpenAIProvider implements ChatProvider {
	readonly name = 'openai' as const;
	readonly model: string;
	readonly endpoint: string;
	private readonly apiKey: string | undefined;
	private readonly timeoutMs: number;

	/** Throws a bad-input CostError for an unusable base URL, or OpenAI without a key. */
	constructor(options: OpenAIProviderOptions & {readonly timeoutMs?: number} = {}) {
		const settings = resolveOpenAISettings(options);
		this.endpoint = settings.baseUrl;
		this.model = settings.model;
		this.apiKey = settings.apiKey;
		this.timeoutMs = options.timeoutMs ?? resolveTimeoutMs(undefined, options.env ?? process.env);
	}

	/** Connect + response deadline, restarted by each streamed line: a silent endpoint fails as "timed out". */
	async *chat(messages: readonly ChatMessage[], tools: readonly ToolSpec[], signal?: AbortSignal): AsyncGenerator<ChatEvent> {
		const deadline = timedSignal(this.timeoutMs, signal);
		try {
			yield* this.chatUntil(deadline, messages, tools, signal);
		} finally {
			deadline.clear();
		}
	}

	private timedOut(cause?: unknown): Error {
		return providerUnavailable(
			`The model endpoint at ${this.endpoint} timed out: no answer within ${describeTimeout(this.timeoutMs)}; raise --timeout, or use --offline.`,
			cause,
		);
	}

	private async *chatUntil(deadline: TimedSignal, messages: readonly ChatMessage[], tools: readonly ToolSpec[], signal?: AbortSignal): AsyncGenerator<ChatEvent> {
		const response = await this.post(messages, tools, deadline, signal);
		const calls = new Map<number, PartialCall>();
		let finished = false;
		try {
			for await (const data of serverSentData(response.body!)) {
				signal?.throwIfAborted();
				deadline.restart();
				if (data.trim() === '[DONE]') {
					finished = true;
					break;
				}
				const chunk = parseChunk(data);
				if (chunk === undefined) continue;
				if (chunk.error !== undefined) {
					const message = typeof chunk.error === 'string' ? chunk.error : (chunk.error.message ?? 'unknown error');
					throw providerUnavailable(`The model endpoint stopped with an error: ${firstLine(message)}`);
				}
				const choice = chunk.choices?.[0];
				if (choice?.delta?.content) yield {type: 'text', text: choice.delta.content};
				for (const delta of choice?.delta?.tool_calls ?? []) {
					const index = delta.index ?? calls.size;
					const call = calls.get(index) ?? {id: '', name: '', arguments: ''};
					call.id ||= delta.id ?? '';
					call.name += delta.function?.name ?? '';
					call.arguments += delta.function?.arguments ?? '';
					calls.set(index, call);
				}
				if (choice?.finish_reason) finished = true;
			}
		} catch (error) {
			if (deadline.timedOut()) throw this.timedOut(error);
			if (isAbort(error, signal)) throw error;
			if (isCostError(error)) throw error;
			throw providerUnavailable('The answer from the model endpoint was cut off (the connection closed early): ask again.', error);
		}
		if (!finished) {
			throw providerUnavailable('The answer from the model endpoint was cut off (the stream ended early): ask again.');
		}
		if (calls.size > 0) {
			yield {
				type: 'tool-calls',
				calls: [...calls.entries()]
					.sort(([a], [b]) => a - b)
					.map(([index, call]): ToolCall => ({id: call.id || `call_${index + 1}`, name: call.name, arguments: parseArguments(call.arguments)})),
			};
		}
		yield {type: 'done'};
	}

	private async post(messages: readonly ChatMessage[], tools: readonly ToolSpec[], deadline: TimedSignal, signal: AbortSignal | undefined): Promise<Response> {
		let response: Response;
		try {
			response = await fetch(`${this.endpoint}/chat/completions`, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					Accept: 'text/event-stream',
					...(this.apiKey === undefined ? {} : {Authorization: `Bearer ${this.apiKey}`}),
				},
				body: JSON.stringify({
					model: this.model,
					messages: messages.map(toOpenAIMessage),
					...(tools.length === 0 ? {} : {tools: tools.map(spec => ({type: 'function', function: spec}))}),
					stream: true,
				}),
				signal: deadline.signal,
			});
		} catch (error) {
			if (deadline.timedOut()) throw this.timedOut(error);
			if (isAbort(error, signal)) throw error;
			const reason = isUnreachable(error) ? 'nothing answers there' : firstLine(errorMessage(error));
			throw providerUnavailable(`Cannot reach the model endpoint at ${this.endpoint} (${reason}): check AWS_COST_OPENAI_BASE_URL, or use --offline.`, error);
		}
		if (!response.ok) {
			const message = await responseErrorMessage(response);
			if (deadline.timedOut()) throw this.timedOut();
			throw this.statusFailure(response.status, message);
		}
		if (!response.body) throw providerUnavailable(`The model endpoint at ${this.endpoint} sent no answer: ask again.`);
		return response;
	}

	private statusFailure(status: number, message: string): Error {
		const at = `The model endpoint at ${this.endpoint}`;
		if (status === 401 || status === 403) {
			return providerUnavailable(`${at} rejected the API key (${status}): check AWS_COST_OPENAI_API_KEY or OPENAI_API_KEY.`, message);
		}
		if (status === 429) return providerUnavailable(`${at} is rate-limiting requests (429): wait a minute and ask again, or use --offline.`, message);
		if (status >= 500) return providerUnavailable(`${at} failed (${status}): try again later, or use --offline.`, message);
		if (status === 404) {
			return providerUnavailable(`${at} has no model "${this.model}" or no /chat/completions (404): check --model and the base URL.`, message);
		}
		return providerUnavailable(`${at} refused the request (${status}): ${firstLine(message) || 'no reason given'}`, message);
	}
}

function parseChunk(data: string): StreamChunk | undefined {
	try {
		return JSON.parse(data) as StreamChunk;
	} catch {
		return undefined;
	}
}

/** The arguments as an object when they are JSON; else the raw text, which the tool rejects precisely. */
function parseArguments(text: string): unknown {
	if (text.trim() === '') return {};
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

async function responseErrorMessage(response: Response): Promise<string> {
	const text = await response.text().catch(() => '');
	try {
		const body = JSON.parse(text) as {error?: {message?: string} | string; message?: string};
		if (typeof body.error === 'string') return body.error;
		return body.error?.message ?? body.message ?? text;
	} catch {
		return text;
	}
}

function toOpenAIMessage(message: ChatMessage): Record<string, unknown> {
	switch (message.role) {
		case 'tool':
			return {role: 'tool', tool_call_id: message.callId, content: message.content};
		case 'assistant':
			if (!message.toolCalls || message.toolCalls.length === 0) return {role: 'assistant', content: message.content};
			return {
				role: 'assistant',
				content: message.content === '' ? null : message.content,
				tool_calls: message.toolCalls.map(call => ({
					id: call.id,
					type: 'function',
					function: {name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {})},
				})),
			};
		default:
			return {role: message.role, content: message.content};
	}
}
