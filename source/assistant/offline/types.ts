import type {IsoDate, Period} from '../../dates.js';
import type {AnomalyReport, AnomalyReportRequest} from '../../insights/anomaly-report.js';
import type {ForecastReport, ForecastReportRequest} from '../../insights/forecast-report.js';
import type {Amount} from '../../money.js';
import type {CostQuery, FilterDimension, GroupBy, Scope} from '../../query.js';
import type {CostRow} from '../../rows.js';
import type {UnknownPhrase} from './unknown-words.js';

/** A query that groups by at least one dimension: breakdowns, tops and comparisons need keys to rank. */
export type GroupedQuery = CostQuery & {readonly groupBy: readonly [GroupBy, ...GroupBy[]]};

/** A query with no group-by: a plain total over the period. */
export type UngroupedQuery = CostQuery & {readonly groupBy: readonly []};

/** A linked account the parser can recognise by name or id. */
export interface KnownAccount {
	readonly id: string;
	readonly name: string;
}

/** What the parser knows besides the words: the day, who asks, what is on screen, what was asked before. */
export interface ParseContext {
	readonly today: IsoDate;
	readonly scope: Scope;
	/** The view on screen; follow-ups without a previous question start from it. */
	readonly current?: CostQuery;
	readonly accounts?: readonly KnownAccount[];
	/** SERVICE values the bill has, so a service no alias knows ("AWS Step Functions") is still read. */
	readonly services?: readonly string[];
	/** The last question, for follow-ups ("and the month before?"). */
	readonly previous?: ParsedQuestion;
}

/**
 * A question the offline parser understood, as the queries that answer it.
 * `notes` say what the parser assumed or changed (a range clipped to the
 * 13 months Cost Explorer keeps), so the answer can be honest about it.
 */
export type ParsedQuestion =
	| {readonly kind: 'total'; readonly query: UngroupedQuery; readonly notes: readonly string[]}
	| {readonly kind: 'breakdown'; readonly query: GroupedQuery; readonly notes: readonly string[]}
	| {readonly kind: 'top'; readonly query: GroupedQuery; readonly limit: number; readonly notes: readonly string[]}
	| {
			readonly kind: 'compare';
			readonly query: GroupedQuery;
			/** The same query over the earlier period; only the period differs. */
			readonly comparison: GroupedQuery;
			/** How many movers up (and down) to name. */
			readonly limit: number;
			readonly notes: readonly string[];
	  }
	| {readonly kind: 'trend'; readonly query: CostQuery; readonly notes: readonly string[]}
	| {
			readonly kind: 'forecast';
			/** The forecast report's DAILY history up to yesterday, with the question's filter and metric. */
			readonly query: CostQuery;
			/** The period whose spend is projected (e.g. this whole month). */
			readonly target: Period;
			readonly notes: readonly string[];
	  }
	| {
			readonly kind: 'anomalies';
			/** DAILY, grouped by what to judge (per account, else per service); starts weeks before `window` so each day has a usual level. */
			readonly query: GroupedQuery;
			/** The days asked about. */
			readonly window: Period;
			readonly notes: readonly string[];
	  };

export type QuestionKind = ParsedQuestion['kind'];

/** Words the parser could not turn into a query, with example questions it can answer. */
export interface Unrecognised {
	readonly kind: 'unrecognised';
	readonly message: string;
	/** Words of a cost question nothing understood ("Snowflake"): the bill's own names may know them. */
	readonly unknown?: readonly UnknownPhrase[];
}

/** Words the parser understood as a query Cost Explorer cannot answer (the future, too far back). */
export interface InvalidQuestion {
	readonly kind: 'invalid';
	readonly message: string;
}

export type NotParsed = Unrecognised | InvalidQuestion;

export type ParseOutcome = ParsedQuestion | NotParsed;

/**
 * What answering needs from the engine: queries (CostEngine.run's
 * QueryResult satisfies `run`), and the forecast and anomaly reports of
 * `aws-cost forecast` and `aws-cost anomalies`, so the parser says the
 * CLI's numbers. The runner adds its cache mode and cancellation.
 */
export interface QueryRunner {
	run(query: CostQuery): Promise<{
		readonly rows: readonly CostRow[];
		readonly total: Amount;
		readonly unit: string;
		readonly empty: boolean;
		readonly estimated: boolean;
	}>;
	forecast(request: ForecastReportRequest): Promise<ForecastReport>;
	anomalies(request: AnomalyReportRequest): Promise<AnomalyReport>;
	/** The bill's values of a dimension over a period, to say which named value it lacks; optional. */
	dimensionValues?(dimension: FilterDimension, period: Period): Promise<readonly string[]>;
	/** The bill's values of a tag key over a period (without the `key$` prefix); optional. */
	tagValues?(key: string, period: Period): Promise<readonly string[]>;
}

/** A computed answer and the queries it ran, so the UI can show or reopen them. */
export interface OfflineAnswer {
	readonly text: string;
	readonly queries: readonly CostQuery[];
}
