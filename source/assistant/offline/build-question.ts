import {type IsoDate, type Period, daysBetween, formatPeriod} from '../../dates.js';
import {MAX_FORECAST_HORIZON_DAYS} from '../../insights/forecast-report.js';
import {oneLineMessage} from '../../errors.js';
import type {CostQuery, GroupBy} from '../../query.js';
import {validateQuery} from '../../validate.js';
import {
	anomalyHistory,
	comparisonPeriod,
	defaultGranularity,
	defaultGroupBy,
	defaultPeriod,
	forecastHistory,
	forecastTarget,
	yearAgoPeriod,
} from './defaults.js';
import {joinFilter} from './filter-parts.js';
import type {Frame} from './question-frame.js';
import type {GroupedQuery, InvalidQuestion, ParsedQuestion, UngroupedQuery} from './types.js';

/** Top N and movers: five unless asked; more than this is a table, not a sentence. */
export const DEFAULT_TOP_LIMIT = 5;
export const DEFAULT_MOVERS_LIMIT = 3;
export const MAX_LIMIT = 25;

const invalid = (message: string): InvalidQuestion => ({kind: 'invalid', message});

/**
 * Turns a frame into the queries that answer it, filling defaults, and
 * checks every query against Cost Explorer's limits: a question that cannot
 * be answered (the future, more than 13 months back) is `invalid` with the
 * validator's one-line message.
 */
export function buildQuestion(frame: Frame, today: IsoDate): ParsedQuestion | InvalidQuestion {
	const {kind, notes} = frame;
	const period = frame.period ?? defaultPeriod(kind, today, frame.granularity);
	const filter = joinFilter(frame.filterParts);
	const base = (queryPeriod: Period, groupBy: readonly GroupBy[]): CostQuery => ({
		period: queryPeriod,
		granularity: frame.granularity ?? defaultGranularity(kind, queryPeriod),
		metric: frame.metric,
		groupBy,
		...(filter === undefined ? {} : {filter}),
		scope: frame.scope,
	});
	const grouped = (queryPeriod: Period): GroupedQuery => {
		const [first = defaultGroupBy(filter), ...rest] = frame.groupBy;
		return {...base(queryPeriod, []), groupBy: [first, ...rest]};
	};
	const limit = frame.limit ?? (kind === 'compare' ? DEFAULT_MOVERS_LIMIT : DEFAULT_TOP_LIMIT);
	if (limit < 1) return invalid('Ask for at least one: "top 3 services", for example.');
	if (limit > MAX_LIMIT) return invalid(`Ask for at most ${MAX_LIMIT} at a time: for more, use \`aws-cost query\`.`);
	try {
		switch (kind) {
			case 'total': {
				const query: UngroupedQuery = {...base(period, []), groupBy: []};
				return {kind, query: valid(query, today), notes};
			}
			case 'breakdown':
				return {kind, query: valid(grouped(period), today), notes};
			case 'top':
				return {kind, query: valid(grouped(period), today), limit, notes};
			case 'compare': {
				const hint = frame.comparison ?? {kind: 'previous'};
				const earlier =
					hint.kind === 'explicit' ? hint.period : hint.kind === 'year-ago' ? yearAgoPeriod(period) : comparisonPeriod(period);
				const query = valid(grouped(period), today);
				return {kind, query, comparison: valid({...query, period: earlier}, today), limit, notes};
			}
			case 'trend':
				return {kind, query: valid(base(period, frame.groupBy), today), notes};
			case 'anomalies': {
				const query = valid({...grouped(anomalyHistory(period)), granularity: 'DAILY' as const}, today);
				valid({...query, period}, today);
				return {kind, query, window: period, notes};
			}
			case 'forecast': {
				const target = forecastTarget(period);
				if (target.end <= today) {
					return invalid(`${formatPeriod(target)} is over: ask how much was spent then, or forecast this month.`);
				}
				if (daysBetween(today, target.end) > MAX_FORECAST_HORIZON_DAYS) {
					return invalid(`A forecast reaches ${MAX_FORECAST_HORIZON_DAYS} days ahead at most: ask about this month or next.`);
				}
				const query = {...base(forecastHistory(today), []), granularity: 'DAILY' as const};
				return {kind, query: valid(query, today), target, notes};
			}
		}
	} catch (error) {
		return invalid(oneLineMessage(error));
	}
}

function valid<Query extends CostQuery>(query: Query, today: IsoDate): Query {
	validateQuery(query, today);
	return query;
}
