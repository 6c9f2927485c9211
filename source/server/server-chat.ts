import {Assistant} from '../assistant/assistant.js';
import type {AnswerSource, AssistantEvent} from '../assistant/assistant-events.js';
import {OfflineParserAnswerer} from '../assistant/offline-answerer.js';
import type {ChatProvider} from '../assistant/provider.js';
import type {CostEngine} from '../engine.js';
import {badInput} from '../errors.js';
import type {Scope} from '../query.js';
import {type ConversationLimits, Conversations, DEFAULT_CONVERSATION_LIMITS} from './conversations.js';
import {httpError} from './http-error.js';

export interface ServerChatOptions {
	/** The model behind the chat; undefined answers with the offline parser only (`serve --offline`). */
	readonly provider: ChatProvider | undefined;
	readonly limits?: ConversationLimits;
	/** For the log: why a provider failed. */
	readonly log?: (line: string) => void;
	/** A streamed answer sends a comment this often while the model is silent, so proxies keep the connection, ms. */
	readonly keepAliveMs?: number;
}

interface Conversation {
	assistant: Assistant;
	engine: CostEngine;
	busy: boolean;
}

export interface ChatQuestion {
	readonly question: string;
	readonly conversationId?: string;
	/** "offline" answers this question with the parser; otherwise it must name the server's provider. */
	readonly provider?: AnswerSource;
	readonly signal: AbortSignal;
}

/** One question being answered: its conversation and the assistant's events. */
export interface ChatTurn {
	readonly conversationId: string;
	readonly events: AsyncGenerator<AssistantEvent>;
	/** Frees the conversation for its next question; the events do it when they end, this when they never started. */
	release(): void;
}

/**
 * The chat behind `POST /api/v1/ask`: the same Assistant as `aws-cost ask`
 * and the app, one per conversation, kept in memory (bounded, idle ones
 * forgotten) so follow-ups have their context. A conversation answers one
 * question at a time.
 */
export class ServerChat {
	private readonly options: ServerChatOptions;
	private readonly conversations: Conversations<Conversation>;

	constructor(options: ServerChatOptions) {
		this.options = options;
		this.conversations = new Conversations(options.limits ?? DEFAULT_CONVERSATION_LIMITS);
	}

	/** Who answers unless a question asks for the offline parser. */
	get answerer(): AnswerSource {
		return this.options.provider?.name ?? 'offline';
	}

	get model(): string | undefined {
		return this.options.provider?.model;
	}

	get keepAliveMs(): number {
		return this.options.keepAliveMs ?? 15_000;
	}

	/**
	 * Starts answering `question` on `engine`: in its conversation when given
	 * (404 when unknown or expired, 409 while it answers another), else in a
	 * new one. `release` frees the conversation.
	 */
	ask(chat: ChatQuestion, engine: CostEngine, scope: Scope): ChatTurn {
		const question = chat.question.trim();
		if (question === '') throw badInput('Ask a question, e.g. {"question": "What did EC2 cost last month?"}.');
		if (chat.provider !== undefined && chat.provider !== 'offline' && chat.provider !== this.answerer) {
			throw badInput(`This server answers with ${this.answerer} (serve --provider): ask with "provider": "${this.answerer}" or "offline".`);
		}
		const {id, conversation} = this.conversationFor(chat.conversationId, engine, scope);
		conversation.busy = true;
		const events = conversation.assistant.ask(question, {signal: chat.signal, offline: chat.provider === 'offline'});
		const release = (): void => {
			conversation.busy = false;
		};
		async function* released(): AsyncGenerator<AssistantEvent> {
			try {
				yield* events;
			} finally {
				release();
			}
		}
		return {conversationId: id, events: released(), release};
	}

	private conversationFor(id: string | undefined, engine: CostEngine, scope: Scope): {id: string; conversation: Conversation} {
		if (id === undefined) {
			const conversation = {assistant: this.assistant(engine, scope), engine, busy: false};
			return {id: this.conversations.add(conversation), conversation};
		}
		const conversation = this.conversations.get(id);
		if (conversation === undefined) {
			throw httpError(404, `Conversation ${id} is unknown or has expired: ask without a conversationId to start a new one.`);
		}
		if (conversation.busy) throw httpError(409, `Conversation ${id} is still answering its last question: wait for it, or start a new one.`);
		// The day turned and the server's session with it: the conversation goes on with today's data, without its history.
		if (conversation.engine !== engine) {
			conversation.assistant = this.assistant(engine, scope);
			conversation.engine = engine;
		}
		return {id, conversation};
	}

	private assistant(engine: CostEngine, scope: Scope): Assistant {
		const {provider, log} = this.options;
		return new Assistant({provider, engine, scope, offline: new OfflineParserAnswerer(), ...(log === undefined ? {} : {log})});
	}
}
