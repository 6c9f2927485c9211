import type {QueryResult} from '../engine.js';
import type {CostQuery} from '../query.js';
import type {OfflineAnswerer, OfflineContext, OfflineReply} from './assistant-events.js';
import {anomalyReport} from '../insights/anomaly-report.js';
import {forecastReport} from '../insights/forecast-report.js';
import type {InsightRequest} from '../insights/insight-request.js';
import {
	type KnownAccount,
	type ParseOutcome,
	type ParsedQuestion,
	type QueryRunner,
	answerOffline,
	parseQuestion,
} from './offline/index.js';
import {addDays} from '../dates.js';
import {earliestDailyDate} from '../validate.js';

/** The SERVICE names the bill has over the history Cost Explorer keeps; none when they cannot be had. */
async function billServices({engine, today, signal}: OfflineContext): Promise<readonly string[]> {
	const period = {start: earliestDailyDate(today, engine.capabilities.limits), end: addDays(today, 1)};
	const values = await engine.dimensionValues({dimension: 'SERVICE', period}, signal === undefined ? {} : {signal}).catch(() => []);
	return values.map(value => value.value);
}

/**
 * The offline parser behind the assistant's OfflineAnswerer: remembers the
 * last question it understood so its follow-ups work too, and hands back
 * every result it ran so the UI can show them.
 */
export class OfflineParserAnswerer implements OfflineAnswerer {
	private previous: ParsedQuestion | undefined;
	private accounts: readonly KnownAccount[] | undefined;
	private services: readonly string[] | undefined;

	async answer(question: string, context: OfflineContext): Promise<OfflineReply> {
		const {engine, signal, noCache} = context;
		// Account names help it read "prod"; without them it still reads everything else.
		this.accounts ??= await engine.accounts(signal === undefined ? {} : {signal}).catch(() => []);
		const parse = (): ParseOutcome =>
			parseQuestion(question, {
				today: context.today,
				scope: context.scope,
				accounts: this.accounts ?? [],
				...(this.services === undefined ? {} : {services: this.services}),
				...(context.view === undefined ? {} : {current: context.view}),
				...(this.previous === undefined ? {} : {previous: this.previous}),
			});
		let parsed = parse();
		// Words no alias knows may be a service the bill has ("Step Functions"): look its names up once, then read again.
		if (parsed.kind === 'unrecognised' && parsed.unknown !== undefined && this.services === undefined) {
			this.services = await billServices(context);
			parsed = parse();
		}
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
			dimensionValues: async (dimension, period) =>
				(await engine.dimensionValues({dimension, period}, signal === undefined ? {} : {signal})).map(value => value.value),
			// Asked only when a filtered question found nothing, to say which tag value the bill lacks.
			tagValues: async (key, period) => {
				const query: CostQuery = {period, granularity: 'MONTHLY', metric: 'UnblendedCost', groupBy: [{type: 'TAG', key}], scope: context.scope};
				const {rows} = await engine.run(query, {...(signal ? {signal} : {}), ...(noCache ? {noCache} : {})});
				return rows.map(row => (row.keys[0] ?? '').replace(`${key}$`, ''));
			},
		};
		const reply = await answerOffline(parsed, runner, {accounts: this.accounts});
		// A comparison is about its own period, set against the earlier one it ran second.
		const view = parsed.kind === 'compare' ? {query: parsed.query, comparison: parsed.comparison.period} : undefined;
		return {text: reply.text, results, understood: true, ...(view === undefined ? {} : {view})};
	}

	reset(): void {
		this.previous = undefined;
	}
}
