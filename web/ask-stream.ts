import {createParser} from 'eventsource-parser';
import type {CostQuery} from '../source/query.js';
import {apiFailure, authHeaders} from './api.js';

/** What the answer's stream says, event by event (README "Asking over HTTP"). */
export type AskEvent =
	| {readonly event: 'answering'; readonly conversationId: string; readonly provider: string; readonly model?: string; readonly reason?: string}
	| {readonly event: 'text'; readonly text: string}
	| {readonly event: 'tool-call'; readonly name: string}
	| {readonly event: 'query'; readonly query: CostQuery}
	| {readonly event: 'tool-result'; readonly name: string; readonly ok: boolean; readonly summary: string}
	| {readonly event: 'notice'; readonly message: string}
	| {readonly event: 'done'; readonly conversationId: string; readonly answer: string; readonly outcome: string}
	| {readonly event: 'error'; readonly status: number; readonly detail: string};

/**
 * POST /api/v1/ask as Server-Sent Events: each event is handed on as it
 * arrives. A problem answer (400, 401, 404 for a forgotten conversation…)
 * throws ApiError; aborting the signal stops the model on the server too.
 */
export async function askStream(question: string, conversationId: string | undefined, onEvent: (event: AskEvent) => void, signal: AbortSignal): Promise<void> {
	const response = await fetch('/api/v1/ask', {
		method: 'POST',
		headers: authHeaders({'content-type': 'application/json', accept: 'text/event-stream'}),
		body: JSON.stringify({question, ...(conversationId === undefined ? {} : {conversationId})}),
		signal,
	});
	if (!response.ok || response.body === null) throw await apiFailure(response);
	const parser = createParser({
		onEvent: message => {
			try {
				onEvent({event: message.event, ...(JSON.parse(message.data) as object)} as AskEvent);
			} catch {
				// A line that is not JSON is no event of this API: skip it.
			}
		},
	});
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	for (;;) {
		const {done, value} = await reader.read();
		if (done) return;
		parser.feed(value);
	}
}
