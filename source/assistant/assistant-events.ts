import type {IsoDate, Period} from '../dates.js';
import type {CostEngine, QueryResult} from '../engine.js';
import type {CostQuery, Scope} from '../query.js';
import type {ProviderName} from './provider.js';

/** Who answers a turn: a model through a provider, or the offline parser. */
export type AnswerSource = ProviderName | 'offline';

/**
 * How a turn ended. `cut-off`: the stream broke mid-answer (the partial
 * answer is kept, marked). `tool-loop`: the model kept calling tools past the
 * cap. `offline`: the offline parser answered. `not-understood`: the offline
 * parser could not read the question.
 */
export type TurnOutcome = 'complete' | 'cut-off' | 'tool-loop' | 'offline' | 'not-understood';

/** What one question came to; `--json` prints answer, queries and provider. */
export interface TurnResult {
	readonly answer: string;
	/** The canonical CostQuery of every query run to answer, in order. */
	readonly queries: readonly CostQuery[];
	readonly provider: AnswerSource;
	readonly model: string | undefined;
	readonly outcome: TurnOutcome;
}

/**
 * What the UI hears while a question is answered, in order. A turn starts
 * with `answering` and ends with exactly one `done` or `error`.
 */
export type AssistantEvent =
	/** Who is answering; `reason` says why the offline parser took over. */
	| {readonly type: 'answering'; readonly provider: AnswerSource; readonly model: string | undefined; readonly reason?: string}
	/** A piece of the answer, to append as it arrives. */
	| {readonly type: 'text'; readonly text: string}
	| {readonly type: 'tool-started'; readonly callId: string; readonly name: string; readonly arguments: unknown}
	/** `summary`: one line such as "queried … by REGION, 2026-10, 1 request", or the error sent back to the model. */
	| {readonly type: 'tool-finished'; readonly callId: string; readonly name: string; readonly ok: boolean; readonly summary: string}
	/** A query ran: the transcript lists it. */
	| {readonly type: 'query-result'; readonly result: QueryResult}
	/**
	 * The view an answer is about, for the chart and table: its main query (not
	 * the last one run, which for a comparison is the earlier period) and the
	 * period it was compared with.
	 */
	| ({readonly type: 'view'} & ShownView)
	/** A one-line warning that does not end the turn (answer cut off, tool loop stopped). */
	| {readonly type: 'notice'; readonly message: string}
	| {readonly type: 'done'; readonly turn: TurnResult}
	/** The turn failed with nothing to show; one line that says what to do. */
	| {readonly type: 'error'; readonly message: string};

/** A query to put on screen, with the period its change columns compare against (the previous equal period when unset). */
export interface ShownView {
	readonly query: CostQuery;
	readonly comparison?: Period;
}

/** The view of a tool's or the parser's results: the one given, else the first (main) query run. */
export function viewOf(results: readonly QueryResult[], view: ShownView | undefined): ShownView | undefined {
	return view ?? (results[0] === undefined ? undefined : {query: results[0].query});
}

/** What the offline parser gets to answer a question without a model. */
export interface OfflineContext {
	readonly today: IsoDate;
	readonly scope: Scope;
	readonly view?: CostQuery;
	readonly engine: CostEngine;
	readonly signal?: AbortSignal;
	readonly noCache?: boolean;
}

export interface OfflineReply {
	readonly text: string;
	readonly results: readonly QueryResult[];
	/** What the answer is about, when not simply the first result (a comparison's earlier period). */
	readonly view?: ShownView;
	/** False when the parser could not read the question; `text` then says what it can answer. */
	readonly understood: boolean;
}

/** The offline parser as the assistant uses it: the fallback, and `--offline`. */
export interface OfflineAnswerer {
	answer(question: string, context: OfflineContext): Promise<OfflineReply>;
	/** Forgets earlier questions (a new chat). */
	reset?(): void;
}
