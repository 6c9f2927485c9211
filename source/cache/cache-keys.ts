import {createHash} from 'node:crypto';
import {canonicalKey, canonicalQuery} from '../canonical.js';
import type {CostQuery} from '../query.js';
import type {Identity} from '../sources/source.js';

/**
 * What an entry answers: identity and canonical query, in full. Stored
 * inside the entry and compared on every read, so even a hash collision of
 * the short key cannot serve one account's rows to another.
 */
export function entryIdentityText(identity: Identity, query: CostQuery): string {
	return JSON.stringify([...whoAndWhat(identity), canonicalKey(query)]);
}

/**
 * What queries must share before one can be derived from another: identity,
 * metric, filter and scope. Period, granularity and group-bys may differ.
 */
export function familyIdentityText(identity: Identity, query: CostQuery): string {
	const {metric, filter, scope} = canonicalQuery(query);
	return JSON.stringify([...whoAndWhat(identity), metric, filter ?? null, scope]);
}

/** Account and principal, plus the dataset when the source has one (entries of real accounts keep their keys). */
function whoAndWhat(identity: Identity): string[] {
	const {account, principal, dataset} = identity;
	return dataset === undefined ? [account, principal] : [account, principal, dataset];
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The keyv key of the entry holding `query`'s rows as `identity`. */
export function entryKey(identity: Identity, query: CostQuery): string {
	return `entry:${digest(entryIdentityText(identity, query))}`;
}

/** The keyv key of the last answer to `query` as `identity`, kept past its expiry to stand in when the source is down. */
export function lastAnswerKey(identity: Identity, query: CostQuery): string {
	return `last:${digest(entryIdentityText(identity, query))}`;
}

/** The keyv key of the index listing the cached entries of `query`'s family. */
export function indexKey(identity: Identity, query: CostQuery): string {
	return `index:${digest(familyIdentityText(identity, query))}`;
}

export const STATS_KEY = 'stats';

/** The Redis key of the lock a process holds while it fetches `query` as `identity` for everyone. */
export function lockKey(identity: Identity, query: CostQuery): string {
	return `lock:${digest(entryIdentityText(identity, query))}`;
}
