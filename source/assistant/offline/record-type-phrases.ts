import type {Expression} from '../../query.js';
import type {Sentence} from './sentence.js';

/** Words for the lines of a bill that are not usage, and Cost Explorer's RECORD_TYPE for each. */
const RECORD_TYPE_WORDS: ReadonlyArray<readonly [pattern: string, recordType: string]> = [
	['credits?', 'Credit'],
	['refunds?', 'Refund'],
	['(?:sales )?tax(?:es)?|vat', 'Tax'],
];

const ITEM = `(?:the |any |all )?(?:${RECORD_TYPE_WORDS.map(([pattern]) => pattern).join('|')})`;
const exclusion = new RegExp(
	`\\b(?:excluding|exclude|excludes|excluded|without|except(?: for)?|minus|not counting|not including|ignoring|ignore|leaving out|leave out|before|pre|ex|w/o|sans|no)[ -](${ITEM}(?:(?: and| or| nor| plus)? ${ITEM})*)\\b`,
);
const inclusion = new RegExp(`\\b(?:including|include|includes|with|after|incl|net of)[ -](${ITEM}(?:(?: and| or| plus)? ${ITEM})*)\\b`);

function recordTypesIn(words: string): string[] {
	const types = RECORD_TYPE_WORDS.filter(([pattern]) => new RegExp(`\\b(?:${pattern})\\b`).test(words)).map(([, type]) => type);
	return [...new Set(types)];
}

/** What the question says about credits, refunds and tax. */
export interface RecordTypePhrases {
	/** "excluding credits and refunds": RECORD_TYPE values to leave out. */
	readonly excluded: readonly string[];
	/** "including credits": a follow-up taking an exclusion back. */
	readonly included: readonly string[];
}

/**
 * Takes "excluding credits", "without refunds or tax", "before tax" and
 * "including credits" out of the sentence, before services are read: the
 * "tax" in "excluding tax" is not the Tax service.
 */
export function takeRecordTypePhrases(sentence: Sentence): RecordTypePhrases {
	const excluded = sentence.takeAll(exclusion).flatMap(match => recordTypesIn(match[1] ?? ''));
	const included = sentence.takeAll(inclusion).flatMap(match => recordTypesIn(match[1] ?? ''));
	return {excluded: [...new Set(excluded)], included: [...new Set(included)]};
}

/** The filter part that leaves the excluded record types out. */
export function exclusionFilter(recordTypes: readonly string[]): Expression[] {
	return recordTypes.length === 0 ? [] : [{Not: {Dimensions: {Key: 'RECORD_TYPE', Values: [...recordTypes]}}}];
}

/** Only the credits (or refunds): "how much credit did we get", "refunds last month". */
const recordTypeSubject = /\b(?:credits?|refunds?)\b/;

/** Takes "credits" or "refunds" asked about on their own; tax stays the Tax service. */
export function takeRecordTypeSubject(sentence: Sentence): Expression[] {
	const types = sentence.takeAll(recordTypeSubject).flatMap(match => recordTypesIn(match[0]));
	const unique = [...new Set(types)];
	return unique.length === 0 ? [] : [{Dimensions: {Key: 'RECORD_TYPE', Values: unique}}];
}
