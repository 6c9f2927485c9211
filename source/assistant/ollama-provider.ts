import {Ollama, type Message as OllamaMessage, type Tool as OllamaTool, type ChatResponse} from 'ollama';
import {type TimedSignal, describeTimeout, resolveTimeoutMs, timedSignal} from '../timeouts.js';
import {resolveOllamaHost} from './ollama-host.js';
import type {ChatEvent, ChatMessage, ChatProvider, ToolCall, ToolSpec} from './provider.js';
import {errorMessage, firstLine, isAbort, isUnreachable, providerUnavailable} from './provider-errors.js';

/**
 * A model that calls tools reliably at a size most laptops run (7B, ~4.7 GB).
 * llama3.2 (3B) is smaller but often answers without calling a tool.
 */
export const DEFAULT_OLLAMA_MODEL = 'qwen2.5';

export interface OllamaProviderOptions {
	/** From config; else OLLAMA_HOST; else 127.0.0.1:11434. */
	readonly host?: string;
	readonly model?: string;
	readonly env?: NodeJS.ProcessEnv;
	/** Connect + response deadline, and the longest silence mid-answer, ms; else AWS_COST_TIMEOUT, else 30 s. */
	readonly timeoutMs?: number;
}

/** A model Ollama has pulled, for the model picker. */
export interface OllamaModel {
	readonly name: string;
	readonly sizeBytes: number;
	/** "7.6B"; empty when Ollama does not say. */
	readonly parameterSize: string;
}

/** The ollama client's message for a stream that ended without its `done` line. */
const noDoneMessage = 'Did not receive done or success response in stream.';

/** Chat with a local Ollama server through the `ollama` package, streaming. */
export class OllamaProvider implements ChatProvider {
	readonly name = 'ollama' as const;
	readonly model: string;
	readonly endpoint: string;
	private readonly timeoutMs: number;

	constructor(options: OllamaProviderOptions = {}) {
		this.endpoint = resolveOllamaHost(options.host, options.env ?? process.env);
		this.model = options.model?.trim() || DEFAULT_OLLAMA_MODEL;
		this.timeoutMs = options.timeoutMs ?? resolveTimeoutMs(undefined, options.env ?? process.env);
	}

	async *chat(messages: readonly ChatMessage[], tools: readonly ToolSpec[], signal?: AbortSignal): AsyncGenerator<ChatEvent> {
		const deadline = timedSignal(this.timeoutMs, signal);
		try {
			yield* this.chatUntil(deadline, messages, tools, signal);
		} finally {
			deadline.clear();
		}
	}

	private async *chatUntil(deadline: TimedSignal, messages: readonly ChatMessage[], tools: readonly ToolSpec[], signal?: AbortSignal): AsyncGenerator<ChatEvent> {
		const client = this.client(deadline.signal);
		let stream: AsyncIterable<ChatResponse> & {abort(): void};
		try {
			stream = await client.chat({
				model: this.model,
				messages: messages.map(toOllamaMessage),
				tools: tools.map(toOllamaTool),
				stream: true,
			});
		} catch (error) {
			if (deadline.timedOut()) throw this.timedOut(error);
			throw isAbort(error, signal) ? error : this.requestFailure(error);
		}
		const abort = (): void => stream.abort();
		deadline.signal.addEventListener('abort', abort, {once: true});
		let callCount = 0;
		try {
			for await (const chunk of stream) {
				// Lines already received keep coming after an abort: stop at the next one.
				signal?.throwIfAborted();
				if (deadline.timedOut()) throw this.timedOut();
				deadline.restart();
				const {content, tool_calls: toolCalls} = chunk.message ?? {};
				if (content) yield {type: 'text', text: content};
				if (toolCalls && toolCalls.length > 0) {
					yield {
						type: 'tool-calls',
						calls: toolCalls.map((call): ToolCall => ({id: `call_${++callCount}`, name: call.function.name, arguments: call.function.arguments})),
					};
				}
				if (chunk.done) {
					yield {type: 'done'};
					return;
				}
			}
		} catch (error) {
			if (deadline.timedOut()) throw this.timedOut(error);
			if (isAbort(error, signal)) throw error;
			throw this.streamFailure(error);
		} finally {
			deadline.signal.removeEventListener('abort', abort);
		}
	}

