import {afterAll, describe, expect, it} from 'vitest';
import type {AssistantEvent} from '../../source/assistant/assistant-events.js';
import {silentLogger} from '../../source/log.js';
import {ServerChat} from '../../source/server/server-chat.js';
import {Session} from '../../source/session.js';

const session = new Session({today: '2026-11-25' as never, cacheMode: 'off', env: {}, logger: silentLogger, timeoutMs: 5000, warn: () => undefined});
afterAll(() => session.close());
const scope = {source: 'demo'} as const;
const signal = new AbortController().signal;

async function drain(events: AsyncIterable<AssistantEvent>): Promise<AssistantEvent[]> {
	const all: AssistantEvent[] = [];
	for await (const event of events) all.push(event);
	return all;
}

describe('ServerChat', () => {
	it('answers one question at a time per conversation (409), and frees it when the answer ends', async () => {
		const chat = new ServerChat({provider: undefined});
		const engine = await session.engineFor(scope);
		const first = chat.ask({question: 'How much did I spend on S3 last month?', signal}, engine, scope);
		expect(() => chat.ask({question: 'and the month before?', conversationId: first.conversationId, signal}, engine, scope)).toThrow(
			expect.objectContaining({statusCode: 409}),
		);
		await drain(first.events);
		const second = chat.ask({question: 'and the month before?', conversationId: first.conversationId, signal}, engine, scope);
		expect((await drain(second.events)).at(-1)).toMatchObject({type: 'done', turn: {outcome: 'offline'}});
	});

	it('frees a conversation whose answer was never read', async () => {
		const chat = new ServerChat({provider: undefined});
		const engine = await session.engineFor(scope);
		const unread = chat.ask({question: 'hi', signal}, engine, scope);
		unread.release();
		expect(() => chat.ask({question: 'hi', conversationId: unread.conversationId, signal}, engine, scope)).not.toThrow();
	});

	it('forgets the least recently used conversation past its limit (404)', async () => {
		const chat = new ServerChat({provider: undefined, limits: {max: 1, idleMs: 60_000}});
		const engine = await session.engineFor(scope);
		const first = chat.ask({question: 'How much did I spend on S3 last month?', signal}, engine, scope);
		await drain(first.events);
		await drain(chat.ask({question: 'How much did I spend on S3 last month?', signal}, engine, scope).events);
		expect(() => chat.ask({question: 'and then?', conversationId: first.conversationId, signal}, engine, scope)).toThrow(expect.objectContaining({statusCode: 404}));
	});
});
