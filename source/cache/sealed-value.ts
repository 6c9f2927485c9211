import {createHash} from 'node:crypto';

/**
 * Bump when the stored shape changes: values of another version are misses,
 * never misread.
 */
export const CACHE_FORMAT_VERSION = 1;

/** What a stored value holds; a value of one kind never opens as another. */
export type SealedKind = 'entry' | 'index' | 'stats';

function headerOf(kind: SealedKind): string {
	return `aws-cost/${kind}/v${CACHE_FORMAT_VERSION}`;
}

function checksumOf(header: string, body: string): string {
	return createHash('sha256').update(header).update('\n').update(body).digest('hex');
}

/**
 * `header checksum json`: the text written to SQLite. The checksum covers
 * header and body, so a torn write, a foreign value or a value from another
 * format version fails `openSealed` instead of answering with wrong data.
 */
export function sealValue(kind: SealedKind, body: unknown): string {
	const header = headerOf(kind);
	const json = JSON.stringify(body);
	return `${header} ${checksumOf(header, json)} ${json}`;
}

/** The body `sealValue` was given, or undefined when the text is not an intact value of this kind. */
export function openSealed(kind: SealedKind, text: unknown): unknown {
	if (typeof text !== 'string') return undefined;
	const header = headerOf(kind);
	const checksumStart = header.length + 1;
	const bodyStart = checksumStart + 64 + 1;
	if (!text.startsWith(`${header} `) || text[bodyStart - 1] !== ' ') return undefined;
	const body = text.slice(bodyStart);
	if (text.slice(checksumStart, bodyStart - 1) !== checksumOf(header, body)) return undefined;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return undefined;
	}
}
