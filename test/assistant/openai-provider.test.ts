import {afterEach, describe, expect, it} from 'vitest';
import {OpenAIProvider} from '../../source/assistant/openai-provider.js';
import {resolveOpenAISettings} from '../../source/assistant/openai-settings.js';
import type {ChatEvent, ChatMessage, ToolSpec} from '../../source/assistant/provider.js';
import {CostError} from '../../source/errors.js';
import {type FakeReply, type FakeServer, refusedUrl, startFakeOpenAI, text, toolCall} from '../fixtures/fake-openai.js';

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

async function providerFor(replies: FakeReply[], apiKey?: string): Promise<OpenAIProvider> {
	server = await startFakeOpenAI({replies});
	return new OpenAIProvider({baseUrl: server.url, model: 'local-model', env: {}, ...(apiKey === undefined ? {} : {apiKey})});
}

async function collect(provider: OpenAIProvider, messages: ChatMessage[] = question): Promise<ChatEvent[]> {
	const events: ChatEvent[] = [];
	for await (const event of provider.chat(messages, tools)) events.push(event);
	return events;
}

async function failureOf(provider: OpenAIProvider): Promise<CostError> {
	const error = await collect(provider).then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(CostError);
	return error as CostError;
}

describe('OpenAIProvider over server-sent events', () => {
	it('streams a plain answer', async () => {
		const provider = await providerFor([text('EC2 cost ', '$12.50.')]);
		expect(await collect(provider)).toEqual([
			{type: 'text', text: 'EC2 cost '},
			{type: 'text', text: '$12.50.'},
			{type: 'done'},
		]);
	});

	it('assembles streamed tool-call deltas by index into whole calls', async () => {
		const provider = await providerFor([
			[
				{
					type: 'tool-calls',
					calls: [
						{name: 'query_costs', arguments: {range: 'last-month', groupBy: ['SERVICE']}},
						{name: 'today', arguments: {}},
					],
				},
			],
		]);
		expect(await collect(provider)).toEqual([
			{
				type: 'tool-calls',
				calls: [
					{id: 'call_chatcmpl-1_0', name: 'query_costs', arguments: {range: 'last-month', groupBy: ['SERVICE']}},
					{id: 'call_chatcmpl-1_1', name: 'today', arguments: {}},
				],
			},
			{type: 'done'},
		]);
	});

	it('hands arguments that are not JSON to the tool as text', async () => {
		const provider = await providerFor([[toolCall('today', '{"range": last')]]);
		const events = await collect(provider);
		expect(events[0]).toEqual({type: 'tool-calls', calls: [{id: 'call_chatcmpl-1_0', name: 'today', arguments: '{"range": last'}]});
	});

	it('sends the model, tools, history in OpenAI’s shape, and the key as a bearer token', async () => {
		const provider = await providerFor([text('ok')], 'sk-test');
		await collect(provider, [
			...question,
			{role: 'assistant', content: '', toolCalls: [{id: 'call_9', name: 'today', arguments: {}}]},
			{role: 'tool', callId: 'call_9', name: 'today', content: 'Today is 2026-10-16.'},
		]);
		const body = server!.requests[0]!;
		expect(body['model']).toBe('local-model');
		expect(body['stream']).toBe(true);
		expect(body['tools']).toEqual([{type: 'function', function: tools[0]}]);
		expect(body['messages']).toEqual([
			{role: 'system', content: 'You answer cost questions.'},
			{role: 'user', content: 'What did EC2 cost?'},
			{role: 'assistant', content: null, tool_calls: [{id: 'call_9', type: 'function', function: {name: 'today', arguments: '{}'}}]},
			{role: 'tool', tool_call_id: 'call_9', content: 'Today is 2026-10-16.'},
		]);
		expect(server!.headers[0]!['authorization']).toBe('Bearer sk-test');
	});

	it('sends no Authorization header without a key', async () => {
		const provider = await providerFor([text('ok')]);
		await collect(provider);
		expect(server!.headers[0]!['authorization']).toBeUndefined();
	});

	it.each([
		[401, /rejected the API key \(401\): check AWS_COST_OPENAI_API_KEY or OPENAI_API_KEY\.$/],
		[403, /rejected the API key \(403\)/],
		[429, /is rate-limiting requests \(429\): wait a minute and ask again, or use --offline\.$/],
		[500, /failed \(500\): try again later, or use --offline\.$/],
		[503, /failed \(503\)/],
		[404, /has no model "local-model" or no \/chat\/completions \(404\)/],
		[400, /refused the request \(400\): context too long$/],
	])('turns HTTP %i into one line', async (status, expected) => {
		const provider = await providerFor([{status, error: 'context too long'}]);
		const error = await failureOf(provider);
		expect(error.kind).toBe('provider-unavailable');
		expect(error.message).toMatch(expected);
		expect(error.message).not.toContain('\n');
	});

	it('says when nothing answers at the base URL', async () => {
		const url = await refusedUrl();
		const provider = new OpenAIProvider({baseUrl: `${url}/v1`, env: {}});
		expect((await failureOf(provider)).message).toBe(
			`Cannot reach the model endpoint at ${url}/v1 (nothing answers there): check AWS_COST_OPENAI_BASE_URL, or use --offline.`,
		);
	});

	it('keeps text streamed before a cut, then fails', async () => {
		const provider = await providerFor([[...text('Half an ans'), {type: 'cut'}]]);
		const events: ChatEvent[] = [];
		const run = (async () => {
			for await (const event of provider.chat(question, tools)) events.push(event);
		})();
		await expect(run).rejects.toThrow(/^The answer from the model endpoint was cut off/);
		expect(events).toEqual([{type: 'text', text: 'Half an ans'}]);
	});

	it('reports an error event in the stream', async () => {
		const provider = await providerFor([[...text('Hm'), {type: 'error', message: 'upstream overloaded'}]]);
		expect((await failureOf(provider)).message).toBe('The model endpoint stopped with an error: upstream overloaded');
	});
});

describe('resolveOpenAISettings', () => {
	it('prefers options, then AWS_COST_OPENAI_*, then OPENAI_*', () => {
		const env = {
			AWS_COST_OPENAI_BASE_URL: 'http://127.0.0.1:1234/v1/',
			OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
			OPENAI_API_KEY: 'sk-openai',
			AWS_COST_OPENAI_MODEL: 'qwen2.5-7b-instruct',
		};
		expect(resolveOpenAISettings({env})).toEqual({baseUrl: 'http://127.0.0.1:1234/v1', apiKey: 'sk-openai', model: 'qwen2.5-7b-instruct'});
		expect(resolveOpenAISettings({env: {...env, AWS_COST_OPENAI_API_KEY: 'sk-mine'}, model: 'm'})).toMatchObject({apiKey: 'sk-mine', model: 'm'});
		expect(resolveOpenAISettings({env: {}, baseUrl: 'http://127.0.0.1:8080/v1'})).toEqual({
			baseUrl: 'http://127.0.0.1:8080/v1',
			apiKey: undefined,
			model: 'gpt-4o-mini',
		});
	});

	it('asks for a key for OpenAI itself, and rejects a base URL that is not http(s)', () => {
		expect(() => resolveOpenAISettings({env: {}})).toThrow(/^OpenAI needs an API key: set AWS_COST_OPENAI_API_KEY/);
		expect(() => resolveOpenAISettings({env: {}, baseUrl: 'ftp://host/v1'})).toThrow(/must be http:\/\/ or https:\/\//);
		expect(() => resolveOpenAISettings({env: {}, baseUrl: 'not a url'})).toThrow(/is not a URL/);
	});
});