	/** The models pulled into this Ollama (`GET /api/tags`), for the picker. */
	async listModels(signal?: AbortSignal): Promise<OllamaModel[]> {
		const deadline = timedSignal(this.timeoutMs, signal);
		try {
			const {models} = await this.client(deadline.signal).list();
			return models.map(model => ({name: model.name, sizeBytes: model.size, parameterSize: model.details?.parameter_size ?? ''}));
		} catch (error) {
			if (deadline.timedOut()) throw this.timedOut(error);
			throw isAbort(error, signal) ? error : this.requestFailure(error);
		} finally {
			deadline.clear();
		}
	}

	private timedOut(cause?: unknown): Error {
		return providerUnavailable(
			`Ollama at ${this.endpoint} timed out: no answer within ${describeTimeout(this.timeoutMs)}; check it is not stuck, raise --timeout, or use --offline.`,
			cause,
		);
	}

	/** A client whose every request (not only streams, which the package aborts itself) follows `signal`. */
	private client(signal: AbortSignal | undefined): Ollama {
		return new Ollama({
			host: this.endpoint,
			fetch: async (input, init) =>
				jsonErrors(
					await fetch(input, {...init, signal: signal === undefined ? init?.signal : init?.signal ? AbortSignal.any([init.signal, signal]) : signal}),
				),
		});
	}

	private requestFailure(error: unknown): Error {
		if (isUnreachable(error)) {
			return providerUnavailable(`Ollama is not running at ${this.endpoint}: start it with \`ollama serve\`, or use --offline.`, error);
		}
		const status = (error as {status_code?: unknown}).status_code;
		const message = errorMessage(error);
		if (status === 404 || /model .*not found/i.test(message)) {
			return providerUnavailable(`Model ${this.model} is not pulled: run \`ollama pull ${this.model}\`.`, error);
		}
		if (/does not support tools/i.test(message)) {
			return providerUnavailable(
				`Model ${this.model} cannot call tools: choose another with --model (e.g. ${DEFAULT_OLLAMA_MODEL}), or use --offline.`,
				error,
			);
		}
		const code = typeof status === 'number' ? ` (${status})` : '';
		return providerUnavailable(`Ollama at ${this.endpoint} failed${code}: ${firstLine(message)}`, error);
	}

	private streamFailure(error: unknown): Error {
		const message = error instanceof Error ? error.message : String(error);
		// The client turns an {"error": "..."} line into a plain Error; a dropped connection is a TypeError or no `done`.
		if (message === noDoneMessage || error instanceof TypeError || isUnreachable(error)) {
			return providerUnavailable('The answer from Ollama was cut off (the connection closed early): ask again.', error);
		}
		return providerUnavailable(`Ollama stopped with an error: ${firstLine(message)}`, error);
	}
}

/**
 * The client console.logs while reading an error body that is not JSON (a
 * proxy's HTML page), which would land in `--json` output: hand it JSON.
 */
async function jsonErrors(response: Response): Promise<Response> {
	if (response.ok || response.headers.get('content-type')?.includes('application/json')) return response;
	const text = firstLine(await response.text().catch(() => '')) || response.statusText;
	return new Response(JSON.stringify({error: text}), {status: response.status, headers: {'Content-Type': 'application/json'}});
}

function toOllamaMessage(message: ChatMessage): OllamaMessage {
	switch (message.role) {
		case 'tool':
			return {role: 'tool', content: message.content, tool_name: message.name};
		case 'assistant':
			return {
				role: 'assistant',
				content: message.content,
				...(message.toolCalls && message.toolCalls.length > 0
					? {tool_calls: message.toolCalls.map(call => ({function: {name: call.name, arguments: argumentsObject(call.arguments)}}))}
					: {}),
			};
		default:
			return {role: message.role, content: message.content};
	}
}

/** Ollama wants arguments as an object: a string the model sent is parsed back, or dropped if it was not JSON. */
function argumentsObject(raw: unknown): Record<string, unknown> {
	let value = raw;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return {};
		}
	}
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function toOllamaTool(spec: ToolSpec): OllamaTool {
	return {type: 'function', function: {name: spec.name, description: spec.description, parameters: spec.parameters as OllamaTool['function']['parameters']}};
}
