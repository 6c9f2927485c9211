import {afterEach, describe, expect, it} from 'vitest';
import {Assistant} from '../../source/assistant/assistant.js';
import type {AssistantEvent, OfflineAnswerer, TurnResult} from '../../source/assistant/assistant-events.js';
import {OllamaProvider} from '../../source/assistant/ollama-provider.js';
import {OpenAIProvider} from '../../source/assistant/openai-provider.js';
import type {ChatProvider} from '../../source/assistant/provider.js';
import {type FakeReply, type FakeServer, refusedUrl, startFakeOllama, text, toolCall} from '../fixtures/fake-ollama.js';
import {startFakeOpenAI} from '../fixtures/fake-openai.js';
import {fixedEngine} from './fixed-source.js';

let server: FakeServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

const lastMonthByService = {range: 'last-month', groupBy: ['SERVICE']};

/** Answers every question with a fixed sentence, as the offline parser would. */
const offlineAnswerer: OfflineAnswerer = {
	answer: async (question, context) => {
		const result = await context.engine.run({
			period: {start: '2026-09-01', end: '2026-10-01'} as never,
			granularity: 'MONTHLY',
			metric: 'UnblendedCost',
			groupBy: [],
			scope: context.scope,
		});
		return {text: `Offline: "${question}" cost $525.00.`, results: [result], understood: true};
	},
};

async function assistantWith(replies: FakeReply[] | ((body: Record<string, unknown>, index: number) => FakeReply), extra: {offline?: OfflineAnswerer; maxToolRounds?: number} = {}) {
	server = await startFakeOllama({replies});
	const provider = new OllamaProvider({host: server.url, model: 'qwen2.5', env: {}});
	return new Assistant({provider, engine: fixedEngine(), scope: {source: 'demo'}, ...extra});
}

async function collect(events: AsyncIterable<AssistantEvent>): Promise<AssistantEvent[]> {
	const all: AssistantEvent[] = [];
	for await (const event of events) all.push(event);
	return all;
}

const textOf = (events: AssistantEvent[]): string => events.map(event => (event.type === 'text' ? event.text : '')).join('');
const turnOf = (events: AssistantEvent[]): TurnResult => {
	const last = events.at(-1);
	if (last?.type !== 'done') throw new Error(`expected done, got ${JSON.stringify(last)}`);
	return last.turn;
};
const messagesSent = (index: number) => server!.requests[index]!['messages'] as {role: string; content: string; tool_name?: string}[];

