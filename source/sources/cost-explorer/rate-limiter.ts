import {setTimeout as delay} from 'node:timers/promises';

/** Paces requests; one instance is shared by every source that talks to the same API. */
export interface RateLimiter {
	/** Resolves when a request may go; rejects with the signal's reason if aborted while waiting. */
	acquire(signal?: AbortSignal): Promise<void>;
}

export interface RateLimiterOptions {
	readonly ratePerSecond: number;
	/** Requests allowed back to back before pacing starts. */
	readonly burst: number;
	/** Milliseconds; injectable for tests. */
	readonly now?: () => number;
	readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Cost Explorer's documented ceiling is about 5 requests per second per account. */
export const DEFAULT_RATE_LIMIT = {ratePerSecond: 5, burst: 5} as const;

/** Sleeps `ms`, rejecting with an AbortError as soon as `signal` aborts. */
export const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
	delay(ms, undefined, signal === undefined ? {} : {signal});

/**
 * A token bucket. Each caller reserves its token at once (the balance may go
 * negative) and sleeps until the bucket would have refilled to it, so waiters
 * go in arrival order without a queue.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
	const {ratePerSecond, burst} = options;
	if (!(ratePerSecond > 0) || !(burst >= 1)) {
		throw new RangeError(`A rate limiter needs ratePerSecond > 0 and burst >= 1, got ${ratePerSecond} and ${burst}.`);
	}
	const now = options.now ?? (() => performance.now());
	const sleep = options.sleep ?? abortableSleep;
	let tokens = burst;
	let refilledAt = now();

	return {
		async acquire(signal) {
			signal?.throwIfAborted();
			const current = now();
			tokens = Math.min(burst, tokens + ((current - refilledAt) / 1000) * ratePerSecond);
			refilledAt = current;
			tokens -= 1;
			if (tokens >= 0) return;
			const waitMs = Math.ceil((-tokens / ratePerSecond) * 1000);
			try {
				await sleep(waitMs, signal);
			} catch (error) {
				tokens += 1;
				throw error;
			}
		},
	};
}
