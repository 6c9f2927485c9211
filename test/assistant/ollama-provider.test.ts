import {afterEach, describe, expect, it} from 'vitest';
import {OllamaProvider} from '../../source/assistant/ollama-provider.js';
import type {ChatEvent, ChatMessage, ToolSpec} from '../../source/assistant/provider.js';
import {CostError} from '../../source/errors.js';
import {type FakeReply, type FakeServer, refusedUrl, startFakeOllama, text, toolCall} from '../fixtures/fake-ollama.js';

const question: ChatMessage[] = [
	{role: 'system', content: 'You answer cost questions.'},
	{role: 'user', content: 'What did EC2 cost?'},
];
const tools: ToolSpec[] = [{name: 'today', description: "Today's date", parameters: {type: 'object', properties: {}}}];

let server: FakeServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function collect(provider: OllamaProvider, messages: ChatMessage[] = question): Promise<ChatEvent[]> {
	const events: ChatEvent[] = [];
	for await (const event of provider.chat(messages, tools)) events.push(event);
	return events;
}

async function failure(promise: Promise<unknown>): Promise<CostError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(CostError);
	return error as CostError;
}

async function providerFor(replies: FakeReply[], models?: string[]): Promise<OllamaProvider> {
	server = await startFakeOllama({replies, ...(models === undefined ? {} : {models})});
	return new OllamaProvider({host: server.url, model: 'qwen2.5', env: {}});
}

describe('OllamaProvider over the real ollama client', () => {
	it('streams a plain answer as text events, then done', async () => {
		const provider = await providerFor([text('EC2 cost ', '$1,234.56', '.')]);
		expect(await collect(provider)).toEqual([
			{type: 'text', text: 'EC2 cost '},
			{type: 'text', text: '$1,234.56'},
			{type: 'text', text: '.'},
			{type: 'done'},
		]);
	});

	it('sends the model, the messages and the tools in Ollama’s shape', async () => {
		const provider = await providerFor([text('ok')]);
		await collect(provider, [
			...question,
			{role: 'assistant', content: '', toolCalls: [{id: 'call_1', name: 'today', arguments: '{"x": 1}'}]},
			{role: 'tool', callId: 'call_1', name: 'today', content: 'Today is 2026-10-16.'},
		]);
		const body = server!.requests[0]!;
		expect(body['model']).toBe('qwen2.5');
		expect(body['stream']).toBe(true);
		expect(body['tools']).toEqual([{type: 'function', function: tools[0]}]);
		expect(body['messages']).toEqual([
			{role: 'system', content: 'You answer cost questions.'},
			{role: 'user', content: 'What did EC2 cost?'},
			{role: 'assistant', content: '', tool_calls: [{function: {name: 'today', arguments: {x: 1}}}]},
			{role: 'tool', content: 'Today is 2026-10-16.', tool_name: 'today'},
		]);
	});

	it('turns tool_calls into a tool-calls event with object arguments and distinct ids', async () => {
		const provider = await providerFor([[toolCall('query_costs', {range: 'last-month'}), toolCall('today', {})]]);
		const events = await collect(provider);
		expect(events).toEqual([
			{type: 'tool-calls', calls: [{id: 'call_1', name: 'query_costs', arguments: {range: 'last-month'}}]},
			{type: 'tool-calls', calls: [{id: 'call_2', name: 'today', arguments: {}}]},
			{type: 'done'},
		]);
	});

	it('says to start Ollama when nothing listens at the host', async () => {
		const url = await refusedUrl();
		const provider = new OllamaProvider({host: url, env: {}});
		const error = await failure(collect(provider));
		expect(error.kind).toBe('provider-unavailable');
		expect(error.message).toBe(`Ollama is not running at ${url}: start it with \`ollama serve\`, or use --offline.`);
	});

	it('says which model to pull when it is missing', async () => {
		const provider = await providerFor([text('never')], ['llama3.2:latest']);
		const error = await failure(collect(provider));
		expect(error.message).toBe('Model qwen2.5 is not pulled: run `ollama pull qwen2.5`.');
	});

	it('says when the model cannot call tools', async () => {
		const provider = await providerFor([{status: 400, error: 'registry.ollama.ai/library/qwen2.5:latest does not support tools'}]);
		expect((await failure(collect(provider))).message).toMatch(/^Model qwen2.5 cannot call tools: choose another with --model/);
	});

	it('keeps the text streamed before a cut, then fails with a one-line message', async () => {
		const provider = await providerFor([[...text('EC2 cost ', '$1,2'), {type: 'cut'}]]);
		const events: ChatEvent[] = [];
		const error = await failure(
			(async () => {
				for await (const event of provider.chat(question, tools)) events.push(event);
			})(),
		);
		expect(events).toEqual([
			{type: 'text', text: 'EC2 cost '},
			{type: 'text', text: '$1,2'},
		]);
		expect(error.message).toBe('The answer from Ollama was cut off (the connection closed early): ask again.');
	});

	it('reports an error line in the stream in one line', async () => {
		const provider = await providerFor([[...text('Hmm'), {type: 'error', message: 'llama runner process has terminated: signal: killed\nmore'}]]);
		const error = await failure(collect(provider));
		expect(error.message).toBe('Ollama stopped with an error: llama runner process has terminated: signal: killed');
	});

	it('reports a server error with its status', async () => {
		const provider = await providerFor([{status: 500, error: 'out of memory'}]);
		expect((await failure(collect(provider))).message).toBe(`Ollama at ${server!.url} failed (500): out of memory`);
	});

	it('reads an error page that is not JSON without printing anything', async () => {
		const {createServer} = await import('node:http');
		const {closeServer, listen} = await import('../fixtures/fake-ollama.js');
		const proxy = createServer((_request, response) => {
			response.writeHead(502, {'Content-Type': 'text/html'});
			response.end('Bad Gateway\n<html>…</html>');
		});
		const url = await listen(proxy);
		const logged: unknown[] = [];
		const original = console.log;
		console.log = (...args: unknown[]) => void logged.push(args);
		try {
			const error = await failure(collect(new OllamaProvider({host: url, env: {}})));
			expect(error.message).toBe(`Ollama at ${url} failed (502): Bad Gateway`);
		} finally {
			console.log = original;
			await closeServer(proxy);
		}
		expect(logged).toEqual([]);
	});

	it('lists pulled models for the picker', async () => {
		const provider = await providerFor([], ['qwen2.5:latest', 'llama3.2:latest']);
		expect(await provider.listModels()).toEqual([
			{name: 'qwen2.5:latest', sizeBytes: 4_683_087_332, parameterSize: '7.6B'},
			{name: 'llama3.2:latest', sizeBytes: 4_683_087_332, parameterSize: '7.6B'},
		]);
	});

	it('cancels a stream when the signal aborts', async () => {
		const provider = await providerFor([text('one ', 'two ', 'three')]);
		const controller = new AbortController();
		const events: ChatEvent[] = [];
		const run = (async () => {
			for await (const event of provider.chat(question, tools, controller.signal)) {
				events.push(event);
				controller.abort();
			}
		})();
		await expect(run).rejects.toMatchObject({name: 'AbortError'});
		expect(events).toHaveLength(1);
	});
});

describe('OllamaProvider request failures', () => {
	it('names the cause when fetch only says "fetch failed"', async () => {
		// Port 9 is one fetch refuses to connect to ("bad port"): no socket is opened.
		const provider = new OllamaProvider({host: '127.0.0.1:9', env: {}});
		const error = await failure(collect(provider));
		expect(error.message).toBe('Ollama at http://127.0.0.1:9 failed: bad port');
	});
});
