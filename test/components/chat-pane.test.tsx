import {mkdtemp, rm} from 'node:fs/promises';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../components/app.js';
import {DisclosureLog} from '../../source/assistant/remote-disclosure.js';
import {DEFAULT_SETTINGS} from '../../source/settings.js';
import type {ChatSetup} from '../../source/view/chat-setup.js';
import {TODAY, fixedEngine} from '../assistant/fixed-source.js';
import {type FakeServer, closeServer, listen, refusedUrl, startFakeOllama, text, toolCall} from '../fixtures/fake-ollama.js';
import {startFakeOpenAI} from '../fixtures/fake-openai.js';
import {type Rendered, bracketedPaste, keys, renderWithProviders} from '../render.js';

let app: Rendered | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	app?.unmount();
	app = undefined;
	await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

async function server(start: Promise<FakeServer>): Promise<FakeServer> {
	const started = await start;
	cleanups.push(() => started.close());
	return started;
}

/** The app over the fixed source (EC2 $15 a day), chat set up as given, focused on the chat. */
async function openChat(chat: ChatSetup): Promise<Rendered> {
	const engine = fixedEngine();
	app = renderWithProviders(
		<App engineFor={async () => engine} initialScope={{source: 'demo'}} today={TODAY} settings={DEFAULT_SETTINGS} exportDirectory={tmpdir()} chat={chat} />,
		{columns: 130, rows: 40},
	);
	await app.waitFor('Up to date');
	app.press('i');
	await app.waitFor('Enter sends');
	return app;
}

const ollama = (url: string): ChatSetup => ({provider: 'ollama', model: 'qwen2.5', endpoint: url, env: {}});
/** The chat pane's column of the frame (it starts at 91 of 130). */
const chatColumn = (frame: string): string => frame.split('\n').map(line => [...line].slice(91).join('')).join('\n');
/** The input line's rows: the chat column's `rows` lines just above its key hint. */
function inputLines(frame: string, rows: number): string {
	const lines = chatColumn(frame).split('\n');
	const hint = lines.findIndex(line => line.includes('Enter sends'));
	return lines
		.slice(hint - rows, hint)
		.map(line => line.replace(/^┃/, '').replace(/\s*┃$/, '').trimEnd())
		.join('\n');
}
const tableLine = (frame: string, label: string) => frame.split('\n').find(line => new RegExp(`^[│┃][ ›]${label} `).test(line));

