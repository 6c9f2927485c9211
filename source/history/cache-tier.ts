import type {QueryResult} from '../engine.js';

/** The one place the history reads which cache tier answered a query (l1 memory, l2 the file, l3 Redis); null when none did. */
export function cacheTierOf(result: QueryResult): string | null {
	return result.stats.cacheTier ?? null;
}
