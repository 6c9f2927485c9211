import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {resolveServeChatProvider, type ServeChatFlags} from '../../source/server/chat-provider.js';
import {ServerChat} from '../../source/server/server-chat.js';
import {startApiServer, type ApiServer} from '../fixtures/api-server.js';
import {type FakeServer, refusedUrl, startFakeOllama, text, toolCall, type FakeServerOptions} from '../fixtures/fake-ollama.js';
import {startFakeOpenAI} from '../fixtures/fake-openai.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';
import {postAsk, readEvents} from './ask-client.js';

const dir = tempDir('aws-cost-api-ask-');
const env = isolatedEnv(dir.path, {OPENAI_API_KEY: '', OPENAI_BASE_URL: '', OLLAMA_HOST: ''});
let offline: ApiServer;
let server: ApiServer | undefined;
let model: FakeServer | undefined;

beforeAll(async () => {
	offline = await startApiServer(env, {chat: new ServerChat({provider: undefined})});
});
afterEach(async () => {
	await server?.close();
	await model?.close();
	server = undefined;
	model = undefined;
});
afterAll(async () => {
	await offline.close();
	dir.remove();
});

/** The server with the chat its environment and flags choose, as `serve` resolves it. */
async function serverWith(extraEnv: NodeJS.ProcessEnv, flags: ServeChatFlags = {}, keepAliveMs?: number): Promise<ApiServer> {
	const serverEnv = {...env, ...extraEnv};
	const provider = await resolveServeChatProvider(flags, serverEnv, () => undefined);
	server = await startApiServer(serverEnv, {chat: new ServerChat({provider, ...(keepAliveMs === undefined ? {} : {keepAliveMs})})});
	return server;
}

const withOllama = async (options: FakeServerOptions, keepAliveMs?: number): Promise<ApiServer> => {
	model = await startFakeOllama(options);
	return serverWith({OLLAMA_HOST: model.url}, {}, keepAliveMs);
};

const cliAsk = async (question: string): Promise<Record<string, unknown>> => {
	const run = await runCliInProcess(['ask', '--demo', '--offline', '--json', question], env);
	expect(run.stderr).toBe('');
	return JSON.parse(run.stdout) as Record<string, unknown>;
};

const lastMonthByService = [toolCall('query_costs', {range: 'last-month', groupBy: ['SERVICE']})];

