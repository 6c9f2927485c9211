import type {QueryResult} from '../engine.js';

/**
 * The one place the history reads which cache tier answered a query
 * (memory, sqlite, redis). The engine reports tiers in `stats.cacheTier` once
 * the cache has tiers; until then it is null (a hit is still recorded).
 */
export function cacheTierOf(result: QueryResult): string | null {
	const tier = (result.stats as {readonly cacheTier?: unknown}).cacheTier;
	return typeof tier === 'string' && tier !== '' ? tier : null;
}
