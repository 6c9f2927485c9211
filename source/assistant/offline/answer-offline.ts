import {compareSentence} from './answer-compare.js';
import {anomaliesAnswer, forecastAnswer} from './answer-outlook.js';
import type {CostQuery} from '../../query.js';
import {type RunResult, breakdownSentence, topSentence, totalSentence} from './answer-totals.js';
import {missingSentence, missingValues, nothingFound} from './missing-values.js';
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
	// After a list, notes are a line of their own, not part of its last item.
	const withNotes = (text: string): string => [text, ...parsed.notes].join(text.includes('\n') ? '\n' : ' ');
	// A filter on a value the bill lacks finds nothing: say which value, not "$0.00".
	const sayMissing = async (query: CostQuery, result: RunResult, sentence: () => string): Promise<OfflineAnswer> => {
		const lookup = runner.dimensionValues?.bind(runner);
		const missing = lookup !== undefined && nothingFound(result) ? await missingValues(query, lookup, runner.tagValues?.bind(runner)) : [];
		return {text: withNotes(missing.length > 0 ? missingSentence(missing, query.period) : sentence()), queries: [query]};
	};
	switch (parsed.kind) {
		case 'total': {
			const result = await runner.run(parsed.query);
			return sayMissing(parsed.query, result, () => totalSentence(parsed.query, result, accounts));
		}
		case 'breakdown': {
			const result = await runner.run(parsed.query);
			return sayMissing(parsed.query, result, () => breakdownSentence(parsed.query, result, accounts));
		}
		case 'top': {
			const result = await runner.run(parsed.query);
			return sayMissing(parsed.query, result, () => topSentence(parsed.query, result, parsed.limit, accounts));
		}
		case 'trend': {
			const result = await runner.run(parsed.query);
			return sayMissing(parsed.query, result, () => trendSentence(parsed.query, result, accounts));
		}
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
