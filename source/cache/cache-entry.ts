import type {CostRow} from '../rows.js';
import {decodeRows, encodeRows, isRecord} from './row-codec.js';
import {openSealed, sealValue} from './sealed-value.js';

/** One cached answer: the rows of one query as one identity. */
export interface CacheEntry {
	/** `entryIdentityText` of the identity and query it answers. */
	readonly answers: string;
	readonly rows: readonly CostRow[];
	/** What fetching the rows cost; a hit saves that many requests. */
	readonly billableRequests: number;
	/** Epoch ms. */
	readonly storedAt: number;
	/** Epoch ms; at or after it the entry is a miss. */
	readonly expiresAt: number;
}

export function sealEntry(entry: CacheEntry): string {
	const {answers, billableRequests, storedAt, expiresAt} = entry;
	return sealValue('entry', {answers, billableRequests, storedAt, expiresAt, rows: encodeRows(entry.rows)});
}

/**
 * The entry in `text` if it is intact, answers exactly `answers` and has not
 * expired at `now`; otherwise undefined, which callers treat as a miss.
 */
export function openEntry(text: unknown, answers: string, now: number): CacheEntry | undefined {
	const body = openSealed('entry', text);
	if (!isRecord(body) || body['answers'] !== answers) return undefined;
	const {billableRequests, storedAt, expiresAt} = body;
	if (!isCount(billableRequests) || typeof storedAt !== 'number' || typeof expiresAt !== 'number') return undefined;
	if (now >= expiresAt) return undefined;
	const rows = decodeRows(body['rows']);
	if (rows === undefined) return undefined;
	return {answers, rows, billableRequests, storedAt, expiresAt};
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
