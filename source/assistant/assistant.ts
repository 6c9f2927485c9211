import {randomUUID} from 'node:crypto';
import type {IsoDate} from '../dates.js';
import type {CostEngine, QueryResult} from '../engine.js';
import {oneLineMessage} from '../errors.js';
import type {CostQuery, Scope} from '../query.js';
import {type AssistantEvent, type OfflineAnswerer, type ShownView, type TurnOutcome, type TurnResult, viewOf} from './assistant-events.js';
import type {ChatMessage, ChatProvider, ToolCall} from './provider.js';
import {isAbort} from './provider-errors.js';
import {systemPrompt} from './system-prompt.js';
import {withQueryOrigin} from '../history/query-origin.js';
import {type ToolContext, runToolCall, toolSpecs} from './tools/index.js';

export const CUT_OFF_MARK = '[answer cut off]';

export interface AssistantOptions {
	/** Undefined: answer with the offline parser only (`--offline`). */
	readonly provider: ChatProvider | undefined;
	readonly engine: CostEngine;
	readonly scope: Scope;
	/** Answers when the provider cannot (not running, model missing, 401, 5xx …). */
	readonly offline?: OfflineAnswerer;
	/** Rounds of tool calls run per question before the model is stopped. */
	readonly maxToolRounds?: number;
	/** Questions (with their tool calls) kept for follow-ups. */
	readonly maxHistoryTurns?: number;
	readonly noCache?: boolean;
	/** For the log file: why a provider failed. */
	readonly log?: (line: string) => void;
	/** Told of each answered question (the history keeps it with the queries its tool calls ran). */
	readonly onTurn?: (turn: {readonly conversationId: string; readonly question: string; readonly answer: string}) => void;
}

export interface AskOptions {
	/** The view on screen; defaults to the last query the assistant ran. */
	readonly view?: CostQuery;
	readonly signal?: AbortSignal;
	/** Answer this question with the offline parser, whatever the provider (the API's `"provider": "offline"`). */
	readonly offline?: boolean;
}

/** Everything a turn accumulates while it streams. */
interface Turn {
	readonly messages: ChatMessage[];
	readonly queries: CostQuery[];
	answer: string;
}

/**
 * A conversation about costs: streams the model's answer, runs the tools it
 * calls against the engine (read-only), sends results back, and keeps the
 * history so follow-ups ("and the month before?") work. Falls back to the
 * offline parser when the provider is unreachable.
 */
export class Assistant {
	private readonly options: AssistantOptions;
	private history: ChatMessage[][] = [];
	private lastView: CostQuery | undefined;
	/** Names this conversation in the query history; a new chat gets a new one. */
	private conversation = randomUUID();

	constructor(options: AssistantOptions) {
		this.options = options;
	}

	get today(): IsoDate {
		return this.options.engine.today;
	}

	/** The conversation so far (system prompt excluded), oldest first. */
	get messages(): readonly ChatMessage[] {
		return this.history.flat();
	}

	/** Forgets the conversation (a new chat). */
	reset(): void {
		this.history = [];
		this.lastView = undefined;
		this.conversation = randomUUID();
		this.options.offline?.reset?.();
	}

	/**
	 * Answers one question as a stream of events ending with `done` or
	 * `error`. Cancelling `signal` throws an AbortError and leaves the
	 * history as it was.
	 */
	async *ask(question: string, options: AskOptions = {}): AsyncGenerator<AssistantEvent> {
		const view = options.view ?? this.lastView;
		const provider = options.offline === true ? undefined : this.options.provider;
		if (provider === undefined) {
			yield* this.answerOffline(question, view, options.signal, undefined);
			return;
		}
		yield {type: 'answering', provider: provider.name, model: provider.model};
		const turn: Turn = {messages: [{role: 'user', content: question}], queries: [], answer: ''};
		const context = this.toolContext(view, options.signal);
		const maxRounds = this.options.maxToolRounds ?? 6;
		for (let round = 0; ; round++) {
			const prompt: ChatMessage[] = [{role: 'system', content: systemPrompt({today: this.today, ...(view ? {view} : {})})}];
			const calls: ToolCall[] = [];
			let roundText = '';
			try {
				for await (const event of provider.chat([...prompt, ...this.messages, ...turn.messages], toolSpecs(), options.signal)) {
					if (event.type === 'text') {
						if (roundText === '' && turn.answer !== '' && !/\s$/.test(turn.answer)) {
							// Text before a tool call and the answer after it are two paragraphs.
							turn.answer += '\n';
							yield {type: 'text', text: '\n'};
						}
						roundText += event.text;
						turn.answer += event.text;
						yield event;
					} else if (event.type === 'tool-calls') {
						calls.push(...event.calls);
					}
				}
			} catch (error) {
				if (isAbort(error, options.signal)) throw error;
				this.options.log?.(`assistant: ${provider.name} failed: ${oneLineMessage(error)} ${(error as {detail?: string}).detail ?? ''}`);
				if (turn.answer !== '') {
					// Something was said already: keep it, marked, rather than answer twice.
					yield {type: 'text', text: `\n${CUT_OFF_MARK}`};
					turn.answer += `\n${CUT_OFF_MARK}`;
					turn.messages.push({role: 'assistant', content: turn.answer});
					yield {type: 'notice', message: oneLineMessage(error)};
					yield this.finish(turn, 'cut-off');
					return;
				}
				yield* this.answerOffline(question, view, options.signal, oneLineMessage(error));
				return;
			}
			if (calls.length === 0) {
				turn.messages.push({role: 'assistant', content: roundText});
				yield this.finish(turn, 'complete');
				return;
			}
			if (round >= maxRounds) {
				turn.messages.push({role: 'assistant', content: roundText});
				yield {
					type: 'notice',
					message: `stopped: the model kept calling tools (${maxRounds} rounds): ask a narrower question, or use --offline.`,
				};
				yield this.finish(turn, 'tool-loop');
				return;
			}
			turn.messages.push({role: 'assistant', content: roundText, toolCalls: calls});
			for (const call of calls) yield* this.runCall(call, context, turn);
		}
	}

