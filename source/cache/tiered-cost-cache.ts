import {performance} from 'node:perf_hooks';
import {canonicalKey, canonicalQuery} from '../canonical.js';
import type {IsoDate} from '../dates.js';
import type {CostQuery} from '../query.js';
import type {CostRow} from '../rows.js';
import type {Identity} from '../sources/source.js';
import {type CacheCounters, type CounterChange, NO_COUNTS, addCounters, lookupChange, openCounters, sealCounters} from './cache-counters.js';
import {type CacheEntry, openEntry, sealEntry} from './cache-entry.js';
import {type CacheIndex, candidatesFor, openIndex, sealIndex, withItem} from './cache-index.js';
import {STATS_KEY, entryIdentityText, entryKey, familyIdentityText, indexKey, lastAnswerKey, lockKey} from './cache-keys.js';
import type {CacheStorage} from './cache-storage.js';
import type {CacheTierName} from './cache-tier.js';
import type {CacheAnswer, CacheDependency, CacheStats, CostCache, FetchClaim, LastAnswer} from './cost-cache.js';
import {deriveRows} from './derive.js';
import {MemoryTier} from './memory-tier.js';
import type {RedisStorage} from './redis-storage.js';
import {SharedFlight, type SharedFlightTimings} from './shared-flight.js';
import {tierStats} from './tier-stats.js';
import {LONG_TTL_MS, ttlFor} from './ttl.js';

/** A tier that stores sealed text: L2 the file, L3 the shared Redis. */
export interface StoredTier {
	readonly name: Exclude<CacheTierName, 'l1'>;
	readonly storage: CacheStorage;
}

export interface TieredCacheParts {
	/** L2: the SQLite file (its path for stats). */
	readonly file: CacheStorage;
	readonly path: string;
	/** L3, when a Redis is shared. */
	readonly shared?: RedisStorage;
	readonly memory?: MemoryTier;
	readonly now: () => number;
	readonly flightTimings?: SharedFlightTimings;
}

interface Found {
	readonly entry: CacheEntry;
	readonly tier: CacheTierName;
}

/**
 * The cost cache in tiers: L1 decoded entries in this process's memory, L2
 * the SQLite file, L3 a Redis shared by a team. The same sealed values (same
 * keys, expiries and checksums) in L2 and L3; a hit in a lower tier fills
 * the ones above it; derivation looks at the indexes of every tier.
 *
 * Several processes may share L2 and L3. Entries are written whole before the
 * index that names them, and every entry is verified on read, so a crash or
 * a race can cost a miss but never serve wrong rows. Indexes and counters are
 * read-modify-write: two processes updating them at once can lose one update
 * (an index listing, a count), which is accepted for a cache.
 */
export class TieredCostCache implements CostCache {
	private readonly file: StoredTier;
	private readonly shared: RedisStorage | undefined;
	private readonly lower: readonly StoredTier[];
	private readonly memory: MemoryTier;
	private readonly path: string;
	private readonly now: () => number;
	private readonly flight: SharedFlight | undefined;
	/** Serializes this process's read-modify-writes of the counters and indexes, and the fills of L2. */
	private pendingWrites: Promise<unknown> = Promise.resolve();
	/** Counts not yet written; lookups arriving together share one read-modify-write of the counters. */
	private unwrittenCounts: CacheCounters | undefined;
	/** Copies of L3 hits being written to the file: stats() and close() wait for them. */
	private readonly fills = new Set<Promise<void>>();
	private closing: Promise<void> | undefined;

	constructor(parts: TieredCacheParts) {
		this.file = {name: 'l2', storage: parts.file};
		this.shared = parts.shared;
		this.lower = parts.shared === undefined ? [this.file] : [this.file, {name: 'l3', storage: parts.shared}];
		this.memory = parts.memory ?? new MemoryTier();
		this.path = parts.path;
		this.now = parts.now;
		this.flight = parts.shared === undefined ? undefined : new SharedFlight(parts.shared, parts.flightTimings);
	}

	private get tierNames(): CacheTierName[] {
		return ['l1', ...this.lower.map(tier => tier.name)];
	}

	async lookup(identity: Identity, query: CostQuery, _today: IsoDate): Promise<CacheAnswer | undefined> {
		const started = performance.now();
		const canonical = canonicalQuery(query);
		const now = this.now();
		const exact = await this.readEntry(identity, canonical, now);
		if (exact) {
			this.countHit(exact.tier, started, exact.entry.billableRequests);
			return {rows: exact.entry.rows, derived: false, tier: exact.tier};
		}
		const derived = await this.derive(identity, canonical, now);
		if (derived) {
			// A derived answer stands in for the one request its query would have cost at least.
			this.countHit(derived.tier, started, 1);
			return {rows: derived.rows, derived: true, tier: derived.tier};
		}
		this.countLater({misses: 1, tiers: lookupChange(this.tierNames, undefined, 0)});
		return undefined;
	}

