import {type CacheTierName, NO_TIER_COUNTS, TIER_NAMES, type TierCounts} from './cache-tier.js';
import {isRecord} from './row-codec.js';
import {openSealed, sealValue} from './sealed-value.js';

/** What lookups have found since the cache was last cleared, kept in the cache file. */
export interface CacheCounters {
	readonly hits: number;
	readonly misses: number;
	/** Billable requests the hits did not have to make. */
	readonly requestsSaved: number;
	/** The same lookups by tier: which one answered, which ones missed before it. */
	readonly tiers: Readonly<Record<CacheTierName, TierCounts>>;
}

export type CounterChange = Partial<Omit<CacheCounters, 'tiers'>> & {readonly tiers?: Partial<Record<CacheTierName, Partial<TierCounts>>>};

const NO_TIERS: Readonly<Record<CacheTierName, TierCounts>> = {l1: NO_TIER_COUNTS, l2: NO_TIER_COUNTS, l3: NO_TIER_COUNTS};

export const NO_COUNTS: CacheCounters = {hits: 0, misses: 0, requestsSaved: 0, tiers: NO_TIERS};

export function addCounters(a: CacheCounters, b: CounterChange): CacheCounters {
	const tiers = {} as Record<CacheTierName, TierCounts>;
	for (const name of TIER_NAMES) {
		const before = a.tiers[name];
		const change = b.tiers?.[name] ?? {};
		tiers[name] = {hits: before.hits + (change.hits ?? 0), misses: before.misses + (change.misses ?? 0), hitMicros: before.hitMicros + (change.hitMicros ?? 0)};
	}
	return {
		hits: a.hits + (b.hits ?? 0),
		misses: a.misses + (b.misses ?? 0),
		requestsSaved: a.requestsSaved + (b.requestsSaved ?? 0),
		tiers,
	};
}

/**
 * One lookup as the tiers saw it: every tier asked before `answeredBy` missed,
 * `answeredBy` hit in `micros`; with no answer, every tier in `present` missed.
 */
export function lookupChange(present: readonly CacheTierName[], answeredBy: CacheTierName | undefined, micros: number): CounterChange['tiers'] {
	const change: Partial<Record<CacheTierName, Partial<TierCounts>>> = {};
	for (const name of present) {
		if (name === answeredBy) {
			change[name] = {hits: 1, hitMicros: Math.round(micros)};
			break;
		}
		change[name] = {misses: 1};
	}
	return change;
}

export function sealCounters(counters: CacheCounters): string {
	return sealValue('stats', counters);
}

/** The counters in `text`; zero when missing or damaged (they are statistics, not data). */
export function openCounters(text: unknown): CacheCounters {
	const body = openSealed('stats', text);
	if (!isRecord(body)) return NO_COUNTS;
	const {hits, misses, requestsSaved} = body;
	if (!isCount(hits) || !isCount(misses) || !isCount(requestsSaved)) return NO_COUNTS;
	return {hits, misses, requestsSaved, tiers: openTiers(body['tiers'])};
}

/** Files written before there were tiers have none: they start at zero. */
function openTiers(value: unknown): Readonly<Record<CacheTierName, TierCounts>> {
	if (!isRecord(value)) return NO_TIERS;
	const tiers = {} as Record<CacheTierName, TierCounts>;
	for (const name of TIER_NAMES) {
		const counts = value[name];
		tiers[name] = isRecord(counts) && isCount(counts['hits']) && isCount(counts['misses']) && isCount(counts['hitMicros']) ? {hits: counts['hits'], misses: counts['misses'], hitMicros: counts['hitMicros']} : NO_TIER_COUNTS;
	}
	return tiers;
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
