import {compareSentence} from './answer-compare.js';
import {anomaliesAnswer, forecastAnswer} from './answer-outlook.js';
import {breakdownSentence, topSentence, totalSentence} from './answer-totals.js';
import {trendSentence} from './answer-trend.js';
import type {KnownAccount, OfflineAnswer, ParsedQuestion, QueryRunner} from './types.js';

export interface AnswerOptions {
	/** Names for account ids in the sentences. */
	readonly accounts?: readonly KnownAccount[];
}

/**
 * Answers a parsed question from real numbers: runs its queries and says
 * what they show, with exact money. No rows is said as "no data", never as
 * $0.00; figures Cost Explorer has not finalised are marked as estimated.
 * The parser's notes (a range clipped to 13 months) follow the answer.
 */
export async function answerOffline(parsed: ParsedQuestion, runner: QueryRunner, options: AnswerOptions = {}): Promise<OfflineAnswer> {
	const accounts = options.accounts ?? [];
	const withNotes = (text: string): string => [text, ...parsed.notes].join(' ');
	switch (parsed.kind) {
		case 'total':
			return {text: withNotes(totalSentence(parsed.query, await runner.run(parsed.query), accounts)), queries: [parsed.query]};
		case 'breakdown':
			return {text: withNotes(breakdownSentence(parsed.query, await runner.run(parsed.query), accounts)), queries: [parsed.query]};
		case 'top':
			return {
				text: withNotes(topSentence(parsed.query, await runner.run(parsed.query), parsed.limit, accounts)),
				queries: [parsed.query],
			};
		case 'trend':
			return {text: withNotes(trendSentence(parsed.query, await runner.run(parsed.query), accounts)), queries: [parsed.query]};
		case 'compare': {
			const [current, earlier] = await Promise.all([runner.run(parsed.query), runner.run(parsed.comparison)]);
			return {
				text: withNotes(compareSentence(parsed.query, parsed.comparison, current, earlier, parsed.limit, accounts)),
				queries: [parsed.query, parsed.comparison],
			};
		}
		case 'forecast': {
			const {text, queries} = await forecastAnswer(parsed.query, parsed.target, runner, accounts);
			return {text: withNotes(text), queries};
		}
		case 'anomalies': {
			const {text, queries} = await anomaliesAnswer(parsed.query, parsed.window, runner, accounts);
			return {text: withNotes(text), queries};
		}
	}
}
