import type {IsoDate} from '../dates.js';
import type {CostQuery} from '../query.js';
import type {CostRow} from '../rows.js';
import type {Identity} from '../sources/source.js';
import type {CacheTierName, TierStats} from './cache-tier.js';
import type {FetchClaim} from './shared-flight.js';

export type {CacheTierName, TierStats} from './cache-tier.js';
export type {FetchClaim} from './shared-flight.js';

export interface CacheAnswer {
	readonly rows: readonly CostRow[];
	/** True when computed from a cached superset (coarser grain, sub-range, fewer groups). */
	readonly derived: boolean;
	/** The tier that held the answer (or the rows it was derived from). */
	readonly tier: CacheTierName;
}

export interface CacheStats {
	readonly entries: number;
	readonly bytes: number;
	readonly hits: number;
	readonly misses: number;
	/** Billable requests the hits did not have to make. */
	readonly requestsSaved: number;
	readonly path: string;
	/** The same by tier: L1 memory (this process), L2 the file, L3 the shared Redis when configured. */
	readonly tiers: readonly TierStats[];
}

/** A server the cache depends on (the shared Redis), for readiness checks. */
export interface CacheDependency {
	readonly name: string;
	/** The Redis URL without credentials. */
	readonly where: string;
	readonly ok: boolean;
	/** Why it is not ok. */
	readonly problem?: string;
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
	/**
	 * Called after a miss, before fetching: with a shared tier, makes the
	 * processes missing the same answer fetch it once (see FetchClaim).
	 * Absent or `alone` without one.
	 */
	claimFetch?(identity: Identity, query: CostQuery, today: IsoDate, signal?: AbortSignal): Promise<FetchClaim>;
	/** The servers this cache uses besides its file, and whether each answers now. */
	dependencies?(): readonly CacheDependency[];
	stats(): Promise<CacheStats>;
	clear(): Promise<void>;
	close(): Promise<void>;
}