describe('POST /api/v1/ask as JSON', () => {
	it.each(['How much did I spend on S3 last month?', 'What did EC2 cost in eu-west-1 last month?', 'top 3 services this month'])(
		'answers %s as `aws-cost ask --demo --offline --json` does',
		async question => {
			const response = await postAsk(offline.url, {question});
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^application\/json/);
			const body = (await response.json()) as Record<string, unknown>;
			expect({answer: body['answer'], queries: body['queries'], provider: body['provider']}).toEqual(await cliAsk(question));
			expect(body).toMatchObject({outcome: 'offline', notices: []});
			expect(body['conversationId']).toMatch(/^[0-9a-f-]{36}$/);
		},
	);

	it('keeps the conversation, so a follow-up has its context', async () => {
		const first = (await (await postAsk(offline.url, {question: 'How much did I spend on S3 last month?'})).json()) as {conversationId: string; queries: {period: unknown; filter: unknown}[]};
		const followUp = await postAsk(offline.url, {question: 'and the month before?', conversationId: first.conversationId});
		expect(followUp.status).toBe(200);
		const body = (await followUp.json()) as {conversationId: string; queries: {period: unknown; filter: unknown}[]};
		expect(body.conversationId).toBe(first.conversationId);
		expect(body.queries[0]!.filter).toEqual(first.queries[0]!.filter);
		expect(body.queries[0]!.period).toEqual({start: '2026-09-01', end: '2026-10-01'});
		// Without the conversation, the same words have nothing to follow.
		const alone = (await (await postAsk(offline.url, {question: 'and the month before?'})).json()) as {queries: {filter?: unknown}[]};
		expect(alone.queries[0]?.filter).toBeUndefined();
	});

	it('answers an unknown conversation with a 404 problem', async () => {
		const response = await postAsk(offline.url, {question: 'and then?', conversationId: '00000000-0000-4000-8000-000000000000'});
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		expect(((await response.json()) as {detail: string}).detail).toBe(
			'Conversation 00000000-0000-4000-8000-000000000000 is unknown or has expired: ask without a conversationId to start a new one.',
		);
	});

	it('answers with the model the server runs with, and the queries its tools ran', async () => {
		const api = await withOllama({replies: [lastMonthByService, text('EC2 ', 'led.')]});
		const body = (await (await postAsk(api.url, {question: 'Costs by service last month?'})).json()) as Record<string, unknown>;
		expect(body).toMatchObject({answer: 'EC2 led.', provider: 'ollama', model: 'qwen2.5', outcome: 'complete', notices: []});
		expect(body['queries']).toEqual([
			{period: {start: '2026-10-01', end: '2026-11-01'}, granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [{type: 'DIMENSION', key: 'SERVICE'}], scope: {source: 'demo'}},
		]);
		expect(model!.requests).toHaveLength(2);
	});

	it('answers with the offline parser when asked to, sending the model nothing', async () => {
		const api = await withOllama({replies: [text('never')]});
		const question = 'How much did I spend on S3 last month?';
		const body = (await (await postAsk(api.url, {question, provider: 'offline'})).json()) as Record<string, unknown>;
		expect({answer: body['answer'], queries: body['queries'], provider: body['provider']}).toEqual(await cliAsk(question));
		expect(model!.requests).toHaveLength(0);
	});

	it('falls back to the offline parser when Ollama is unreachable, saying why', async () => {
		const url = await refusedUrl();
		const api = await serverWith({OLLAMA_HOST: url});
		const question = 'How much did I spend on S3 last month?';
		const response = await postAsk(api.url, {question});
		expect(response.status).toBe(200);
		const body = (await response.json()) as Record<string, unknown>;
		expect({answer: body['answer'], queries: body['queries'], provider: body['provider']}).toEqual(await cliAsk(question));
		expect(body['notices']).toEqual([`Ollama is not running at ${url}: start it with \`ollama serve\`, or use --offline. Answering with the offline parser.`]);
	});
});

describe('POST /api/v1/ask as Server-Sent Events', () => {
	it('streams text deltas, the tool call with its query, and the answer from Ollama', async () => {
		const api = await withOllama({replies: [lastMonthByService, text('EC2 ', 'led.')]});
		const response = await postAsk(api.url, {question: 'Costs by service last month?'}, {stream: true});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
		const events = await readEvents(response);
		expect(events.map(event => event.event)).toEqual(['answering', 'tool-call', 'query', 'tool-result', 'text', 'text', 'done']);
		const done = events.at(-1)!.data;
		expect(events[0]!.data).toEqual({conversationId: done['conversationId'], provider: 'ollama', model: 'qwen2.5'});
		expect(events[1]!.data).toMatchObject({name: 'query_costs', arguments: {range: 'last-month', groupBy: ['SERVICE']}});
		expect(events[2]!.data).toEqual({query: (done['queries'] as unknown[])[0]});
		expect(events[3]!.data).toMatchObject({name: 'query_costs', ok: true, summary: expect.stringMatching(/by SERVICE, 2026-10/) as unknown});
		expect(events.filter(event => event.event === 'text').map(event => event.data['text'])).toEqual(['EC2 ', 'led.']);
		expect(done).toMatchObject({answer: 'EC2 led.', provider: 'ollama', outcome: 'complete'});
	});

	it('streams from an OpenAI-compatible endpoint a person agreed to', async () => {
		model = await startFakeOpenAI({replies: [lastMonthByService, text('Mostly ', 'EC2.')]});
		const api = await serverWith({AWS_COST_OPENAI_BASE_URL: model.url, AWS_COST_OPENAI_API_KEY: 'sk-test-secret'}, {provider: 'openai', model: 'local', yesRemote: true});
		const events = await readEvents(await postAsk(api.url, {question: 'Costs by service last month?'}, {stream: true}));
		expect(events.map(event => event.event)).toEqual(['answering', 'tool-call', 'query', 'tool-result', 'text', 'text', 'done']);
		expect(events.at(-1)!.data).toMatchObject({answer: 'Mostly EC2.', provider: 'openai', model: 'local', outcome: 'complete'});
		expect(model.requests).toHaveLength(2);
	});

	it('streams the offline answer with the reason the model did not answer', async () => {
		const url = await refusedUrl();
		const api = await serverWith({OLLAMA_HOST: url});
		const events = await readEvents(await postAsk(api.url, {question: 'How much did I spend on S3 last month?'}, {stream: true}));
		expect(events.map(event => event.event)).toEqual(['answering', 'answering', 'query', 'text', 'done']);
		expect(events[1]!.data).toMatchObject({provider: 'offline', reason: expect.stringContaining(`Ollama is not running at ${url}`) as unknown});
		expect(events.at(-1)!.data).toMatchObject({provider: 'offline', outcome: 'offline'});
	});

	it('stops the model request when the client goes away mid-stream, and stays healthy', async () => {
		const api = await withOllama({replies: [[...text('Thinking'), {type: 'hang'}], text('Again.')]});
		const client = new AbortController();
		const response = await postAsk(api.url, {question: 'What is my bill?'}, {stream: true, signal: client.signal});
		const events = await readEvents(response, event => event.event === 'text');
		const {conversationId} = events[0]!.data;
		client.abort();
		await vi.waitFor(() => expect(model!.abandoned.count).toBe(1));
		expect((await fetch(`${api.url}/health`)).status).toBe(200);
		// The conversation is free again: the next question is answered.
		const next = (await (await postAsk(api.url, {question: 'Again?', conversationId})).json()) as {answer: string};
		expect(next.answer).toBe('Again.');
	});

	it('sends a keep-alive comment while the model is silent', async () => {
		const api = await withOllama({replies: [[{type: 'hang'}]]}, 50);
		const client = new AbortController();
		const response = await postAsk(api.url, {question: 'What is my bill?'}, {stream: true, signal: client.signal});
		const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
		let received = '';
		while (!received.includes('\n\n: keep-alive\n\n')) received += (await reader.read()).value ?? '';
		expect(received).toMatch(/^event: answering\ndata: \{.*\}\n\n: keep-alive\n\n/);
		client.abort();
		await vi.waitFor(() => expect(model!.abandoned.count).toBe(1));
		// fetch has opened a spare connection meanwhile; a request uses it, so closing the server need not wait for its timeout.
		expect((await fetch(`${api.url}/health`)).status).toBe(200);
	});
});