	private async *runCall(call: ToolCall, context: ToolContext, turn: Turn): AsyncGenerator<AssistantEvent> {
		yield {type: 'tool-started', callId: call.id, name: call.name, arguments: call.arguments};
		const outcome = await withQueryOrigin({frontEnd: 'chat', conversationId: this.conversation}, () => runToolCall(call, context));
		if (outcome.ok) {
			for (const result of outcome.results) yield this.recordQuery(result, turn);
			yield* this.showView(viewOf(outcome.results, outcome.view));
			turn.messages.push({role: 'tool', callId: call.id, name: call.name, content: outcome.text});
			yield {type: 'tool-finished', callId: call.id, name: call.name, ok: true, summary: outcome.summary};
			return;
		}
		turn.messages.push({role: 'tool', callId: call.id, name: call.name, content: `Error: ${outcome.error}`});
		yield {type: 'tool-finished', callId: call.id, name: call.name, ok: false, summary: `${call.name}: ${outcome.error}`};
	}

	private async *answerOffline(
		question: string,
		view: CostQuery | undefined,
		signal: AbortSignal | undefined,
		reason: string | undefined,
	): AsyncGenerator<AssistantEvent> {
		const {offline} = this.options;
		if (offline === undefined) {
			yield {type: 'error', message: reason ?? 'No model is configured and the offline parser is not available.'};
			return;
		}
		yield {type: 'answering', provider: 'offline', model: undefined, ...(reason === undefined ? {} : {reason})};
		const turn: Turn = {messages: [{role: 'user', content: question}], queries: [], answer: ''};
		let reply;
		try {
			reply = await withQueryOrigin({frontEnd: 'chat', conversationId: this.conversation}, () => offline.answer(question, {...this.toolContext(view, signal), ...(view ? {view} : {})}));
		} catch (error) {
			if (isAbort(error, signal)) throw error;
			yield {type: 'error', message: oneLineMessage(error)};
			return;
		}
		for (const result of reply.results) yield this.recordQuery(result, turn);
		yield* this.showView(viewOf(reply.results, reply.view));
		turn.answer = reply.text;
		turn.messages.push({role: 'assistant', content: reply.text});
		yield {type: 'text', text: reply.text};
		yield this.finish(turn, reply.understood ? 'offline' : 'not-understood', 'offline');
	}

	private recordQuery(result: QueryResult, turn: Turn): AssistantEvent {
		turn.queries.push(result.query);
		return {type: 'query-result', result};
	}

	/** The answer's view goes on screen, and follow-ups start from it. */
	private *showView(view: ShownView | undefined): Generator<AssistantEvent> {
		if (view === undefined) return;
		this.lastView = view.query;
		yield {type: 'view', ...view};
	}

	private finish(turn: Turn, outcome: TurnOutcome, answeredBy?: 'offline'): AssistantEvent {
		this.history.push(turn.messages);
		this.history = this.history.slice(-(this.options.maxHistoryTurns ?? 8));
		const provider = answeredBy === undefined ? this.options.provider : undefined;
		const question = turn.messages[0]?.content;
		if (typeof question === 'string') {
			try {
				this.options.onTurn?.({conversationId: this.conversation, question, answer: turn.answer});
			} catch (error) {
				this.options.log?.(`chat history: ${oneLineMessage(error)}`);
			}
		}
		const result: TurnResult = {
			answer: turn.answer,
			queries: turn.queries,
			provider: provider?.name ?? 'offline',
			model: provider?.model,
			outcome,
		};
		return {type: 'done', turn: result};
	}

	private toolContext(view: CostQuery | undefined, signal: AbortSignal | undefined): ToolContext {
		const {engine, scope, noCache} = this.options;
		return {engine, scope, today: engine.today, ...(view ? {view} : {}), ...(signal ? {signal} : {}), ...(noCache ? {noCache} : {})};
	}
}