describe('Assistant with Ollama', () => {
	it('streams a plain answer', async () => {
		const assistant = await assistantWith([text('Hello', ', I explain your bill.')]);
		const events = await collect(assistant.ask('hi'));
		expect(events).toEqual([
			{type: 'answering', provider: 'ollama', model: 'qwen2.5'},
			{type: 'text', text: 'Hello'},
			{type: 'text', text: ', I explain your bill.'},
			{type: 'done', turn: {answer: 'Hello, I explain your bill.', queries: [], provider: 'ollama', model: 'qwen2.5', outcome: 'complete'}},
		]);
	});

	it('puts today and the rules in the system prompt, and offers the tools', async () => {
		const assistant = await assistantWith([text('ok')]);
		await collect(assistant.ask('hi'));
		const [system] = messagesSent(0);
		expect(system?.role).toBe('system');
		expect(system?.content).toContain('Today is 2026-10-16 (UTC).');
		expect(system?.content).toContain('Use the tools for every figure.');
		const tools = server!.requests[0]!['tools'] as {function: {name: string}}[];
		expect(tools.map(tool => tool.function.name)).toEqual([
			'query_costs',
			'compare_periods',
			'top_movers',
			'forecast',
			'anomalies',
			'list_accounts',
			'dimension_values',
			'today',
		]);
	});

	it('puts the compared period on screen, not the earlier one it ran last, and follow-ups start from it', async () => {
		const assistant = await assistantWith([[toolCall('compare_periods', {range: 'last-month'})], text('Up.'), text('ok')]);
		const events = await collect(assistant.ask('How did last month compare?'));
		const views = events.filter(event => event.type === 'view');
		expect(views).toHaveLength(1);
		expect(views[0]).toMatchObject({query: {period: {start: '2026-09-01', end: '2026-10-01'}}, comparison: {start: '2026-08-01', end: '2026-09-01'}});
		await collect(assistant.ask('and S3?'));
		expect(server!.requests[2]!['messages']).toEqual(
			expect.arrayContaining([expect.objectContaining({role: 'system', content: expect.stringContaining('"start":"2026-09-01"')})]),
		);
	});

	it('runs one tool call, sends back the compact table, and records the canonical query', async () => {
		const assistant = await assistantWith([[toolCall('query_costs', lastMonthByService)], text('EC2 was $450.00 of $525.00.')]);
		const events = await collect(assistant.ask('What did we spend last month by service?'));
		expect(events.map(event => event.type)).toEqual(['answering', 'tool-started', 'query-result', 'view', 'tool-finished', 'text', 'done']);
		expect(events[1]).toEqual({type: 'tool-started', callId: 'call_1', name: 'query_costs', arguments: lastMonthByService});
		expect(events[4]).toEqual({
			type: 'tool-finished',
			callId: 'call_1',
			name: 'query_costs',
			ok: true,
			summary: 'queried all costs by SERVICE, 2026-09, 1 request',
		});
		const toolMessage = messagesSent(1).at(-1)!;
		expect(toolMessage.role).toBe('tool');
		expect(toolMessage.tool_name).toBe('query_costs');
		expect(toolMessage.content).toContain('Amazon Elastic Compute Cloud - Compute | $450.00 | 85.7%');
		expect(turnOf(events).queries).toEqual([
			{
				period: {start: '2026-09-01', end: '2026-10-01'},
				granularity: 'MONTHLY',
				metric: 'UnblendedCost',
				groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
				scope: {source: 'demo'},
			},
		]);
	});

	it('runs two rounds of tool calls before answering', async () => {
		const assistant = await assistantWith([
			[toolCall('today', {})],
			[toolCall('compare_periods', {range: 'last-month'}), toolCall('top_movers', {range: 'last-month', limit: 1})],
			text('Spend fell 3.2%.'),
		]);
		const events = await collect(assistant.ask('Did spend go up?'));
		const finished = events.filter(event => event.type === 'tool-finished');
		expect(finished.map(event => event.type === 'tool-finished' && event.name)).toEqual(['today', 'compare_periods', 'top_movers']);
		expect(turnOf(events)).toMatchObject({answer: 'Spend fell 3.2%.', outcome: 'complete'});
		expect(turnOf(events).queries).toHaveLength(4);
		expect(messagesSent(2).map(message => message.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'tool', 'tool']);
	});

	it('sends invalid arguments back as a tool error the model can correct', async () => {
		const assistant = await assistantWith([
			[toolCall('query_costs', {range: 'last-month', groupBy: ['SERVICES']})],
			[toolCall('query_costs', lastMonthByService)],
			text('Fixed it: $525.00.'),
		]);
		const events = await collect(assistant.ask('Costs by service?'));
		const finished = events.filter(event => event.type === 'tool-finished');
		expect(finished[0]).toMatchObject({ok: false, summary: expect.stringMatching(/^query_costs: groupBy\[0\] "SERVICES" is not a dimension/) as string});
		expect(finished[1]).toMatchObject({ok: true});
		expect(messagesSent(1).at(-1)!.content).toMatch(/^Error: groupBy\[0\] "SERVICES" is not a dimension Cost Explorer groups by/);
		expect(turnOf(events)).toMatchObject({outcome: 'complete', queries: [expect.objectContaining({groupBy: [{type: 'DIMENSION', key: 'SERVICE'}]})]});
	});

	it('stops a model that keeps calling tools', async () => {
		const assistant = await assistantWith(() => [toolCall('today', {})], {maxToolRounds: 3});
		const events = await collect(assistant.ask('loop'));
		expect(server!.requests).toHaveLength(4);
		expect(events.filter(event => event.type === 'tool-finished')).toHaveLength(3);
		expect(events.at(-2)).toEqual({
			type: 'notice',
			message: 'stopped: the model kept calling tools (3 rounds): ask a narrower question, or use --offline.',
		});
		expect(turnOf(events).outcome).toBe('tool-loop');
	});

	it('keeps a partial answer cut mid-stream, marked, in the answer and the history', async () => {
		const assistant = await assistantWith([[...text('EC2 cost $4'), {type: 'cut'}]]);
		const events = await collect(assistant.ask('EC2?'));
		expect(textOf(events)).toBe('EC2 cost $4\n[answer cut off]');
		expect(events.at(-2)).toEqual({type: 'notice', message: 'The answer from Ollama was cut off (the connection closed early): ask again.'});
		expect(turnOf(events)).toMatchObject({answer: 'EC2 cost $4\n[answer cut off]', outcome: 'cut-off'});
		expect(assistant.messages).toEqual([
			{role: 'user', content: 'EC2?'},
			{role: 'assistant', content: 'EC2 cost $4\n[answer cut off]'},
		]);
	});

	it('reports an error line before any text as one error event without an offline parser', async () => {
		const assistant = await assistantWith([[{type: 'error', message: 'model runner crashed'}]]);
		const events = await collect(assistant.ask('EC2?'));
		expect(events).toEqual([
			{type: 'answering', provider: 'ollama', model: 'qwen2.5'},
			{type: 'error', message: 'Ollama stopped with an error: model runner crashed'},
		]);
		expect(assistant.messages).toEqual([]);
	});

	it('falls back to the offline parser when Ollama is not running, and says why', async () => {
		const url = await refusedUrl();
		const provider = new OllamaProvider({host: url, env: {}});
		const assistant = new Assistant({provider, engine: fixedEngine(), scope: {source: 'demo'}, offline: offlineAnswerer});
		const events = await collect(assistant.ask('last month?'));
		expect(events.map(event => event.type)).toEqual(['answering', 'answering', 'query-result', 'view', 'text', 'done']);
		expect(events[1]).toEqual({
			type: 'answering',
			provider: 'offline',
			model: undefined,
			reason: `Ollama is not running at ${url}: start it with \`ollama serve\`, or use --offline.`,
		});
		expect(turnOf(events)).toMatchObject({answer: 'Offline: "last month?" cost $525.00.', provider: 'offline', outcome: 'offline'});
		expect(turnOf(events).queries).toHaveLength(1);
	});

	it('answers one question with the offline parser when asked to, sending the model nothing, and keeps it for follow-ups', async () => {
		const assistant = await assistantWith([text('From the model.')], {offline: offlineAnswerer});
		const offline = await collect(assistant.ask('last month?', {offline: true}));
		expect(offline[0]).toEqual({type: 'answering', provider: 'offline', model: undefined});
		expect(turnOf(offline)).toMatchObject({provider: 'offline', outcome: 'offline'});
		expect(server!.requests).toHaveLength(0);
		const followUp = await collect(assistant.ask('and why?'));
		expect(turnOf(followUp)).toMatchObject({answer: 'From the model.', provider: 'ollama'});
		expect(messagesSent(0).map(message => message.content)).toContain('Offline: "last month?" cost $525.00.');
	});

	it('falls back when the model is not pulled', async () => {
		server = await startFakeOllama({replies: [], models: ['llama3.2:latest']});
		const provider = new OllamaProvider({host: server.url, model: 'qwen2.5', env: {}});
		const assistant = new Assistant({provider, engine: fixedEngine(), scope: {source: 'demo'}, offline: offlineAnswerer});
		const events = await collect(assistant.ask('last month?'));
		expect(events[1]).toMatchObject({provider: 'offline', reason: 'Model qwen2.5 is not pulled: run `ollama pull qwen2.5`.'});
	});

	it('keeps the conversation for follow-ups, with the last query as the current view', async () => {
		const assistant = await assistantWith([
			[toolCall('query_costs', {range: 'last-month'})],
			text('$525.00 in September.'),
			[toolCall('query_costs', {range: '2026-08'})],
			text('$542.50 in August.'),
		]);
		await collect(assistant.ask('What did we spend last month?'));
		const events = await collect(assistant.ask('and the month before?'));
		const followUp = messagesSent(2);
		expect(followUp.map(message => message.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'user']);
		expect(followUp[1]!.content).toBe('What did we spend last month?');
		expect(followUp[4]!.content).toBe('$525.00 in September.');
		expect(followUp[0]!.content).toContain('The current view: all costs, 2026-09.');
		expect(turnOf(events).queries.map(query => query.period.start)).toEqual(['2026-08-01']);
	});

	it('uses the view on screen for defaults when one is given', async () => {
		const assistant = await assistantWith([[toolCall('query_costs', {groupBy: ['REGION']})], text('ok')]);
		const view = {
			period: {start: '2026-07-01', end: '2026-08-01'},
			granularity: 'MONTHLY',
			metric: 'UnblendedCost',
			groupBy: [],
			scope: {source: 'demo'},
		} as const;
		const events = await collect(assistant.ask('only by region', {view: view as never}));
		expect(turnOf(events).queries[0]!.period).toEqual({start: '2026-07-01', end: '2026-08-01'});
		expect(messagesSent(0)[0]!.content).toContain('The current view: all costs, 2026-07.');
	});

	it('stops when cancelled and leaves the history as it was', async () => {
		const assistant = await assistantWith([text('one ', 'two ', 'three')]);
		const controller = new AbortController();
		const run = (async () => {
			for await (const event of assistant.ask('count', {signal: controller.signal})) {
				if (event.type === 'text') controller.abort();
			}
		})();
		await expect(run).rejects.toMatchObject({name: 'AbortError'});
		expect(assistant.messages).toEqual([]);
	});

	it('answers with the offline parser only when there is no provider', async () => {
		const assistant = new Assistant({provider: undefined, engine: fixedEngine(), scope: {source: 'demo'}, offline: offlineAnswerer});
		const events = await collect(assistant.ask('last month?'));
		expect(events[0]).toEqual({type: 'answering', provider: 'offline', model: undefined});
		expect(turnOf(events).provider).toBe('offline');
	});
});

