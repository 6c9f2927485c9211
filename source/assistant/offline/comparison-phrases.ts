import type {IsoDate, Period} from '../../dates.js';
import {resolvePreset} from '../../presets.js';
import {takePeriod} from './period-phrases.js';
import {Sentence} from './sentence.js';

/** What a question compares against. */
export type ComparisonHint =
	| {readonly kind: 'previous'}
	| {readonly kind: 'year-ago'}
	| {readonly kind: 'explicit'; readonly period: Period; readonly notes: readonly string[]}
	| {readonly kind: 'error'; readonly message: string};

export interface ComparisonPhrase {
	readonly hint: ComparisonHint;
	/** The period compared when the question names none ("week over week": the last 7 days). */
	readonly defaultPeriod?: Period;
}

const previous: ComparisonHint = {kind: 'previous'};
const previousWords =
	/^\s*(?:the |a )?(?:last|previous|prior|preceding|same) (?:month|week|period|one|time|days)\b|^\s*(?:the )?(?:month|week|period|day|quarter|year) before\b|^\s*(?:the )?(?:\d{1,3} (?:(?:days|weeks|months) )?)?before\b|^\s*(?:usual|normal|average)\b/;

/**
 * Takes a comparison out of the sentence: "vs last month", "compared to
 * September", "week over week", "year over year". "Last month" after "vs"
 * means the previous equal period, not the calendar month, so that this
 * month so far is compared with the same days of last month.
 */
export function takeComparison(sentence: Sentence, today: IsoDate): ComparisonPhrase | undefined {
	if (sentence.take(/\b(?:week over week|week-over-week|wow|w\/w)\b/)) {
		return {hint: previous, defaultPeriod: resolvePreset('last-7-days', today)};
	}
	if (sentence.take(/\b(?:month over month|month-over-month|mom|m\/m)\b/)) return {hint: previous};
	if (sentence.take(/\b(?:year over year|year-over-year|yoy|y\/y|same (?:month|period|time) last year|a year (?:ago|earlier|before))\b/)) {
		return {hint: {kind: 'year-ago'}};
	}
	const keyword =
		sentence.take(/\b(?:vs|versus|compared (?:to|with)|comparing (?:to|with)|in comparison (?:to|with)|relative to|against|than)\b(.*)$/) ??
		takeCompareWith(sentence, today);
	if (!keyword) return undefined;
	const tail = new Sentence(keyword[1] ?? '');
	const phrase = tail.take(previousWords) ? undefined : takePeriod(tail, today);
	sentence.append(tail.rest);
	if (phrase === undefined || phrase.kind === 'earlier') return {hint: previous};
	if (phrase.kind === 'error') return {hint: phrase};
	return {hint: {kind: 'explicit', period: phrase.period, notes: phrase.notes}};
}

/** "compare October with September": only when a period precedes the "with", so "compare S3 and EC2" stays two services. */
function takeCompareWith(sentence: Sentence, today: IsoDate): RegExpExecArray | undefined {
	const head = sentence.peek(/\bcompare\b(.*?)\b(?:with|to|and)\b/);
	if (!head || takePeriod(new Sentence(head[1] ?? ''), today) === undefined) return undefined;
	return sentence.take(/(?<=\bcompare\b.*?)\b(?:with|to|and)\b(.*)$/);
}
