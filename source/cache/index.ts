import {mkdir} from 'node:fs/promises';
import {dirname} from 'node:path';
import {openKeyvStorage} from './cache-storage.js';
import type {CostCache} from './cost-cache.js';
import {KeyvCostCache} from './keyv-cost-cache.js';

export type {CacheAnswer, CacheStats, CostCache} from './cost-cache.js';

export interface CostCacheOptions {
	/** The SQLite file; its directory is created. See `defaultCachePath`. */
	readonly path: string;
	/** Epoch ms; injected by tests to move past expiry. */
	readonly now?: () => number;
}

/** Opens (creating if needed) the cost cache in a SQLite file. Close it when done. */
export async function openCostCache(options: CostCacheOptions): Promise<CostCache> {
	await mkdir(dirname(options.path), {recursive: true});
	const storage = await openKeyvStorage(options.path);
	return new KeyvCostCache(storage, options.path, options.now ?? Date.now);
}
