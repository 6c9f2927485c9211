/** Where an answer came from: this process's memory, the SQLite file, or the shared Redis. */
export type CacheTierName = 'l1' | 'l2' | 'l3';

export const TIER_NAMES: readonly CacheTierName[] = ['l1', 'l2', 'l3'];

/** What one tier's lookups found, kept with the file's counters. */
export interface TierCounts {
	readonly hits: number;
	readonly misses: number;
	/** Sum of the hits' lookup times, µs: the mean hit latency is this over `hits`. */
	readonly hitMicros: number;
}

export const NO_TIER_COUNTS: TierCounts = {hits: 0, misses: 0, hitMicros: 0};

/** One tier in `cache stats`. */
export interface TierStats extends TierCounts {
	readonly tier: CacheTierName;
	/** Memory (this process), the file's path, or the Redis URL without credentials. */
	readonly where: string;
	/** False when the tier is configured but cannot be reached now (Redis down). */
	readonly available: boolean;
	readonly entries: number;
	readonly bytes: number;
	/** Mean lookup time of a hit, ms; null before the first hit. */
	readonly hitLatencyMs: number | null;
	/** Why it is unavailable. */
	readonly problem?: string;
}

/** The mean hit latency of `counts`, ms, rounded to µs; null without hits. */
export function meanHitMs(counts: TierCounts): number | null {
	return counts.hits === 0 ? null : Math.round(counts.hitMicros / counts.hits) / 1000;
}