describe('Assistant with an OpenAI-compatible endpoint', () => {
	async function openAIAssistant(replies: FakeReply[]): Promise<Assistant> {
		server = await startFakeOpenAI({replies});
		const provider: ChatProvider = new OpenAIProvider({baseUrl: server.url, model: 'local', env: {}});
		return new Assistant({provider, engine: fixedEngine(), scope: {source: 'demo'}, offline: offlineAnswerer});
	}

	it('runs streamed tool calls and answers', async () => {
		const assistant = await openAIAssistant([[toolCall('query_costs', lastMonthByService)], text('$525.00.')]);
		const events = await collect(assistant.ask('by service?'));
		expect(turnOf(events)).toMatchObject({answer: '$525.00.', provider: 'openai', model: 'local', outcome: 'complete'});
		const sent = server!.requests[1]!['messages'] as {role: string; tool_call_id?: string}[];
		expect(sent.at(-1)).toMatchObject({role: 'tool', tool_call_id: 'call_chatcmpl-1_0'});
	});

	it('falls back offline on a 429', async () => {
		const assistant = await openAIAssistant([{status: 429, error: 'slow down'}]);
		const events = await collect(assistant.ask('by service?'));
		expect(events[1]).toMatchObject({provider: 'offline', reason: expect.stringMatching(/is rate-limiting requests \(429\)/) as string});
	});
});
