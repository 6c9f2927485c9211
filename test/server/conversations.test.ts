import {describe, expect, it} from 'vitest';
import {Conversations} from '../../source/server/conversations.js';

describe('Conversations', () => {
	const clock = () => {
		let now = 0;
		return {now: () => now, advance: (ms: number) => (now += ms)};
	};

	it('keeps at most `max`, forgetting the least recently used', () => {
		const conversations = new Conversations<string>({max: 2, idleMs: 60_000});
		const a = conversations.add('a');
		const b = conversations.add('b');
		expect(conversations.get(a)).toBe('a');
		const c = conversations.add('c');
		expect(conversations.get(b)).toBeUndefined();
		expect(conversations.get(a)).toBe('a');
		expect(conversations.get(c)).toBe('c');
		expect(conversations.size).toBe(2);
	});

	it('forgets a conversation idle for longer than `idleMs`, counted from its last use', () => {
		const time = clock();
		const conversations = new Conversations<string>({max: 10, idleMs: 1000, now: time.now});
		const a = conversations.add('a');
		const b = conversations.add('b');
		time.advance(600);
		expect(conversations.get(a)).toBe('a');
		time.advance(600);
		expect(conversations.get(b)).toBeUndefined();
		expect(conversations.get(a)).toBe('a');
		time.advance(1001);
		expect(conversations.size).toBe(0);
	});

	it('hands out a fresh random id for each', () => {
		const conversations = new Conversations<number>({max: 10, idleMs: 1000});
		const ids = new Set(Array.from({length: 5}, (_, index) => conversations.add(index)));
		expect(ids.size).toBe(5);
		for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});
});
