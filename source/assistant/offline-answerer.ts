import type {QueryResult} from '../engine.js';
import type {CostQuery} from '../query.js';
import type {OfflineAnswerer, OfflineContext, OfflineReply} from './assistant-events.js';
import {anomalyReport} from '../insights/anomaly-report.js';
import {forecastReport} from '../insights/forecast-report.js';
import type {InsightRequest} from '../insights/insight-request.js';
import {type KnownAccount, type ParsedQuestion, type QueryRunner, answerOffline, parseQuestion} from './offline/index.js';

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
		const options = {...(signal ? {signal} : {}), ...(noCache ? {cacheMode: 'off' as const} : {})};
		// A report's drill-down queries are not views to follow up on: only its main query is recorded.
		const recordingMain = <Request extends InsightRequest>(request: Request): Request => {
			let recorded = false;
			return {
				...request,
				...options,
				onResult: (result: QueryResult) => {
					request.onResult?.(result);
					if (!recorded) results.push(result);
					recorded = true;
				},
			};
		};
		const runner: QueryRunner = {
			run: async (query: CostQuery): Promise<QueryResult> => {
				const result = await engine.run(query, {...(signal ? {signal} : {}), ...(noCache ? {noCache} : {})});
				results.push(result);
				return result;
			},
			forecast: request => forecastReport(engine, recordingMain(request)),
			anomalies: request => anomalyReport(engine, recordingMain(request)),
		};
		const reply = await answerOffline(parsed, runner, {accounts: this.accounts});
		return {text: reply.text, results, understood: true};
	}

	reset(): void {
		this.previous = undefined;
	}
}