	async claimFetch(identity: Identity, query: CostQuery, _today: IsoDate, signal?: AbortSignal): Promise<FetchClaim> {
		if (this.flight === undefined) return {kind: 'alone'};
		const canonical = canonicalQuery(query);
		const readAnswer = async (): Promise<CacheAnswer | undefined> => {
			const started = performance.now();
			const found = await this.readEntry(identity, canonical, this.now());
			if (found === undefined) return undefined;
			this.countHit(found.tier, started, found.entry.billableRequests);
			return {rows: found.entry.rows, derived: false, tier: found.tier};
		};
		return this.flight.claim(lockKey(identity, canonical), readAnswer, signal);
	}

	async store(identity: Identity, query: CostQuery, rows: readonly CostRow[], billableRequests: number, today: IsoDate): Promise<void> {
		const canonical = canonicalQuery(query);
		const now = this.now();
		const entry: CacheEntry = {answers: entryIdentityText(identity, canonical), rows, billableRequests, storedAt: now, expiresAt: now + ttlFor(canonical, today)};
		const sealed = sealEntry(entry);
		// The next lookup reads it back from the file, verified, like every other process.
		this.memory.delete(entryKey(identity, canonical));
		// Redis trouble is a lost write (already warned about); the file's failures reach the caller, as before tiers.
		const sharedWrite = this.shared === undefined ? undefined : this.storeIn({name: 'l3', storage: this.shared}, identity, canonical, entry, sealed).catch(() => undefined);
		await Promise.all([this.storeIn(this.file, identity, canonical, entry, sealed), sharedWrite]);
	}

	async lastAnswer(identity: Identity, query: CostQuery): Promise<LastAnswer | undefined> {
		const canonical = canonicalQuery(query);
		const answers = entryIdentityText(identity, canonical);
		for (const tier of this.lower) {
			// Expiry is ignored on purpose: this is the stale stand-in; the identity and query are still checked.
			const entry = openEntry(await this.readOrUndefined(tier, lastAnswerKey(identity, canonical)), answers, Number.NEGATIVE_INFINITY);
			if (entry !== undefined) return {rows: entry.rows, storedAt: entry.storedAt};
		}
		return undefined;
	}

	dependencies(): readonly CacheDependency[] {
		if (this.shared === undefined) return [];
		const problem = this.shared.unavailableReason;
		return [{name: 'redis', where: this.shared.where, ok: problem === undefined, ...(problem === undefined ? {} : {problem})}];
	}

	async stats(): Promise<CacheStats> {
		await this.settled();
		const counters = await this.readCounters();
		const tiers = await tierStats({memory: this.memory, file: this.file.storage, path: this.path, shared: this.shared}, counters);
		const file = tiers.find(tier => tier.tier === 'l2')!;
		const {hits, misses, requestsSaved} = counters;
		return {entries: file.entries, bytes: file.bytes, hits, misses, requestsSaved, path: this.path, tiers};
	}

	/** Empties every tier; a shared tier that cannot be reached fails the clear after the others are empty. */
	async clear(): Promise<void> {
		this.memory.clear();
		await this.serialized(async () => this.file.storage.clear());
		await this.shared?.clear();
	}

	/** Waits for pending writes, then releases the file and the Redis connection. Closing twice is harmless. */
	async close(): Promise<void> {
		this.closing ??= this.settled().then(async () => {
			await Promise.all([this.file.storage.close(), this.shared?.close()]);
		});
		await this.closing;
	}

	/** The entry from the first tier holding it intact; a hit below fills the tiers above. */
	private async readEntry(identity: Identity, query: CostQuery, now: number): Promise<Found | undefined> {
		const key = entryKey(identity, query);
		const answers = entryIdentityText(identity, query);
		const held = this.memory.get(key, answers, now);
		if (held !== undefined) return {entry: held, tier: 'l1'};
		for (const tier of this.lower) {
			const text = await this.readOrUndefined(tier, key);
			if (text === undefined) continue;
			const entry = openEntry(text, answers, now);
			if (entry === undefined) {
				// Expired or damaged: make room. A concurrent fresh write lost here only costs a miss; a failed delete, nothing.
				await tier.storage.delete(key).catch(() => undefined);
				continue;
			}
			this.memory.set(key, entry, text.length, now);
			if (tier.name === 'l3') this.fillFile(identity, query, entry, text);
			return {entry, tier: tier.name};
		}
		return undefined;
	}

