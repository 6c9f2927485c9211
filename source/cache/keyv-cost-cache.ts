import {stat} from 'node:fs/promises';
import {canonicalQuery} from '../canonical.js';
import type {IsoDate} from '../dates.js';
import type {CostQuery} from '../query.js';
import type {CostRow} from '../rows.js';
import type {Identity} from '../sources/source.js';
import {type CacheCounters, NO_COUNTS, addCounters, openCounters, sealCounters} from './cache-counters.js';
import {type CacheEntry, openEntry, sealEntry} from './cache-entry.js';
import {type CacheIndex, candidatesFor, openIndex, sealIndex, withItem} from './cache-index.js';
import {STATS_KEY, entryIdentityText, entryKey, familyIdentityText, indexKey, lastAnswerKey} from './cache-keys.js';
import type {CacheStorage} from './cache-storage.js';
import {RecentEntries} from './recent-entries.js';
import type {CacheAnswer, CacheStats, CostCache, LastAnswer} from './cost-cache.js';
import {deriveRows} from './derive.js';
import {ttlFor} from './ttl.js';

const entryPrefix = 'entry:';

/**
 * The cost cache over a key-value store: entries keyed by identity +
 * canonical query, one index per family (identity, metric, filter, scope) to
 * derive answers from, and hit/miss counters, all in the same file.
 *
 * Several processes may share the file. Entries are written whole before the
 * index that names them, and every entry is verified on read, so a crash or
 * a race can cost a miss but never serve wrong rows. Index and counters are
 * read-modify-write: two processes updating them at once can lose one
 * update (an index listing, a count), which is accepted for a cache.
 */
export class KeyvCostCache implements CostCache {
	private readonly storage: CacheStorage;
	private readonly path: string;
	private readonly now: () => number;
	/** Serializes this process's read-modify-writes of the counters and indexes. */
	private pendingWrites: Promise<unknown> = Promise.resolve();
	/** Counts not yet written; lookups arriving together share one read-modify-write of the counters. */
	private unwrittenCounts: CacheCounters | undefined;
	private closing: Promise<void> | undefined;
	private readonly recent = new RecentEntries();

	constructor(storage: CacheStorage, path: string, now: () => number) {
		this.storage = storage;
		this.path = path;
		this.now = now;
	}

	async lookup(identity: Identity, query: CostQuery, _today: IsoDate): Promise<CacheAnswer | undefined> {
		const canonical = canonicalQuery(query);
		const now = this.now();
		const exact = await this.readEntry(identity, canonical, now);
		if (exact) {
			this.countLater({hits: 1, requestsSaved: exact.billableRequests});
			return {rows: exact.rows, derived: false};
		}
		const derived = await this.derive(identity, canonical, now);
		if (derived) {
			// A derived answer stands in for the one request its query would have cost at least.
			this.countLater({hits: 1, requestsSaved: 1});
			return {rows: derived, derived: true};
		}
		this.countLater({misses: 1});
		return undefined;
	}

	async store(
		identity: Identity,
		query: CostQuery,
		rows: readonly CostRow[],
		billableRequests: number,
		today: IsoDate,
	): Promise<void> {
		const canonical = canonicalQuery(query);
		const now = this.now();
		const expiresAt = now + ttlFor(canonical, today);
		const entry: CacheEntry = {answers: entryIdentityText(identity, canonical), rows, billableRequests, storedAt: now, expiresAt};
		const sealed = sealEntry(entry);
		this.recent.delete(entryKey(identity, canonical));
		await this.storage.set(entryKey(identity, canonical), sealed);
		await this.storage.set(lastAnswerKey(identity, canonical), sealed);
		await this.serialized(async () => {
			const key = indexKey(identity, canonical);
			const before = await this.readIndex(identity, canonical);
			const after = withItem(before, {query: canonical, rowCount: rows.length, expiresAt}, now);
			await this.storage.set(key, sealIndex(after));
			await this.dropExpiredEntries(identity, before, now);
		});
	}

