import type {QueryResult} from '../engine.js';
import type {CostQuery} from '../query.js';
import type {OfflineAnswerer, OfflineContext, OfflineReply} from './assistant-events.js';
import {type KnownAccount, type ParsedQuestion, answerOffline, parseQuestion} from './offline/index.js';

/**
 * The offline parser behind the assistant's OfflineAnswerer: remembers the
 * last question it understood so its follow-ups work too, and hands back
 * every result it ran so the UI can show them.
 */
export class OfflineParserAnswerer implements OfflineAnswerer {
	private previous: ParsedQuestion | undefined;
	private accounts: readonly KnownAccount[] | undefined;

	async answer(question: string, context: OfflineContext): Promise<OfflineReply> {
		const {engine, signal, noCache} = context;
		// Account names help it read "prod"; without them it still reads everything else.
		this.accounts ??= await engine.source.accounts(signal).catch(() => []);
		const parsed = parseQuestion(question, {
			today: context.today,
			scope: context.scope,
			accounts: this.accounts,
			...(context.view === undefined ? {} : {current: context.view}),
			...(this.previous === undefined ? {} : {previous: this.previous}),
		});
		if (parsed.kind === 'unrecognised' || parsed.kind === 'invalid') return {text: parsed.message, results: [], understood: false};
		this.previous = parsed;
		const results: QueryResult[] = [];
		const runner = {
			run: async (query: CostQuery): Promise<QueryResult> => {
				const result = await engine.run(query, {...(signal ? {signal} : {}), ...(noCache ? {noCache} : {})});
				results.push(result);
				return result;
			},
		};
		const reply = await answerOffline(parsed, runner, {accounts: this.accounts});
		return {text: reply.text, results, understood: true};
	}

	reset(): void {
		this.previous = undefined;
	}
}
