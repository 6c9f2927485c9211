import {CacheFile} from './cache-file.js';
import type {CostCache} from './cost-cache.js';
import {KeyvCostCache} from './keyv-cost-cache.js';
import {RecoveringStorage} from './recovering-storage.js';

export {CacheUnavailableError} from './cache-file.js';
export type {CacheAnswer, CacheStats, CostCache} from './cost-cache.js';

export interface CostCacheOptions {
	/** The SQLite file; its directory is created. See `defaultCachePath`. */
	readonly path: string;
	/** Epoch ms; injected by tests to move past expiry. */
	readonly now?: () => number;
	/** Told, in one line, when a damaged cache file was moved aside for a new one. */
	readonly onWarning?: (message: string) => void;
}

/**
 * Opens (creating if needed) the cost cache in a SQLite file, private to its
 * owner. A damaged file, found now or later, is moved aside for a new one;
 * a file that cannot be used at all (read-only, a file where its directory
 * should be) throws CacheUnavailableError, with a one-line message.
 * Close it when done.
 */
export async function openCostCache(options: CostCacheOptions): Promise<CostCache> {
	const now = options.now ?? Date.now;
	const warn = options.onWarning ?? (() => undefined);
	const file = new CacheFile(options.path, now);
	const storage = await file.open(warn);
	return new KeyvCostCache(new RecoveringStorage(storage, file, warn), options.path, now);
}