	async lastAnswer(identity: Identity, query: CostQuery): Promise<LastAnswer | undefined> {
		const canonical = canonicalQuery(query);
		// Expiry is ignored on purpose: this is the stale stand-in; the identity and query are still checked.
		const entry = openEntry(await this.readOrUndefined(lastAnswerKey(identity, canonical)), entryIdentityText(identity, canonical), Number.NEGATIVE_INFINITY);
		return entry === undefined ? undefined : {rows: entry.rows, storedAt: entry.storedAt};
	}

	async stats(): Promise<CacheStats> {
		await this.pendingWrites;
		const [entries, counters, bytes] = await Promise.all([
			this.storage.countKeys(entryPrefix),
			this.readCounters(),
			this.fileBytes(),
		]);
		return {entries, bytes, ...counters, path: this.path};
	}

	async clear(): Promise<void> {
		this.recent.clear();
		await this.serialized(async () => this.storage.clear());
	}

	/** Waits for pending writes, then releases the file. Closing twice is harmless. */
	async close(): Promise<void> {
		this.closing ??= this.pendingWrites.then(async () => this.storage.close());
		await this.closing;
	}

	/** The database file and its write-ahead log, which holds recent writes until a checkpoint. */
	private async fileBytes(): Promise<number> {
		const sizeOf = async (path: string): Promise<number> =>
			stat(path).then(
				file => file.size,
				() => 0,
			);
		const [database, log] = await Promise.all([sizeOf(this.path), sizeOf(`${this.path}-wal`)]);
		return database + log;
	}

	private async readEntry(identity: Identity, query: CostQuery, now: number): Promise<CacheEntry | undefined> {
		const key = entryKey(identity, query);
		const answers = entryIdentityText(identity, query);
		const recent = this.recent.get(key, answers, now);
		if (recent !== undefined) return recent;
		const text = await this.readOrUndefined(key);
		if (text === undefined) return undefined;
		const entry = openEntry(text, answers, now);
		// Expired or damaged: make room. A concurrent fresh write lost here only costs a miss; a failed delete, nothing.
		if (!entry) await this.storage.delete(key).catch(() => undefined);
		else this.recent.set(key, entry, now);
		return entry;
	}

	private async derive(identity: Identity, query: CostQuery, now: number): Promise<CostRow[] | undefined> {
		const index = await this.readIndex(identity, query);
		for (const {item, derivation} of candidatesFor(index, query, now)) {
			const entry = await this.readEntry(identity, item.query, now);
			if (!entry) continue;
			const rows = deriveRows(derivation, entry.rows);
			if (rows) return rows;
		}
		return undefined;
	}

	private async readIndex(identity: Identity, query: CostQuery): Promise<CacheIndex> {
		return openIndex(await this.readOrUndefined(indexKey(identity, query)), familyIdentityText(identity, query));
	}

	/** Entries the index stops listing because they expired; each is read (and so checked) before it goes. */
	private async dropExpiredEntries(identity: Identity, index: CacheIndex, now: number): Promise<void> {
		for (const item of index.items) {
			if (item.expiresAt <= now) await this.readEntry(identity, item.query, now);
		}
	}

	private async readCounters(): Promise<CacheCounters> {
		return openCounters(await this.readOrUndefined(STATS_KEY));
	}

	/**
	 * Counting is bookkeeping: no answer waits for it. Counts made while a
	 * write waits its turn join it, so a server answering hundreds of hits a
	 * second writes the counters a few times, not once per hit. stats() and
	 * close() wait for the writes in flight.
	 */
	private countLater(change: Partial<CacheCounters>): void {
		const batching = this.unwrittenCounts !== undefined;
		this.unwrittenCounts = addCounters(this.unwrittenCounts ?? NO_COUNTS, change);
		if (batching) return;
		this.serialized(async () => {
			const counts = this.unwrittenCounts ?? NO_COUNTS;
			this.unwrittenCounts = undefined;
			const counters = await this.readCounters();
			await this.storage.set(STATS_KEY, sealCounters(addCounters(counters, counts)));
		}).catch(() => undefined);
	}

	/** A value that cannot be read (locked past the busy timeout, damaged) is a miss, not a failure. */
	private async readOrUndefined(key: string): Promise<string | undefined> {
		try {
			return await this.storage.get(key);
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
