import {describe, expect, it} from 'vitest';
import {serverSentData} from '../../source/assistant/server-sent-events.js';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return new ReadableStream({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
			controller.close();
		},
	});
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<string[]> {
	const all: string[] = [];
	for await (const data of serverSentData(stream)) all.push(data);
	return all;
}

describe('serverSentData', () => {
	it.each([
		['one event', ['data: {"a":1}\n\n'], ['{"a":1}']],
		['events split across chunks', ['data: {"a"', ':1}\n', '\ndata: [DONE]\n\n'], ['{"a":1}', '[DONE]']],
		['CRLF line ends', ['data: x\r\n\r\ndata: y\r\n\r\n'], ['x', 'y']],
		['multi-line data', ['data: a\ndata: b\n\n'], ['a\nb']],
		['comments, event and id lines', [': keep-alive\nevent: message\nid: 3\ndata: z\n\n'], ['z']],
		['no space after the colon', ['data:tight\n\n'], ['tight']],
		['a last event without its blank line', ['data: last'], ['last']],
		['nothing', [], []],
	])('%s', async (_name, chunks, expected) => {
		expect(await collect(streamOf(...chunks))).toEqual(expected);
	});

	it('decodes a UTF-8 character split between two chunks', async () => {
		const bytes = new TextEncoder().encode('data: €5\n\n');
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(bytes.slice(0, 7));
				controller.enqueue(bytes.slice(7));
				controller.close();
			},
		});
		expect(await collect(stream)).toEqual(['€5']);
	});
});
