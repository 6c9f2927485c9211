import type {IsoDate} from '../dates.js';
import type {CostQuery} from '../query.js';
import type {CostRow} from '../rows.js';
import type {Identity} from '../sources/source.js';

export interface CacheAnswer {
	readonly rows: readonly CostRow[];
	/** True when computed from a cached superset (coarser grain, sub-range, fewer groups). */
	readonly derived: boolean;
}

export interface CacheStats {
	readonly entries: number;
	readonly bytes: number;
	readonly hits: number;
	readonly misses: number;
	/** Billable requests the hits did not have to make. */
	readonly requestsSaved: number;
	readonly path: string;
}

/** The last answer stored for a query, however old: what may stand in, labelled stale, when the source is down. */
export interface LastAnswer {
	readonly rows: readonly CostRow[];
	/** Epoch ms when it was fetched. */
	readonly storedAt: number;
}

/**
 * Answers queries from earlier answers. Keyed by identity + canonical query,
 * so one account's data never answers for another.
 */
export interface CostCache {
	lookup(identity: Identity, query: CostQuery, today: IsoDate): Promise<CacheAnswer | undefined>;
	/** `billableRequests` is what fetching these rows cost: a later hit saves that many. */
	store(identity: Identity, query: CostQuery, rows: readonly CostRow[], billableRequests: number, today: IsoDate): Promise<void>;
	/** The last answer stored for exactly this query as this identity, expired or not. */
	lastAnswer?(identity: Identity, query: CostQuery): Promise<LastAnswer | undefined>;
	stats(): Promise<CacheStats>;
	clear(): Promise<void>;
	close(): Promise<void>;
}
