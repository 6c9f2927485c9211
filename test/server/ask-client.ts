import {createParser, type EventSourceMessage} from 'eventsource-parser';

/** One Server-Sent Event as a browser client reads it: its name and its JSON data. */
export interface ReceivedEvent {
	readonly event: string;
	readonly data: Record<string, unknown>;
}

/** POSTs a question to /api/v1/ask as JSON; `stream` asks for Server-Sent Events. */
export function postAsk(url: string, body: unknown, options: {readonly stream?: boolean; readonly signal?: AbortSignal} = {}): Promise<Response> {
	return fetch(`${url}/api/v1/ask`, {
		method: 'POST',
		headers: {'content-type': 'application/json', ...(options.stream === true ? {accept: 'text/event-stream'} : {})},
		body: typeof body === 'string' ? body : JSON.stringify(body),
		...(options.signal === undefined ? {} : {signal: options.signal}),
	});
}

/**
 * Reads an event stream with fetch and eventsource-parser, as a browser
 * client of a POST stream does; `until` stops reading (and cancels the body) early.
 */
export async function readEvents(response: Response, until?: (event: ReceivedEvent) => boolean): Promise<ReceivedEvent[]> {
	const events: ReceivedEvent[] = [];
	let stop = false;
	const parser = createParser({
		onEvent: (message: EventSourceMessage) => {
			const event = {event: message.event ?? 'message', data: JSON.parse(message.data) as Record<string, unknown>};
			events.push(event);
			if (until?.(event) === true) stop = true;
		},
	});
	const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		parser.feed(value);
		if (stop) {
			await reader.cancel();
			break;
		}
	}
	return events;
}
