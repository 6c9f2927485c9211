import {canonicalKey} from '../canonical.js';
import {periodDays} from '../dates.js';
import type {CostQuery} from '../query.js';
import {type Derivation, planDerivation} from './derive.js';
import {isRecord} from './row-codec.js';
import {openSealed, sealValue} from './sealed-value.js';

/** One cached entry of a family, as the index lists it. */
export interface IndexItem {
	/** Canonical. */
	readonly query: CostQuery;
	readonly rowCount: number;
	/** Epoch ms, copied from the entry. */
	readonly expiresAt: number;
}

/**
 * The entries cached for one identity + metric + filter + scope, consulted
 * on an exact miss to find one to derive from. Only a hint: the entry it
 * names is read and verified before use.
 */
export interface CacheIndex {
	/** `familyIdentityText` of the family. */
	readonly family: string;
	readonly items: readonly IndexItem[];
}

export function emptyIndex(family: string): CacheIndex {
	return {family, items: []};
}

export function sealIndex(index: CacheIndex): string {
	return sealValue('index', index);
}

/** The index in `text`, or an empty one when it is missing, damaged or another family's. */
export function openIndex(text: unknown, family: string): CacheIndex {
	const body = openSealed('index', text);
	if (!isRecord(body) || body['family'] !== family || !Array.isArray(body['items'])) return emptyIndex(family);
	const items = (body['items'] as unknown[]).filter(isIndexItem);
	return {family, items};
}

function isIndexItem(value: unknown): value is IndexItem {
	return (
		isRecord(value) &&
		isRecord(value['query']) &&
		isRecord(value['query']['period']) &&
		typeof value['rowCount'] === 'number' &&
		typeof value['expiresAt'] === 'number'
	);
}

/** The index with `item` listed once (replacing an older listing of its query) and expired items dropped. */
export function withItem(index: CacheIndex, item: IndexItem, now: number): CacheIndex {
	const key = canonicalKey(item.query);
	const kept = index.items.filter(other => other.expiresAt > now && canonicalKey(other.query) !== key);
	return {family: index.family, items: [...kept, item]};
}

export interface Candidate {
	readonly item: IndexItem;
	readonly derivation: Derivation;
}

/** Unexpired items `requested` can be derived from, smallest first (fewest rows, then shortest period). */
export function candidatesFor(index: CacheIndex, requested: CostQuery, now: number): Candidate[] {
	const candidates: Candidate[] = [];
	for (const item of index.items) {
		if (item.expiresAt <= now) continue;
		const derivation = planDerivation(requested, item.query);
		if (derivation) candidates.push({item, derivation});
	}
	return candidates.sort(
		(a, b) => a.item.rowCount - b.item.rowCount || periodDays(a.item.query.period) - periodDays(b.item.query.period),
	);
}
