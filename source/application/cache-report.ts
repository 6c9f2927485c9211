import type {CostCache, CacheStats} from '../cache/cost-cache.js';

/** What `aws-cost cache stats --format json` prints when the cache file cannot be used. */
export interface CacheNotInUse {
	readonly path: string;
	readonly inUse: false;
	readonly problem: string;
}

export type CacheReport = CacheStats | CacheNotInUse;

export const cacheNotInUse = (report: CacheReport): report is CacheNotInUse => 'inUse' in report;

/**
 * Opens the cache file for a look or a clear. A damaged file is moved aside
 * and replaced (one warning), so that still opens; a file that cannot be used
 * at all is `{problem}`, never a throw.
 */
export async function openCacheFile(path: string, onWarning: (message: string) => void, sharedUrl?: string): Promise<{readonly cache: CostCache} | {readonly problem: string}> {
	const {CacheUnavailableError, openCostCache} = await import('../cache/index.js');
	try {
		return {cache: await openCostCache({path, onWarning, ...(sharedUrl === undefined || sharedUrl === '' ? {} : {shared: {url: sharedUrl}})})};
	} catch (error) {
		if (!(error instanceof CacheUnavailableError)) throw error;
		return {problem: error.message};
	}
}

/** `aws-cost cache stats --format json` and `GET /api/v1/cache`: what the cache at `path` (and the shared Redis at `sharedUrl`) holds and saved. */
export async function cacheReport(path: string, onWarning: (message: string) => void, sharedUrl?: string): Promise<CacheReport> {
	const opened = await openCacheFile(path, onWarning, sharedUrl);
	if ('problem' in opened) return {path, inUse: false, problem: opened.problem};
	try {
		return await opened.cache.stats();
	} finally {
		await opened.cache.close();
	}
}