describe('the chat pane', () => {
	test('streams the answer, shows the tool call as a line and switches the table to its query', async () => {
		const fake = await server(
			startFakeOllama({
				models: ['qwen2.5:latest'],
				replies: [[toolCall('query_costs', {range: 'last-month', groupBy: ['REGION']})], text('Last month ', 'cost **$525.00**', ', mostly us-east-1.')],
			}),
		);
		await openChat(ollama(fake.url));
		await app!.waitFor('chat: ollama qwen2.5');
		app!.press('What did we spend by region?');
		app!.press(keys.enter);
		// Generous: on a busy machine a model's two rounds and the tool's query take seconds.
		const answered = chatColumn(await app!.waitFor(frame => chatColumn(frame).includes('us-east-1.'), 15_000));
		expect(answered).toContain('Last month cost $525.00, mostly');
		expect(answered).toContain('⚙ queried all costs by REGION,');
		const switched = await app!.waitFor(frame => frame.includes('Chat: all costs › by REGION') && tableLine(frame, 'eu-west-1') !== undefined, 15_000);
		expect(switched).toContain('2026-09-01 … 2026-09-30');
		// The model got the question, and the view on screen in its system prompt.
		const messages = fake.requests[0]!['messages'] as {role: string; content: string}[];
		expect(messages.at(-1)).toEqual({role: 'user', content: 'What did we spend by region?'});
		expect(messages[0]!.content).toContain('SERVICE');
	}, 40_000);

	test('a multi-line paste is one question; Up and Down walk the questions asked', async () => {
		const fake = await server(startFakeOllama({replies: () => text('ok.')}));
		await openChat(ollama(fake.url));
		app!.press(bracketedPaste('first line\nsecond line'));
		await app!.waitFor(frame => chatColumn(frame).includes('second line'));
		app!.press(keys.enter);
		await app!.waitFor(() => fake.requests.length === 1 && app!.lastFrame().includes('ok.'));
		expect((fake.requests[0]!['messages'] as {content: string}[]).at(-1)!.content).toBe('first line\nsecond line');
		for (const key of 'top services') app!.press(key);
		app!.press(keys.enter);
		await app!.waitFor(() => fake.requests.length === 2 && app!.lastFrame().includes('Enter sends'));
		app!.press(keys.up);
		await app!.waitFor(frame => inputLines(frame, 1) === '› top services');
		app!.press(keys.up);
		await app!.waitFor(frame => inputLines(frame, 2) === '› first line\n  second line');
		app!.press(keys.down, keys.down, 'z');
		await app!.waitFor(frame => inputLines(frame, 1) === '› z');
	});

	test('Esc cancels the answer being streamed and closes the request', async () => {
		let closed = false;
		const hanging = createServer((request, response) => {
			if (request.url === '/api/tags') return void response.end(JSON.stringify({models: []}));
			request.resume();
			response.writeHead(200, {'Content-Type': 'application/x-ndjson'});
			response.write(`${JSON.stringify({model: 'qwen2.5', message: {role: 'assistant', content: 'Thinking about it'}, done: false})}\n`);
			response.on('close', () => (closed = true));
		});
		const url = await listen(hanging);
		cleanups.push(() => closeServer(hanging));
		await openChat(ollama(url));
		app!.press('Why so high?');
		app!.press(keys.enter);
		await app!.waitFor('Thinking about it');
		await app!.waitFor('Esc cancels');
		app!.press(keys.escape);
		const cancelled = await app!.waitFor('[cancelled]');
		expect(cancelled).toContain('Enter sends');
		await app!.waitFor(() => closed);
		// Esc again, now idle, leaves the chat for the table.
		app!.press(keys.escape);
		await app!.waitFor('i or Tab to ask');
	});

	test('the view on screen is the one the answer is about: its period, against the period it compared with', async () => {
		await openChat(ollama(await refusedUrl()));
		app!.press('why did costs go up in September?');
		app!.press(keys.enter);
		// The answer runs September, then August; the screen shows September (against August), not August.
		const why = await app!.waitFor(frame => chatColumn(frame).includes('from $542.50') && tableLine(frame, 'AWS Lambda')?.includes('$15.00') === true);
		expect(why.split('\n')[0]).toContain('2026-09-01 … 2026-09-30');
		expect(tableLine(why, 'AWS Lambda')).toMatch(/\$15\.00\s+\$15\.50\s/);
		app!.press('compare September with 2026-07-01 to 2026-07-10');
		app!.press(keys.enter);
		// Previous is the ten July days the answer used ($5.00 of Lambda), not August ($15.50).
		const explicit = await app!.waitFor(frame => tableLine(frame, 'AWS Lambda')?.includes('$5.00') === true);
		expect(explicit.split('\n')[0]).toContain('2026-09-01 … 2026-09-30');
		expect(chatColumn(explicit)).toContain('from $175.00');
		expect(tableLine(explicit, 'AWS Lambda')).toMatch(/\$15\.00\s+\$5\.00\s+\$10\.00\s+\+200\.0%/);
	});

	test('with Ollama not running, the status says so and the offline parser answers from the data', async () => {
		await openChat(ollama(await refusedUrl()));
		await app!.waitFor('chat: offline parser (Ollama not running)');
		app!.press('What did EC2 cost last month?');
		app!.press(keys.enter);
		const answered = await app!.waitFor('$450.00');
		expect(chatColumn(answered)).toContain('Ollama is not running');
		expect(chatColumn(answered)).toContain('queried Amazon Elastic');
		app!.press('tell me a joke');
		app!.press(keys.enter);
		await app!.waitFor("I can't answer that offline");
	});

	test('/model lists the pulled models and switches to the one picked', async () => {
		const fake = await server(startFakeOllama({models: ['qwen2.5:latest', 'llama3.2:latest'], replies: () => text('ok')}));
		const chosen: string[] = [];
		await openChat({...ollama(fake.url), onModelChosen: model => chosen.push(model)});
		app!.press('/model');
		app!.press(keys.enter);
		await app!.waitFor(frame => frame.includes('llama3.2:latest') && frame.includes('7.6B'));
		app!.press(keys.down);
		app!.press(keys.enter);
		await app!.waitFor('chat: ollama llama3.2:latest');
		expect(chosen).toEqual(['llama3.2:latest']);
	});

	test('a remote model gets nothing before the disclosure is confirmed, and is not asked again', async () => {
		const fake = await server(startFakeOpenAI({replies: () => text('Remote says hi.')}));
		const stateDir = await mkdtemp(join(tmpdir(), 'aws-cost-chat-'));
		cleanups.push(() => rm(stateDir, {recursive: true, force: true}));
		const disclosures = new DisclosureLog(stateDir);
		await openChat({provider: 'openai', model: 'gpt-test', endpoint: fake.url, env: {AWS_COST_OPENAI_API_KEY: 'sk-test'}, disclosures});
		await app!.waitFor('chat: remote gpt-test');
		app!.press('hello');
		app!.press(keys.enter);
		await app!.waitFor('y sends it');
		expect(chatColumn(app!.lastFrame())).toContain('Questions will be sent to the model');
		// Typing other keys while the disclosure waits sends nothing either.
		app!.press('x', keys.enter);
		expect(fake.requests).toHaveLength(0);
		expect(fake.headers).toHaveLength(0);
		app!.press('y');
		await app!.waitFor('Remote says hi.');
		expect(fake.requests).toHaveLength(1);
		expect(await disclosures.isAcknowledged(fake.url)).toBe(true);
		app!.press('again');
		app!.press(keys.enter);
		await app!.waitFor(() => fake.requests.length === 2);
	});
});

test('Ollama is asked for its models only once the chat has focus, not at start-up', async () => {
	const asked: string[] = [];
	const ollamaServer = createServer((request, response) => {
		asked.push(request.url ?? '');
		response.end(JSON.stringify({models: []}));
	});
	const url = await listen(ollamaServer);
	cleanups.push(() => closeServer(ollamaServer));
	const engine = fixedEngine();
	app = renderWithProviders(
		<App engineFor={async () => engine} initialScope={{source: 'demo'}} today={TODAY} settings={DEFAULT_SETTINGS} exportDirectory={tmpdir()} chat={ollama(url)} />,
		{columns: 130, rows: 40},
	);
	await app.waitFor('Up to date');
	app.press('j', 'k');
	await new Promise(resolve => setTimeout(resolve, 200));
	expect(asked).toEqual([]);
	expect(app.lastFrame()).toContain('chat: ollama qwen2.5');
	app.press('i');
	// No model pulled: the status says so as soon as the chat is focused.
	await app.waitFor('chat: offline parser (ollama pull qwen2.5)');
	expect(asked).toEqual(['/api/tags']);
	app.press(keys.escape, 'i');
	await app.waitFor('Enter sends');
	expect(asked).toEqual(['/api/tags']);
});