	/** L3 answered: the file gets the entry too, so this machine keeps it when Redis is gone. */
	private fillFile(identity: Identity, query: CostQuery, entry: CacheEntry, sealed: string): void {
		const fill = this.storeIn(this.file, identity, query, entry, sealed).catch(() => undefined);
		this.fills.add(fill);
		void fill.finally(() => this.fills.delete(fill));
	}

	private async settled(): Promise<void> {
		await Promise.all(this.fills);
		await this.pendingWrites;
	}

	private async storeIn(tier: StoredTier, identity: Identity, canonical: CostQuery, entry: CacheEntry, sealed: string): Promise<void> {
		const ttlMs = entry.expiresAt - this.now();
		await tier.storage.set(entryKey(identity, canonical), sealed, ttlMs);
		// The stale stand-in outlives the entry, but not for ever in a shared Redis.
		await tier.storage.set(lastAnswerKey(identity, canonical), sealed, ttlMs + LONG_TTL_MS);
		await this.serialized(async () => {
			const now = this.now();
			const before = await this.readIndex(tier, identity, canonical);
			const after = withItem(before, {query: canonical, rowCount: entry.rows.length, expiresAt: entry.expiresAt}, now);
			await tier.storage.set(indexKey(identity, canonical), sealIndex(after), Math.max(...after.items.map(item => item.expiresAt)) - now);
			await this.dropExpiredEntries(identity, before, now);
		});
	}

	/** From the entries the tiers' indexes list, smallest first; the rows and the tier that held them. */
	private async derive(identity: Identity, query: CostQuery, now: number): Promise<{rows: CostRow[]; tier: CacheTierName} | undefined> {
		const indexes = await Promise.all(this.lower.map(async tier => this.readIndex(tier, identity, query)));
		const items = new Map<string, CacheIndex['items'][number]>();
		for (const item of indexes.flatMap(index => index.items)) {
			const key = canonicalKey(item.query);
			if ((items.get(key)?.expiresAt ?? -Infinity) < item.expiresAt) items.set(key, item);
		}
		for (const {item, derivation} of candidatesFor({family: familyIdentityText(identity, query), items: [...items.values()]}, query, now)) {
			const found = await this.readEntry(identity, item.query, now);
			if (!found) continue;
			const rows = deriveRows(derivation, found.entry.rows);
			if (rows) return {rows, tier: found.tier};
		}
		return undefined;
	}

	private async readIndex(tier: StoredTier, identity: Identity, query: CostQuery): Promise<CacheIndex> {
		return openIndex(await this.readOrUndefined(tier, indexKey(identity, query)), familyIdentityText(identity, query));
	}

	/** Entries the index stops listing because they expired; each is read (and so checked) before it goes. */
	private async dropExpiredEntries(identity: Identity, index: CacheIndex, now: number): Promise<void> {
		for (const item of index.items) {
			if (item.expiresAt <= now) await this.readEntry(identity, item.query, now);
		}
	}

	private async readCounters(): Promise<CacheCounters> {
		return openCounters(await this.readOrUndefined(this.file, STATS_KEY));
	}

	private countHit(tier: CacheTierName, started: number, requestsSaved: number): void {
		this.countLater({hits: 1, requestsSaved, tiers: lookupChange(this.tierNames, tier, (performance.now() - started) * 1000)});
	}

	/**
	 * Counting is bookkeeping: no answer waits for it. Counts made while a
	 * write waits its turn join it, so a server answering hundreds of hits a
	 * second writes the counters a few times, not once per hit. stats() and
	 * close() wait for the writes in flight.
	 */
	private countLater(change: CounterChange): void {
		const batching = this.unwrittenCounts !== undefined;
		this.unwrittenCounts = addCounters(this.unwrittenCounts ?? NO_COUNTS, change);
		if (batching) return;
		this.serialized(async () => {
			const counts = this.unwrittenCounts ?? NO_COUNTS;
			this.unwrittenCounts = undefined;
			const counters = await this.readCounters();
			await this.file.storage.set(STATS_KEY, sealCounters(addCounters(counters, counts)));
		}).catch(() => undefined);
	}

	/** A value that cannot be read (locked past the busy timeout, damaged, Redis down) is a miss, not a failure. */
	private async readOrUndefined(tier: StoredTier, key: string): Promise<string | undefined> {
		try {
			return await tier.storage.get(key);
		} catch {
			return undefined;
		}
	}

	private async serialized<Result>(work: () => Promise<Result>): Promise<Result> {
		const result = this.pendingWrites.then(work);
		this.pendingWrites = result.catch(() => undefined);
		return result;
	}
}
