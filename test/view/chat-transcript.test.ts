import {describe, expect, test} from 'vitest';
import type {AssistantEvent} from '../../source/assistant/assistant-events.js';
import type {IsoDate} from '../../source/dates.js';
import type {QueryResult} from '../../source/engine.js';
import {answererLabel, shortReason} from '../../source/view/chat-answerer.js';
import {EMPTY_TRANSCRIPT, type Transcript, appendEntry, applyAssistantEvent, endAnswer, startOver} from '../../source/view/chat-transcript.js';

const asked = appendEntry(EMPTY_TRANSCRIPT, {kind: 'question', text: 'What did EC2 cost?'});
const play = (events: readonly AssistantEvent[], from: Transcript = asked): Transcript => events.reduce(applyAssistantEvent, from);
const shape = (transcript: Transcript) =>
	transcript.entries.map(entry =>
		entry.kind === 'answer' ? `answer(${entry.ending}): ${entry.text}` : entry.kind === 'tool' ? `tool(${entry.state}): ${entry.summary}` : `${entry.kind}: ${entry.text}`,
	);
const result = {
	query: {
		period: {start: '2026-02-01' as IsoDate, end: '2026-03-01' as IsoDate},
		granularity: 'MONTHLY',
		metric: 'UnblendedCost',
		groupBy: [{type: 'DIMENSION', key: 'SERVICE'}],
		scope: {source: 'demo'},
	},
	stats: {billableRequests: 1, cacheHits: 0, pages: 1},
} as unknown as QueryResult;

