import {describe, expect, it} from 'vitest';
import {createRateLimiter} from '../../../source/sources/cost-explorer/rate-limiter.js';

/** A clock that moves only when told, or (`sleepAdvances`) when someone sleeps on it. */
function fakeClock(sleepAdvances = false) {
	let now = 0;
	const sleeps: number[] = [];
	return {
		now: () => now,
		advance: (ms: number) => {
			now += ms;
		},
		sleeps,
		sleep: async (ms: number, signal?: AbortSignal) => {
			signal?.throwIfAborted();
			sleeps.push(ms);
			if (sleepAdvances) now += ms;
		},
	};
}

describe('createRateLimiter', () => {
	it('lets a burst through, then paces the rest at the rate, in arrival order', async () => {
		const clock = fakeClock();
		const limiter = createRateLimiter({ratePerSecond: 5, burst: 5, now: clock.now, sleep: clock.sleep});
		await Promise.all(Array.from({length: 8}, () => limiter.acquire()));
		expect(clock.sleeps).toEqual([200, 400, 600]);
	});

	it('refills with time, never beyond the burst', async () => {
		const clock = fakeClock();
		const limiter = createRateLimiter({ratePerSecond: 5, burst: 2, now: clock.now, sleep: clock.sleep});
		await limiter.acquire();
		await limiter.acquire();
		clock.advance(10_000);
		await limiter.acquire();
		await limiter.acquire();
		expect(clock.sleeps).toEqual([]);
		await limiter.acquire();
		expect(clock.sleeps).toEqual([200]);
	});

	it('paces a steady stream at the rate', async () => {
		const clock = fakeClock(true);
		const limiter = createRateLimiter({ratePerSecond: 10, burst: 1, now: clock.now, sleep: clock.sleep});
		for (let index = 0; index < 5; index++) {
			await limiter.acquire();
			clock.advance(50);
		}
		// Each asks 50 ms after the last went and waits out the rest of its 100 ms slot.
		expect(clock.sleeps).toEqual([50, 50, 50, 50]);
		expect(clock.now()).toBe(450);
	});

	it('rejects at once when aborted and gives the reserved token back', async () => {
		const clock = fakeClock();
		const limiter = createRateLimiter({ratePerSecond: 1, burst: 1, now: clock.now, sleep: clock.sleep});
		await limiter.acquire();
		const controller = new AbortController();
		controller.abort();
		await expect(limiter.acquire(controller.signal)).rejects.toMatchObject({name: 'AbortError'});
		await limiter.acquire();
		expect(clock.sleeps).toEqual([1_000]);
	});

	it('refuses a rate or burst that could never let a request through', () => {
		expect(() => createRateLimiter({ratePerSecond: 0, burst: 5})).toThrow(RangeError);
		expect(() => createRateLimiter({ratePerSecond: 5, burst: 0})).toThrow(RangeError);
	});
});
