import type {IsoDate} from '../../dates.js';
import type {Expression, Granularity, GroupBy, Metric} from '../../query.js';
import {type ComparisonPhrase, takeComparison} from './comparison-phrases.js';
import type {FilterSlot} from './filter-parts.js';
import {takeAccounts, takeClearedSlots, takeTagFilters} from './filter-phrases.js';
import {takeGranularity, takeGroupBys} from './group-phrases.js';
import {ADVICE_WORDS, type IntentHint, takeIntent} from './intent-phrases.js';
import {takeMetric} from './metric-phrases.js';
import {type PeriodPhrase, takePeriod} from './period-phrases.js';
import {exclusionFilter, takeRecordTypePhrases, takeRecordTypeSubject} from './record-type-phrases.js';
import {regionFilter, takeRegions} from './region-phrases.js';
import {Sentence} from './sentence.js';
import {type Subject, subjectFilters, takeSubject} from './service-aliases.js';
import type {KnownAccount} from './types.js';

/** Everything a question's words say, before any default or follow-up is applied. */
export interface Slots {
	readonly advice: boolean;
	/** Starts like a follow-up: "and …", "what about …", "only …", "… instead". */
	readonly followUpCue: boolean;
	readonly comparison?: ComparisonPhrase;
	readonly intent?: IntentHint;
	readonly period?: PeriodPhrase;
	readonly granularity?: Granularity;
	readonly groupBys: readonly GroupBy[];
	readonly metric?: Metric;
	readonly filterParts: readonly Expression[];
	readonly cleared: ReadonlySet<FilterSlot>;
	/** Words nothing understood. */
	readonly leftover: string;
	/** The same, with `|` where a phrase was taken, so runs of unknown words stay apart. */
	readonly remainder: string;
}

const followUpCue =
	/^ (?:and|what about|how about|same for|same but|same thing for|same question for|also|only|just|instead|what if)\b|\binstead\b/;

/**
 * Reads the slots in an order that keeps words from being read twice:
 * comparisons before periods ("vs last month" is not the period asked
 * about), group-bys before services and metrics ("by instance type", "by
 * usage type"), account names before environments.
 */
export function readSlots(question: string, today: IsoDate, accounts: readonly KnownAccount[], billServices: readonly string[] = []): Slots {
	const sentence = new Sentence(question);
	const advice = sentence.has(ADVICE_WORDS);
	const cue = sentence.has(followUpCue);
	// First: "before tax" is no period, and the "tax" in "excluding tax" is no service.
	const recordTypes = takeRecordTypePhrases(sentence);
	const comparison = takeComparison(sentence, today);
	const intent = takeIntent(sentence);
	const accountIds = takeAccounts(sentence, accounts);
	const period = takePeriod(sentence, today);
	const granularity = takeGranularity(sentence);
	const groupBys = takeGroupBys(sentence);
	const metric = takeMetric(sentence);
	const cleared = takeClearedSlots(sentence);
	const tags = takeTagFilters(sentence);
	if (recordTypes.included.length > 0) cleared.add('not:RECORD_TYPE');
	const regions = takeRegions(sentence);
	const subject: Subject | undefined = takeSubject(sentence, billServices);
	const onlyRecordTypes = takeRecordTypeSubject(sentence);
	const filterParts: Expression[] = [
		...(subject === undefined ? [] : subjectFilters(subject)),
		...onlyRecordTypes,
		...(accountIds.length === 0 ? [] : [{Dimensions: {Key: 'LINKED_ACCOUNT', Values: accountIds}} as const]),
		...regionFilter(regions),
		...tags,
		...exclusionFilter(recordTypes.excluded),
	];
	return {
		advice,
		followUpCue: cue,
		...(comparison === undefined ? {} : {comparison}),
		...(intent === undefined ? {} : {intent}),
		...(period === undefined ? {} : {period}),
		...(granularity === undefined ? {} : {granularity}),
		groupBys,
		...(metric === undefined ? {} : {metric}),
		filterParts,
		cleared,
		leftover: sentence.rest,
		remainder: sentence.toString(),
	};
}
