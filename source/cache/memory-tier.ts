import {LRUCache} from 'lru-cache';
import type {CacheEntry} from './cache-entry.js';

export interface MemoryTierLimits {
	/** Bytes held at most (entries counted at their stored size); least recently read out first. */
	readonly maxBytes: number;
	/**
	 * How long an entry is trusted without reading the lower tiers again, ms:
	 * what another process stored (a refresh) shows after at most this.
	 */
	readonly holdMs: number;
}

export const MEMORY_TIER_LIMITS: MemoryTierLimits = {maxBytes: 64 * 1024 * 1024, holdMs: 5000};

interface Held {
	readonly entry: CacheEntry;
	readonly until: number;
	readonly bytes: number;
}

/**
 * L1: entries already verified and decoded, in this process, bounded by
 * bytes with LRU eviction. A server answering the same query hundreds of
 * times a second reads and decodes it once per hold instead of once per request.
 * Time is the cache's injected clock, not the LRU's own.
 */
export class MemoryTier {
	private readonly held: LRUCache<string, Held>;
	readonly limits: MemoryTierLimits;

	constructor(limits: MemoryTierLimits = MEMORY_TIER_LIMITS) {
		this.limits = limits;
		// An answer bigger than a quarter of the tier would push out everything else: not held.
		this.held = new LRUCache<string, Held>({maxSize: limits.maxBytes, maxEntrySize: Math.max(1, Math.floor(limits.maxBytes / 4)), sizeCalculation: held => Math.max(1, held.bytes)});
	}

	/** The entry under `key` if it answers `answers`, is still held and not expired at `now`. */
	get(key: string, answers: string, now: number): CacheEntry | undefined {
		const held = this.held.get(key);
		if (held === undefined) return undefined;
		if (now >= held.until || now >= held.entry.expiresAt || held.entry.answers !== answers) {
			this.held.delete(key);
			return undefined;
		}
		return held.entry;
	}

	/** Holds `entry`, whose stored (sealed) form is `bytes` long. */
	set(key: string, entry: CacheEntry, bytes: number, now: number): void {
		this.held.delete(key);
		if (this.limits.maxBytes <= 0 || this.limits.holdMs <= 0) return;
		this.held.set(key, {entry, bytes, until: now + this.limits.holdMs});
	}

	delete(key: string): void {
		this.held.delete(key);
	}

	clear(): void {
		this.held.clear();
	}

	get entries(): number {
		return this.held.size;
	}

	get bytes(): number {
		return this.held.calculatedSize;
	}
}