describe('applyAssistantEvent', () => {
	test('text deltas grow one answer; done ends it', () => {
		const transcript = play([
			{type: 'answering', provider: 'ollama', model: 'qwen2.5'},
			{type: 'text', text: 'EC2 cost '},
			{type: 'text', text: '**$12**.'},
		]);
		expect(shape(transcript)).toEqual(['question: What did EC2 cost?', 'answer(streaming): EC2 cost **$12**.']);
		expect(shape(play([{type: 'done', turn: {} as never}], transcript)).at(-1)).toBe('answer(done): EC2 cost **$12**.');
	});

	test('a tool call is a line that takes its summary, and text after it is a new block', () => {
		const transcript = play([
			{type: 'text', text: 'Let me look.'},
			{type: 'tool-started', callId: 'call_1', name: 'query_costs', arguments: {}},
			{type: 'query-result', result},
			{type: 'tool-finished', callId: 'call_1', name: 'query_costs', ok: true, summary: 'queried EC2 by REGION, 2026-02, 1 request'},
			{type: 'text', text: '\n'},
			{type: 'text', text: 'It was $12.'},
		]);
		expect(shape(transcript)).toEqual([
			'question: What did EC2 cost?',
			'answer(done): Let me look.',
			'tool(ok): queried EC2 by REGION, 2026-02, 1 request',
			'answer(streaming): It was $12.',
		]);
	});

	test('a failed tool call says so', () => {
		const transcript = play([
			{type: 'tool-started', callId: 'call_1', name: 'query_costs', arguments: {}},
			{type: 'tool-finished', callId: 'call_1', name: 'query_costs', ok: false, summary: 'query_costs: unknown service'},
		]);
		expect(shape(transcript).at(-1)).toBe('tool(failed): query_costs: unknown service');
	});

	test('the offline parser: why it took over, the query it ran as a line, then its answer', () => {
		const transcript = play([
			{type: 'answering', provider: 'offline', model: undefined, reason: 'Ollama is not running at http://127.0.0.1:9: start it.'},
			{type: 'query-result', result},
			{type: 'text', text: 'Amazon EC2 cost $12.00.'},
			{type: 'done', turn: {} as never},
		]);
		expect(shape(transcript)).toEqual([
			'question: What did EC2 cost?',
			'notice: Ollama is not running at http://127.0.0.1:9: start it. Answering with the offline parser.',
			'tool(ok): queried all costs by SERVICE, 2026-02, 1 request',
			'answer(done): Amazon EC2 cost $12.00.',
		]);
	});

	test('why the offline parser took over is said once a session, not on every question', () => {
		const notRunning = 'Ollama is not running at http://127.0.0.1:11434: start it with `ollama serve`, or use --offline.';
		const turn = (question: string, reason: string): AssistantEvent[] => [
			{type: 'answering', provider: 'offline', model: undefined, reason},
			{type: 'text', text: `answer to ${question}`},
			{type: 'done', turn: {} as never},
		];
		const ask = (from: Transcript, question: string, reason = notRunning): Transcript =>
			play(turn(question, reason), appendEntry(from, {kind: 'question', text: question}));
		const twice = ask(ask(EMPTY_TRANSCRIPT, 'one'), 'two');
		expect(shape(twice).filter(line => line.startsWith('notice:'))).toEqual([`notice: ${notRunning} Answering with the offline parser.`]);
		// A new conversation does not say it again either; another reason is said.
		const after = ask(startOver(twice), 'three');
		expect(shape(after)).toEqual(['question: three', 'answer(done): answer to three']);
		const other = ask(after, 'four', 'Model qwen2.5 is not pulled: run `ollama pull qwen2.5`.');
		expect(shape(other).at(-2)).toBe('notice: Model qwen2.5 is not pulled: run `ollama pull qwen2.5`. Answering with the offline parser.');
	});

	test('a cut-off answer keeps its text and the notice follows', () => {
		const transcript = play([
			{type: 'text', text: 'EC2 was'},
			{type: 'text', text: '\n[answer cut off]'},
			{type: 'notice', message: 'The answer from Ollama was cut off (the connection closed early): ask again.'},
			{type: 'done', turn: {} as never},
		]);
		expect(shape(transcript).slice(1)).toEqual([
			'answer(done): EC2 was\n[answer cut off]',
			'notice: The answer from Ollama was cut off (the connection closed early): ask again.',
		]);
	});

	test('an error with nothing said is one line; a turn with no text says so', () => {
		expect(shape(play([{type: 'error', message: 'No model is configured.'}])).at(-1)).toBe('notice: No model is configured.');
		expect(shape(play([{type: 'done', turn: {} as never}])).at(-1)).toBe('notice: The model gave no answer: try asking another way.');
	});

	test('cancelling marks the streaming answer', () => {
		expect(shape(endAnswer(play([{type: 'text', text: 'EC2'}]), 'cancelled')).at(-1)).toBe('answer(cancelled): EC2');
	});
});

describe('answerer label', () => {
	test.each([
		[{kind: 'model', provider: 'ollama', model: 'qwen2.5'}, 'chat: ollama qwen2.5'],
		[{kind: 'model', provider: 'openai', model: 'gpt-4o-mini'}, 'chat: remote gpt-4o-mini'],
		[{kind: 'offline'}, 'chat: offline parser'],
		[{kind: 'offline', reason: 'Ollama is not running at http://127.0.0.1:11434: start it with `ollama serve`, or use --offline.'}, 'chat: offline parser (Ollama not running)'],
		[{kind: 'offline', reason: 'Model llama3 is not pulled: run `ollama pull llama3`.'}, 'chat: offline parser (ollama pull llama3)'],
	] as const)('%j', (status, label) => {
		expect(answererLabel(status)).toBe(label);
	});

	test.each([
		['http://x rejected the API key (401): check AWS_COST_OPENAI_API_KEY or OPENAI_API_KEY.', 'API key rejected'],
		['http://x is rate-limiting requests (429): wait a minute', 'rate-limited'],
		['http://x failed (503): try again later, or use --offline.', 'remote failing'],
		['something new', 'model unavailable'],
	])('%s', (message, reason) => {
		expect(shortReason(message)).toBe(reason);
	});
});
