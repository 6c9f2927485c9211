import {isRecord} from './row-codec.js';
import {openSealed, sealValue} from './sealed-value.js';

/** What lookups have found since the cache was last cleared, kept in the cache file. */
export interface CacheCounters {
	readonly hits: number;
	readonly misses: number;
	/** Billable requests the hits did not have to make. */
	readonly requestsSaved: number;
}

export const NO_COUNTS: CacheCounters = {hits: 0, misses: 0, requestsSaved: 0};

export function addCounters(a: CacheCounters, b: Partial<CacheCounters>): CacheCounters {
	return {
		hits: a.hits + (b.hits ?? 0),
		misses: a.misses + (b.misses ?? 0),
		requestsSaved: a.requestsSaved + (b.requestsSaved ?? 0),
	};
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
	return {hits, misses, requestsSaved};
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
