import {describe, expect, it} from 'vitest';
import {msUntilNextDay, resolveClock} from '../source/clock.js';
import type {IsoDate} from '../source/dates.js';
import {Session} from '../source/session.js';
import {fakeClock} from './fixtures/fake-clock.js';

describe('resolveClock', () => {
	it('follows the system clock unless --today or AWS_COST_TODAY pins it', () => {
		let now = new Date('2026-11-25T23:59:00Z');
		const moving = resolveClock(undefined, {}, () => now);
		expect(moving.pinned).toBe(false);
		expect(moving.today()).toBe('2026-11-25');
		expect(moving.untilNextDay()).toBe(60_000);
		now = new Date('2026-11-26T00:00:01Z');
		expect(moving.today()).toBe('2026-11-26');

		for (const pinned of [resolveClock('2026-03-01', {}, () => now), resolveClock(undefined, {AWS_COST_TODAY: '2026-03-01'}, () => now)]) {
			expect(pinned.pinned).toBe(true);
			expect(pinned.today()).toBe('2026-03-01');
			expect(pinned.untilNextDay()).toBeUndefined();
		}
		expect(() => resolveClock('', {}, () => now)).toThrow('--today is empty');
	});

	it('counts the milliseconds to the next UTC midnight', () => {
		expect(msUntilNextDay(new Date('2026-12-31T12:00:00Z'))).toBe(12 * 3600 * 1000);
		expect(msUntilNextDay(new Date('2028-02-28T23:59:59.999Z'))).toBe(1);
	});
});

describe('a session on a clock', () => {
	const demo = {source: 'demo'} as const;

	it('opens engines for the new day once the clock has moved, and keeps one per day', async () => {
		const clock = fakeClock('2026-11-25' as IsoDate);
		const session = new Session({clock, cacheMode: 'off'});
		const first = await session.engineFor(demo);
		expect(first.today).toBe('2026-11-25');
		expect(await session.engineFor(demo)).toBe(first);
		clock.moveTo('2026-11-26' as IsoDate);
		expect(session.today).toBe('2026-11-26');
		const next = await session.engineFor(demo);
		expect(next).not.toBe(first);
		expect(next.today).toBe('2026-11-26');
		expect((await next.identity()).dataset).toContain('today=2026-11-26');
		await session.close();
	});

	it('stays on a pinned day', async () => {
		const session = new Session({today: '2026-11-25' as IsoDate, cacheMode: 'off'});
		const first = await session.engineFor(demo);
		expect(await session.engineFor(demo)).toBe(first);
		expect(session.today).toBe('2026-11-25');
		await session.close();
	});
});
