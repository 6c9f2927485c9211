/** A tool the model may call: a name, what it is for, and a JSON schema of its arguments. */
export interface ToolSpec {
	readonly name: string;
	readonly description: string;
	readonly parameters: JsonObjectSchema;
}

/** The subset of JSON Schema the tools use; both Ollama and OpenAI accept it as is. */
export interface JsonObjectSchema {
	readonly type: 'object';
	readonly description?: string;
	readonly properties: Readonly<Record<string, JsonSchema>>;
	readonly required?: readonly string[];
	readonly additionalProperties?: boolean;
}

export type JsonSchema =
	| JsonObjectSchema
	| {readonly type: 'string'; readonly description?: string; readonly enum?: readonly string[]}
	| {readonly type: 'integer' | 'number'; readonly description?: string; readonly minimum?: number; readonly maximum?: number}
	| {readonly type: 'boolean'; readonly description?: string}
	| {readonly type: 'array'; readonly description?: string; readonly items: JsonSchema; readonly maxItems?: number}
	| {readonly type: 'object'; readonly description?: string};

/**
 * One tool call as the model asked for it. `arguments` is whatever the model
 * sent (usually an object, sometimes a JSON string): the tool validates it.
 */
export interface ToolCall {
	readonly id: string;
	readonly name: string;
	readonly arguments: unknown;
}

/** The conversation as every provider sees it; each provider maps it to its own wire format. */
export type ChatMessage =
	| {readonly role: 'system'; readonly content: string}
	| {readonly role: 'user'; readonly content: string}
	| {readonly role: 'assistant'; readonly content: string; readonly toolCalls?: readonly ToolCall[]}
	| {readonly role: 'tool'; readonly callId: string; readonly name: string; readonly content: string};

/** What a provider streams back for one request. */
export type ChatEvent =
	| {readonly type: 'text'; readonly text: string}
	| {readonly type: 'tool-calls'; readonly calls: readonly ToolCall[]}
	| {readonly type: 'done'};

export type ProviderName = 'ollama' | 'openai';

/**
 * A chat model. `chat` streams one answer; it throws a CostError of kind
 * 'provider-unavailable' whose one line says what to do, including when the
 * stream is cut before its end.
 */
export interface ChatProvider {
	readonly name: ProviderName;
	readonly model: string;
	/** Where requests go, for messages and the remote-disclosure notice. */
	readonly endpoint: string;
	chat(messages: readonly ChatMessage[], tools: readonly ToolSpec[], signal?: AbortSignal): AsyncIterable<ChatEvent>;
}
