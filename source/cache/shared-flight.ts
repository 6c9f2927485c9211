import {randomUUID} from 'node:crypto';
import {setTimeout as sleep} from 'node:timers/promises';
import type {CacheAnswer} from './cost-cache.js';
import type {RedisStorage} from './redis-storage.js';

/**
 * What a process missing an answer may do about it, when processes share a Redis:
 * - `lead`: fetch it; store it, then `release()` (also after a failure);
 * - `answered`: another process fetched it while this one waited;
 * - `alone`: fetch it without telling anyone (no shared tier, Redis down, waited too long).
 */
export type FetchClaim =
	| {readonly kind: 'lead'; release(): Promise<void>}
	| {readonly kind: 'answered'; readonly answer: CacheAnswer}
	| {readonly kind: 'alone'};

export interface SharedFlightTimings {
	/** The lock lives this long unless its holder renews it (every third of it): a holder that dies frees it after at most this, ms. */
	readonly lockTtlMs: number;
	/** A waiter looks for the answer after this long, then twice as long each time up to `maxPollMs`. */
	readonly firstPollMs: number;
	readonly maxPollMs: number;
	/** A waiter gives up and fetches itself after this long, however alive the holder seems, ms. */
	readonly maxWaitMs: number;
}

export const SHARED_FLIGHT_TIMINGS: SharedFlightTimings = {lockTtlMs: 10_000, firstPollMs: 20, maxPollMs: 250, maxWaitMs: 120_000};

/** Deletes the lock only if it still holds our token: a lock that expired and was taken by another is not ours to free. */
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";
const RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";

/**
 * Single flight across processes: of the processes missing the same answer at
 * once, the one that sets the lock (SET NX PX, with a token) fetches it; the
 * others poll the cache, with backoff, until it lands, and take the lock
 * themselves when it is freed without an answer (the holder failed or died).
 */
export class SharedFlight {
	constructor(
		private readonly redis: RedisStorage,
		private readonly timings: SharedFlightTimings = SHARED_FLIGHT_TIMINGS,
	) {}

	/** `readAnswer` looks in the cache (every tier) for the answer; it must not throw. */
	async claim(lockKey: string, readAnswer: () => Promise<CacheAnswer | undefined>, signal?: AbortSignal): Promise<FetchClaim> {
		if (!this.redis.available) return {kind: 'alone'};
		const {lockTtlMs, firstPollMs, maxPollMs, maxWaitMs} = this.timings;
		const giveUpAt = Date.now() + maxWaitMs;
		let pollMs = firstPollMs;
		for (;;) {
			const token = randomUUID();
			let won: boolean;
			try {
				won = await this.redis.setIfAbsent(lockKey, token, lockTtlMs);
			} catch {
				return {kind: 'alone'};
			}
			if (won) {
				// The holder before us may have stored the answer and let go just now.
				const answer = await readAnswer();
				if (answer !== undefined) {
					await this.release(lockKey, token);
					return {kind: 'answered', answer};
				}
				return this.lead(lockKey, token);
			}
			if (Date.now() >= giveUpAt) return {kind: 'alone'};
			await sleep(pollMs, undefined, signal === undefined ? {} : {signal});
			pollMs = Math.min(pollMs * 2, maxPollMs);
			const answer = await readAnswer();
			if (answer !== undefined) return {kind: 'answered', answer};
		}
	}

	private lead(lockKey: string, token: string): FetchClaim {
		const {lockTtlMs} = this.timings;
		const renewal = setInterval(() => {
			this.redis.script<number>(RENEW, lockKey, token, String(lockTtlMs)).then(
				renewed => {
					if (renewed !== 1) clearInterval(renewal);
				},
				() => undefined,
			);
		}, Math.max(1, Math.floor(lockTtlMs / 3)));
		renewal.unref();
		let released: Promise<void> | undefined;
		return {
			kind: 'lead',
			release: async () => {
				clearInterval(renewal);
				released ??= this.release(lockKey, token);
				await released;
			},
		};
	}

	/** Best effort: a lock that cannot be freed now expires by itself. */
	private async release(lockKey: string, token: string): Promise<void> {
		await this.redis.script(RELEASE, lockKey, token).catch(() => undefined);
	}
}
