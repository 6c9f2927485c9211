import type {AssistantEvent} from '../assistant/assistant-events.js';
import type {QueryResult} from '../engine.js';
import {costLabel, queryLabel} from '../assistant/tools/describe-query.js';

export type NoticeTone = 'info' | 'warning' | 'error';

/** How an answer ended; `streaming` while it still grows. */
export type AnswerEnding = 'streaming' | 'done' | 'cancelled';

/** One block of the conversation, in the order it happened. */
export type ChatEntry =
	| {readonly kind: 'question'; readonly id: number; readonly text: string}
	| {readonly kind: 'answer'; readonly id: number; readonly text: string; readonly ending: AnswerEnding}
	/** A query the model (or the offline parser) ran, as one compact line. */
	| {readonly kind: 'tool'; readonly id: number; readonly callId: string | undefined; readonly state: 'running' | 'ok' | 'failed'; readonly summary: string}
	| {readonly kind: 'notice'; readonly id: number; readonly text: string; readonly tone: NoticeTone}
	/** What a remote model will receive, waiting for the person's yes. */
	| {readonly kind: 'disclosure'; readonly id: number; readonly text: string};

export interface Transcript {
	readonly entries: readonly ChatEntry[];
	readonly nextId: number;
	/** Why the offline parser took over, each said once a session ("Ollama is not running …"); the status bar keeps saying it. */
	readonly warned: readonly string[];
}

export const EMPTY_TRANSCRIPT: Transcript = {entries: [], nextId: 1, warned: []};

/** A new conversation: no entries, but what was said once this session stays said. */
export function startOver(transcript: Transcript): Transcript {
	return {...EMPTY_TRANSCRIPT, nextId: transcript.nextId, warned: transcript.warned};
}

type NewEntry = ChatEntry extends infer Entry ? (Entry extends ChatEntry ? Omit<Entry, 'id'> : never) : never;

export function appendEntry(transcript: Transcript, entry: NewEntry): Transcript {
	return {...transcript, entries: [...transcript.entries, {...entry, id: transcript.nextId} as ChatEntry], nextId: transcript.nextId + 1};
}

function replaceLast(transcript: Transcript, entry: ChatEntry): Transcript {
	return {...transcript, entries: [...transcript.entries.slice(0, -1), entry]};
}

const streamingAnswer = (transcript: Transcript): (ChatEntry & {kind: 'answer'}) | undefined => {
	const last = transcript.entries.at(-1);
	return last?.kind === 'answer' && last.ending === 'streaming' ? last : undefined;
};

/** Ends the answer still streaming, if any. */
export function endAnswer(transcript: Transcript, ending: Exclude<AnswerEnding, 'streaming'>): Transcript {
	const entries = transcript.entries.map(entry => (entry.kind === 'answer' && entry.ending === 'streaming' ? {...entry, ending} : entry));
	return {...transcript, entries};
}

/** A query that ran outside a tool call (the offline parser's): shown like a tool line. */
export function queryLine(result: QueryResult): string {
	return `queried ${queryLabel(result.query)}, ${costLabel([result])}`;
}

/**
 * Folds one assistant event into the transcript. Text deltas grow the
 * answer being streamed (text after a tool line starts a new block); a tool
 * line appears when the call starts and takes its summary when it ends.
 */
export function applyAssistantEvent(transcript: Transcript, event: AssistantEvent): Transcript {
	switch (event.type) {
		case 'answering': {
			if (event.reason === undefined || transcript.warned.includes(event.reason)) return transcript;
			const warned = {...transcript, warned: [...transcript.warned, event.reason]};
			return appendEntry(warned, {kind: 'notice', tone: 'warning', text: `${event.reason} Answering with the offline parser.`});
		}
		case 'text': {
			const answer = streamingAnswer(transcript);
			if (answer !== undefined) return replaceLast(transcript, {...answer, text: answer.text + event.text});
			// A paragraph break the assistant puts between text and text after a tool call.
			if (event.text.trim() === '') return transcript;
			return appendEntry(transcript, {kind: 'answer', text: event.text.replace(/^\s+/, ''), ending: 'streaming'});
		}
		case 'tool-started':
			return appendEntry(endAnswer(transcript, 'done'), {kind: 'tool', callId: event.callId, state: 'running', summary: `${event.name}…`});
		case 'tool-finished': {
			const entries = transcript.entries.map(entry =>
				entry.kind === 'tool' && entry.callId === event.callId && entry.state === 'running'
					? {...entry, state: event.ok ? ('ok' as const) : ('failed' as const), summary: event.summary}
					: entry,
			);
			return {...transcript, entries};
		}
		case 'query-result': {
			const insideToolCall = transcript.entries.some(entry => entry.kind === 'tool' && entry.state === 'running');
			return insideToolCall ? transcript : appendEntry(transcript, {kind: 'tool', callId: undefined, state: 'ok', summary: queryLine(event.result)});
		}
		case 'view':
			return transcript;
		case 'notice':
			return appendEntry(endAnswer(transcript, 'done'), {kind: 'notice', tone: 'warning', text: event.message});
		case 'done': {
			const ended = endAnswer(transcript, 'done');
			const answered = ended.entries.some(entry => entry.kind === 'answer' && entry.id > lastQuestionId(ended));
			return answered ? ended : appendEntry(ended, {kind: 'notice', tone: 'info', text: 'The model gave no answer: try asking another way.'});
		}
		case 'error':
			return appendEntry(endAnswer(transcript, 'done'), {kind: 'notice', tone: 'error', text: event.message});
	}
}

function lastQuestionId(transcript: Transcript): number {
	return transcript.entries.findLast(entry => entry.kind === 'question')?.id ?? 0;
}

/** A turn stopped by the person (Esc) or by a switch of account or model: what was said stays, marked. */
export function cancelTurn(transcript: Transcript, why: string): Transcript {
	const streaming = streamingAnswer(transcript) !== undefined;
	const ended = endAnswer(transcript, 'cancelled');
	const running = ended.entries.map(entry => (entry.kind === 'tool' && entry.state === 'running' ? {...entry, state: 'failed' as const, summary: `${entry.summary} cancelled`} : entry));
	const marked = {...ended, entries: running};
	return streaming && why === '' ? marked : appendEntry(marked, {kind: 'notice', tone: 'info', text: why || 'Cancelled.'});
}
