import type {CacheEntry} from './cache-entry.js';

export interface RecentEntryLimits {
	/** Entries held at most; the least recently read goes first. */
	readonly max: number;
	/** How long an entry is trusted without reading the file again, ms: what another process wrote shows after at most this. */
	readonly holdMs: number;
	/** Bigger answers are not held (the memory they would pin is not worth it). */
	readonly maxRows: number;
}

export const RECENT_ENTRY_LIMITS: RecentEntryLimits = {max: 32, holdMs: 5000, maxRows: 50_000};

interface Held {
	readonly entry: CacheEntry;
	readonly until: number;
}

/**
 * The cache's in-process tier: entries just read from the file, already
 * verified and decoded, held a few seconds. A server answering the same
 * query hundreds of times a second reads and decodes it once per hold,
 * instead of once per request.
 */
export class RecentEntries {
	private readonly held = new Map<string, Held>();

	constructor(private readonly limits: RecentEntryLimits = RECENT_ENTRY_LIMITS) {}

	/** The entry under `key` if it answers `answers`, is still held and not expired at `now`. */
	get(key: string, answers: string, now: number): CacheEntry | undefined {
		const held = this.held.get(key);
		if (held === undefined) return undefined;
		this.held.delete(key);
		if (now >= held.until || now >= held.entry.expiresAt || held.entry.answers !== answers) return undefined;
		this.held.set(key, held);
		return held.entry;
	}

	set(key: string, entry: CacheEntry, now: number): void {
		this.held.delete(key);
		if (entry.rows.length > this.limits.maxRows) return;
		this.held.set(key, {entry, until: now + this.limits.holdMs});
		for (const oldest of this.held.keys()) {
			if (this.held.size <= this.limits.max) break;
			this.held.delete(oldest);
		}
	}

	delete(key: string): void {
		this.held.delete(key);
	}

	clear(): void {
		this.held.clear();
	}
}
