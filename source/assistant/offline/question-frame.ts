import {type IsoDate, type Period, addMonths, previousPeriod, startOfMonth} from '../../dates.js';
import type {CostQuery, Expression, Granularity, GroupBy, Metric, Scope} from '../../query.js';
import type {ComparisonHint} from './comparison-phrases.js';
import {defaultGroupBy, defaultPeriod} from './defaults.js';
import {replaceParts, splitFilter} from './filter-parts.js';
import type {Slots} from './read-slots.js';
import type {ParsedQuestion, QuestionKind} from './types.js';

/**
 * A question's settings before defaults: what was asked (or carried over
 * from the question being followed up). Unset fields take the kind's default
 * when the frame is built into queries.
 */
export interface Frame {
	readonly kind: QuestionKind;
	readonly period?: Period;
	readonly comparison?: ComparisonHint;
	readonly granularity?: Granularity;
	readonly metric: Metric;
	/** Empty: the kind's default group-by (which depends on the filter). */
	readonly groupBy: readonly GroupBy[];
	readonly filterParts: readonly Expression[];
	readonly limit?: number;
	readonly scope: Scope;
	readonly notes: readonly string[];
}

/** The frame a parsed question came from, for follow-ups. */
export function frameOfQuestion(question: ParsedQuestion): Frame {
	const {query} = question;
	return {
		kind: question.kind,
		period: question.kind === 'forecast' ? question.target : question.kind === 'anomalies' ? question.window : query.period,
		...(question.kind === 'forecast' ? {} : {granularity: query.granularity}),
		metric: query.metric,
		groupBy: isDefaultGroupBy(query.groupBy, query.filter) ? [] : query.groupBy,
		filterParts: splitFilter(query.filter),
		...('limit' in question ? {limit: question.limit} : {}),
		...(question.kind === 'compare' ? {comparison: {kind: 'explicit', period: question.comparison.period, notes: []}} : {}),
		scope: query.scope,
		notes: [],
	};
}

/** A group-by the parser would have chosen anyway is left to choose again, so "what about S3?" regroups. */
function isDefaultGroupBy(groupBy: readonly GroupBy[], filter: Expression | undefined): boolean {
	const [only, ...more] = groupBy;
	const fallback = defaultGroupBy(filter);
	return only !== undefined && more.length === 0 && only.type === fallback.type && only.key === fallback.key;
}

/** The frame of the view on screen: a breakdown when it is grouped, else a total. */
export function frameOfView(query: CostQuery): Frame {
	return {
		kind: query.groupBy.length > 0 ? 'breakdown' : 'total',
		period: query.period,
		granularity: query.granularity,
		metric: query.metric,
		groupBy: query.groupBy,
		filterParts: splitFilter(query.filter),
		scope: query.scope,
		notes: [],
	};
}

/** The outcome of reading a question into a frame: a frame, or why there is none. */
export type FrameResult = {readonly kind: 'frame'; readonly frame: Frame} | {readonly kind: 'invalid'; readonly message: string};

/**
 * Applies what the question says to a base frame (the followed-up question,
 * or nothing for a fresh one): what the question names replaces, the rest is
 * kept. A changed period or kind drops the old granularity so the default
 * for the new one applies; a changed period drops an old comparison period.
 */
export function applySlots(base: Frame | undefined, slots: Slots, today: IsoDate, scope: Scope): FrameResult {
	if (slots.period?.kind === 'error') return {kind: 'invalid', message: slots.period.message};
	if (slots.comparison?.hint.kind === 'error') return {kind: 'invalid', message: slots.comparison.hint.message};
	const said = chooseKind(base, slots);
	const basePeriod = base?.period ?? defaultPeriod(said, today);
	const period =
		slots.period?.kind === 'period'
			? (said === 'forecast' ? (slots.period.whole ?? slots.period.period) : slots.period.period)
			: slots.period?.kind === 'earlier'
				? previousPeriod(basePeriod)
				: (slots.comparison?.defaultPeriod ?? base?.period);
	const periodChanged = period !== base?.period;
	const kind =
		said !== 'total'
			? said
			: asksForBuckets(slots.granularity, period ?? defaultPeriod('total', today))
				? 'trend'
				: slots.groupBys.length > 0
					? 'breakdown'
					: 'total';
	const groupBy =
		slots.groupBys.length > 0
			? slots.groupBys
			: slots.intent?.groupBy !== undefined
				? [slots.intent.groupBy]
				: kind === 'total' || kind === 'forecast'
					? []
					: (base?.groupBy ?? []);
	const granularity = slots.granularity ?? (periodChanged || kind !== base?.kind ? undefined : base?.granularity);
	const comparison = slots.comparison?.hint ?? (periodChanged ? undefined : base?.comparison);
	const limit = slots.intent?.limit ?? base?.limit;
	const notes = [
		...(slots.period?.kind === 'period' ? slots.period.notes : []),
		...(slots.comparison?.hint.kind === 'explicit' ? slots.comparison.hint.notes : []),
	];
	const frame: Frame = {
		kind,
		...(period === undefined ? {} : {period}),
		...(comparison === undefined ? {} : {comparison}),
		...(granularity === undefined ? {} : {granularity}),
		metric: slots.metric ?? base?.metric ?? 'UnblendedCost',
		groupBy,
		filterParts: replaceParts(base?.filterParts ?? [], slots.filterParts, slots.cleared),
		...(limit === undefined ? {} : {limit}),
		scope,
		notes,
	};
	return {kind: 'frame', frame};
}

/** "How much per day last week" wants the days, not one total; "my monthly bill" wants one month. */
function asksForBuckets(granularity: Granularity | undefined, period: Period): boolean {
	if (granularity === undefined) return false;
	return granularity !== 'MONTHLY' || addMonths(startOfMonth(period.start), 1) < period.end;
}

/**
 * The words' intent wins; a comparison phrase makes a comparison; otherwise
 * a follow-up keeps the kind it follows. A total then becomes a trend when
 * it asks for buckets ("daily"), or a breakdown when it names a group-by.
 */
function chooseKind(base: Frame | undefined, slots: Slots): QuestionKind {
	const said = slots.comparison === undefined ? slots.intent?.kind : 'compare';
	return said ?? base?.kind ?? 'total';
}