describe('POST /api/v1/ask refuses bad requests', () => {
	it.each<[string, string | Record<string, unknown>, number, RegExp]>([
		['no question', {}, 400, /must have required property 'question'/],
		['an empty question', {question: ''}, 400, /question must NOT have fewer than 1 characters/],
		['a blank question', {question: '   '}, 400, /^Ask a question/],
		['a question too long', {question: 'x'.repeat(2001)}, 400, /question must NOT have more than 2000 characters/],
		['a question of the wrong type', {question: {text: 'hi'}}, 400, /question must be string/],
		['an unknown field', {question: 'hi', model: 'gpt-4'}, 400, /^Unknown field "model"/],
		['a malformed conversation id', {question: 'hi', conversationId: '../etc/passwd'}, 400, /conversationId must match pattern/],
		['an unknown provider', {question: 'hi', provider: 'gemini'}, 400, /provider must be equal to one of the allowed values/],
		['a provider the server does not run', {question: 'hi', provider: 'openai'}, 400, /^This server answers with offline \(serve --provider\)/],
		['bad JSON', '{"question": ', 400, /JSON/],
		['an array', '[]', 400, /body must be object/],
	])('%s', async (_name, body, status, detail) => {
		const response = await postAsk(offline.url, body);
		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const problem = (await response.json()) as {status: number; detail: string};
		expect(problem.status).toBe(status);
		expect(problem.detail).toMatch(detail);
	});

	it('refuses a body that is not JSON, and one too large', async () => {
		const plain = await fetch(`${offline.url}/api/v1/ask`, {method: 'POST', headers: {'content-type': 'text/plain'}, body: 'hi'});
		expect(plain.status).toBe(400);
		const xml = await fetch(`${offline.url}/api/v1/ask`, {method: 'POST', headers: {'content-type': 'application/xml'}, body: '<question/>'});
		expect(xml.status).toBe(415);
		expect(xml.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const huge = await postAsk(offline.url, {question: 'x'.repeat(100 * 1024)});
		expect(huge.status).toBe(413);
		expect(huge.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		expect((await fetch(`${offline.url}/health`)).status).toBe(200);
	});
});
