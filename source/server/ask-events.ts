import type {AnswerSource, AssistantEvent, TurnOutcome} from '../assistant/assistant-events.js';
import type {CostQuery} from '../query.js';

/** What `POST /api/v1/ask` answers in JSON, and the data of the stream's `done` event. */
export interface AskAnswer {
	readonly conversationId: string;
	readonly answer: string;
	/** The canonical CostQuery of every query run to answer, in order: as `aws-cost ask --json` prints them. */
	readonly queries: readonly CostQuery[];
	readonly provider: AnswerSource;
	readonly model?: string;
	readonly outcome: TurnOutcome;
	/** One-line warnings: why the offline parser answered, an answer cut off, a tool loop stopped. */
	readonly notices: readonly string[];
}

/** The stream's event names, in the order they may come; `done` or `error` ends it. */
export type AskEventName = 'answering' | 'text' | 'tool-call' | 'query' | 'tool-result' | 'notice' | 'done' | 'error';

export interface AskStreamEvent {
	readonly event: AskEventName;
	readonly data: object;
}

/** Collects a turn's events into the JSON answer; what the stream's events add up to. */
export class AskAnswerBuilder {
	private readonly notices: string[] = [];
	private answer: AskAnswer | undefined;
	private failure: string | undefined;

	constructor(private readonly conversationId: string) {}

	/** The event as the stream sends it, or undefined for what only a screen uses (the view to show). */
	add(event: AssistantEvent): AskStreamEvent | undefined {
		switch (event.type) {
			case 'answering': {
				if (event.reason !== undefined) this.notices.push(`${event.reason} Answering with the offline parser.`);
				const data = {conversationId: this.conversationId, provider: event.provider, ...(event.model === undefined ? {} : {model: event.model})};
				return {event: 'answering', data: event.reason === undefined ? data : {...data, reason: event.reason}};
			}
			case 'text':
				return {event: 'text', data: {text: event.text}};
			case 'tool-started':
				return {event: 'tool-call', data: {callId: event.callId, name: event.name, arguments: event.arguments}};
			case 'query-result':
				return {event: 'query', data: {query: event.result.query}};
			case 'tool-finished':
				return {event: 'tool-result', data: {callId: event.callId, name: event.name, ok: event.ok, summary: event.summary}};
			case 'notice':
				this.notices.push(event.message);
				return {event: 'notice', data: {message: event.message}};
			case 'done': {
				const {turn} = event;
				this.answer = {
					conversationId: this.conversationId,
					answer: turn.answer,
					queries: turn.queries,
					provider: turn.provider,
					...(turn.model === undefined ? {} : {model: turn.model}),
					outcome: turn.outcome,
					notices: [...this.notices],
				};
				return {event: 'done', data: this.answer};
			}
			case 'error':
				this.failure = event.message;
				return {event: 'error', data: {status: 502, detail: event.message}};
			case 'view':
				return undefined;
		}
	}

	/** The answer, or the one line saying why there is none. */
	result(): {readonly answer: AskAnswer} | {readonly failure: string} {
		if (this.answer !== undefined) return {answer: this.answer};
		return {failure: this.failure ?? 'The chat ended without an answer.'};
	}
}

/** One Server-Sent Event: its name and its data as one JSON line. */
export function serverSentEvent({event, data}: AskStreamEvent): string {
	return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
