import type {Granularity, GroupBy} from '../../query.js';
import type {Sentence} from './sentence.js';

const groupWords: ReadonlyArray<readonly [pattern: string, groupBy: GroupBy]> = [
	['usage[ -]types?', {type: 'DIMENSION', key: 'USAGE_TYPE'}],
	['instance[ -](?:types?|sizes?|families)', {type: 'DIMENSION', key: 'INSTANCE_TYPE'}],
	['(?:linked |member |aws )?accounts?', {type: 'DIMENSION', key: 'LINKED_ACCOUNT'}],
	['services?', {type: 'DIMENSION', key: 'SERVICE'}],
	['regions?', {type: 'DIMENSION', key: 'REGION'}],
	['(?:api )?operations?', {type: 'DIMENSION', key: 'OPERATION'}],
	['availability zones?|azs?', {type: 'DIMENSION', key: 'AZ'}],
	['database engines?', {type: 'DIMENSION', key: 'DATABASE_ENGINE'}],
	['purchase types?|pricing models?', {type: 'DIMENSION', key: 'PURCHASE_TYPE'}],
	['(?:the )?team tag|tag team|teams?', {type: 'TAG', key: 'team'}],
	['(?:the )?environment tag|tag environment|environments?|envs?', {type: 'TAG', key: 'environment'}],
	['tag[ :]+[a-z][\\w:.-]*|[a-z][\\w.-]* tag', {type: 'TAG', key: ''}],
];

/** Any group-by noun ("region", "usage types", "team tag", "tag owner"), as a regex alternation. */
export const GROUP_WORD = `(?:${groupWords.map(([pattern]) => pattern).join('|')})`;

/** The group-by a GROUP_WORD names. */
export function groupByFromWord(word: string): GroupBy | undefined {
	for (const [pattern, groupBy] of groupWords) {
		if (!new RegExp(`^(?:${pattern})$`).test(word)) continue;
		if (groupBy.type !== 'TAG' || groupBy.key !== '') return groupBy;
		const key = /^tag[ :]+(.+)$/.exec(word)?.[1] ?? /^(.+) tag$/.exec(word)?.[1] ?? '';
		return {type: 'TAG', key};
	}
	return undefined;
}

const groupPhrase = new RegExp(
	`\\b(?:grouped by|group by|split by|split per|broken down by|break(?:ing)? (?:it )?down by|breakdown by|broken out by|by|per|across|for each|each|which|what) (?:the |each |every |all )?(${GROUP_WORD})(?:(?:,| and| then| &)(?: by| per)? (?:the )?(${GROUP_WORD}))?\\b`,
);

/** Takes "by region", "per team", "by service and region" out of the sentence; at most two group-bys. */
export function takeGroupBys(sentence: Sentence): GroupBy[] {
	const groupBys: GroupBy[] = [];
	for (let match = sentence.take(groupPhrase); match; match = sentence.take(groupPhrase)) {
		for (const word of [match[1], match[2]]) {
			const groupBy = word === undefined ? undefined : groupByFromWord(word);
			if (groupBy && !groupBys.some(known => known.type === groupBy.type && known.key === groupBy.key)) groupBys.push(groupBy);
		}
	}
	return groupBys;
}

const granularityPhrases: ReadonlyArray<readonly [RegExp, Granularity]> = [
	[/\b(?:by|per|each|every) hour\b|\bhourly\b|\bhour by hour\b/, 'HOURLY'],
	[/\b(?:by|per|each|every) day\b|\bdaily\b|\bday by day\b|\bday-by-day\b|\bday to day\b/, 'DAILY'],
	[/\b(?:by|per|each|every) month\b|\bmonthly\b|\bmonth by month\b|\bmonth-by-month\b/, 'MONTHLY'],
];

/** Takes "daily", "by month", "hourly" out of the sentence. */
export function takeGranularity(sentence: Sentence): Granularity | undefined {
	for (const [pattern, granularity] of granularityPhrases) if (sentence.take(pattern)) return granularity;
	return undefined;
}
