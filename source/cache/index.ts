import {CacheFile} from './cache-file.js';
import type {CostCache} from './cost-cache.js';
import {MEMORY_TIER_LIMITS, MemoryTier, type MemoryTierLimits} from './memory-tier.js';
import {RecoveringStorage} from './recovering-storage.js';
import type {SharedFlightTimings} from './shared-flight.js';
import {TieredCostCache} from './tiered-cost-cache.js';

export {CacheUnavailableError} from './cache-file.js';
export type {CacheAnswer, CacheDependency, CacheStats, CacheTierName, CostCache, FetchClaim, TierStats} from './cost-cache.js';

export interface SharedTierOptions {
	/** `redis://…` (AWS_COST_CACHE_URL, --cache-url). */
	readonly url: string;
	/** Every Redis command gives up after this long, ms. */
	readonly commandTimeoutMs?: number;
	/** How long opening waits for Redis before going on without it (and reconnecting in the background), ms. */
	readonly connectWaitMs?: number;
	readonly flightTimings?: SharedFlightTimings;
}

export interface CostCacheOptions {
	/** The SQLite file; its directory is created. See `defaultCachePath`. */
	readonly path: string;
	/** Epoch ms; injected by tests to move past expiry. */
	readonly now?: () => number;
	/** Told, in one line, when a damaged cache file was moved aside for a new one, or the shared Redis cannot be used. */
	readonly onWarning?: (message: string) => void;
	/** Told what is worth a log line but not a warning (the shared Redis is back). */
	readonly onLog?: (line: string) => void;
	/** L3: a Redis shared by processes and people. */
	readonly shared?: SharedTierOptions;
	/** L1's bounds. */
	readonly memory?: MemoryTierLimits;
}

/**
 * Opens (creating if needed) the cost cache: L1 in memory, L2 a SQLite file
 * private to its owner, L3 a shared Redis when `shared` is given. A damaged
 * file, found now or later, is moved aside for a new one; a file that cannot
 * be used at all (read-only, a file where its directory should be) throws
 * CacheUnavailableError, with a one-line message. A Redis that does not
 * answer is one warning, and the cache goes on with L1 and L2 until it does.
 * Close it when done.
 */
export async function openCostCache(options: CostCacheOptions): Promise<CostCache> {
	const now = options.now ?? Date.now;
	const warn = options.onWarning ?? (() => undefined);
	const file = new CacheFile(options.path, now);
	const storage = await file.open(warn);
	let shared;
	if (options.shared !== undefined) {
		const [{RedisStorage}, {redisUrlProblem}] = await Promise.all([import('./redis-storage.js'), import('./redis-url.js')]);
		const {url, commandTimeoutMs, connectWaitMs} = options.shared;
		const problem = redisUrlProblem(url);
		if (problem !== undefined) warn(`The shared cache URL cannot be used (${problem}): going on with the memory and file caches.`);
		else shared = await RedisStorage.open({
			url,
			warn,
			...(options.onLog === undefined ? {} : {log: options.onLog}),
			...(commandTimeoutMs === undefined ? {} : {commandTimeoutMs}),
			...(connectWaitMs === undefined ? {} : {connectWaitMs}),
		});
	}
	return new TieredCostCache({
		file: new RecoveringStorage(storage, file, warn),
		path: options.path,
		now,
		memory: new MemoryTier(options.memory ?? MEMORY_TIER_LIMITS),
		...(shared === undefined ? {} : {shared}),
		...(options.shared?.flightTimings === undefined ? {} : {flightTimings: options.shared.flightTimings}),
	});
}
