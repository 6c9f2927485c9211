import type {
	Expression as SdkExpression,
	GetAnomaliesCommandInput,
	GetCostAndUsageCommandInput,
	GetCostForecastCommandInput,
	GetDimensionValuesCommandInput,
	Metric as ForecastMetric,
	GroupDefinition,
} from '@aws-sdk/client-cost-explorer';
import {type IsoDate, type Period, addDays, sameDayMonthsLater} from '../../dates.js';
import {badInput} from '../../errors.js';
import type {CostQuery, Expression, Granularity, Metric} from '../../query.js';
import type {DimensionValuesRequest, ForecastRequest} from '../source.js';
import {COST_EXPLORER_LIMITS} from './limits.js';

/** CE wants whole-hour timestamps for HOURLY and plain dates otherwise. */
export function timePeriodOf(period: Period, granularity: Granularity): {Start: string; End: string} {
	if (granularity === 'HOURLY') return {Start: `${period.start}T00:00:00Z`, End: `${period.end}T00:00:00Z`};
	return {Start: period.start, End: period.end};
}

/** Our Expression already is CE's shape; this only makes the arrays mutable copies the SDK types want. */
export function toSdkExpression(expression: Expression): SdkExpression {
	if ('And' in expression) return {And: expression.And.map(toSdkExpression)};
	if ('Or' in expression) return {Or: expression.Or.map(toSdkExpression)};
	if ('Not' in expression) return {Not: toSdkExpression(expression.Not)};
	const withOptions = <T extends {readonly Values: readonly string[]; readonly MatchOptions?: readonly string[]}>(match: T) => ({
		Values: [...match.Values],
		...(match.MatchOptions === undefined ? {} : {MatchOptions: [...match.MatchOptions] as SdkMatchOptions}),
	});
	if ('Dimensions' in expression) return {Dimensions: {Key: expression.Dimensions.Key, ...withOptions(expression.Dimensions)}};
	if ('Tags' in expression) return {Tags: {Key: expression.Tags.Key, ...withOptions(expression.Tags)}};
	return {CostCategories: {Key: expression.CostCategories.Key, ...withOptions(expression.CostCategories)}};
}

type SdkMatchOptions = NonNullable<NonNullable<SdkExpression['Dimensions']>['MatchOptions']>;

/**
 * The query's filter, narrowed to `scope.account` when set. CE's And needs two
 * or more operands, so a lone account filter stands on its own.
 */
export function scopedFilter(query: Pick<CostQuery, 'filter' | 'scope'>): SdkExpression | undefined {
	const account = query.scope.account;
	const accountFilter: Expression | undefined =
		account === undefined ? undefined : {Dimensions: {Key: 'LINKED_ACCOUNT', Values: [account]}};
	if (accountFilter === undefined) return query.filter === undefined ? undefined : toSdkExpression(query.filter);
	if (query.filter === undefined) return toSdkExpression(accountFilter);
	return toSdkExpression({And: [query.filter, accountFilter]});
}

/** One GetCostAndUsage request for a query; `nextPageToken` asks for the page after. */
export function toCostAndUsageInput(query: CostQuery, nextPageToken?: string): GetCostAndUsageCommandInput {
	const filter = scopedFilter(query);
	const groupBy: GroupDefinition[] = query.groupBy.map(group => ({Type: group.type, Key: group.key}));
	return {
		TimePeriod: timePeriodOf(query.period, query.granularity),
		Granularity: query.granularity,
		Metrics: [query.metric],
		...(groupBy.length === 0 ? {} : {GroupBy: groupBy}),
		...(filter === undefined ? {} : {Filter: filter}),
		...(nextPageToken === undefined ? {} : {NextPageToken: nextPageToken}),
	};
}

export function toDimensionValuesInput(request: DimensionValuesRequest, nextPageToken?: string): GetDimensionValuesCommandInput {
	return {
		TimePeriod: timePeriodOf(request.period, 'DAILY'),
		Dimension: request.dimension,
		Context: 'COST_AND_USAGE',
		...(request.search === undefined || request.search === '' ? {} : {SearchString: request.search}),
		...(request.filter === undefined ? {} : {Filter: toSdkExpression(request.filter)}),
		...(nextPageToken === undefined ? {} : {NextPageToken: nextPageToken}),
	};
}

/** GetCostForecast names metrics in SCREAMING_SNAKE_CASE and forecasts cost metrics only. */
const FORECAST_METRICS: Partial<Record<Metric, ForecastMetric>> = {
	UnblendedCost: 'UNBLENDED_COST',
	AmortizedCost: 'AMORTIZED_COST',
	NetAmortizedCost: 'NET_AMORTIZED_COST',
	NetUnblendedCost: 'NET_UNBLENDED_COST',
	BlendedCost: 'BLENDED_COST',
};

/** The same day `months` later, clamped to that month's last day (Nov 30 + 3 → Feb 28). */
/** How far ahead CE forecasts: DAILY up to 3 months, MONTHLY up to 12. */
export function latestForecastEnd(today: IsoDate, granularity: ForecastRequest['granularity']): IsoDate {
	return sameDayMonthsLater(today, COST_EXPLORER_LIMITS.forecastMonths![granularity]);
}

/** Checks a forecast against CE's rules before a request is paid for, then builds it. */
export function toCostForecastInput(request: ForecastRequest, today: IsoDate): GetCostForecastCommandInput {
	const {period, granularity, metric, predictionIntervalLevel} = request;
	const forecastMetric = FORECAST_METRICS[metric];
	if (forecastMetric === undefined) {
		throw badInput(`Forecasts cover cost metrics only, not ${metric}: use UnblendedCost, AmortizedCost or another cost metric.`);
	}
	if (period.start < today) throw badInput(`A forecast starts today or later: start it on or after ${today}.`);
	if (period.end <= period.start) throw badInput(`The forecast ends (${period.end}, exclusive) before it starts (${period.start}).`);
	const latest = latestForecastEnd(today, granularity);
	if (period.end > latest) {
		const reach = granularity === 'DAILY' ? '3 months' : '12 months';
		const hint = granularity === 'DAILY' ? ', or use MONTHLY for up to 12' : '';
		throw badInput(`${granularity} forecasts reach ${reach} ahead: end the period by ${latest}${hint}.`);
	}
	if (!Number.isInteger(predictionIntervalLevel) || predictionIntervalLevel < 51 || predictionIntervalLevel > 99) {
		throw badInput(`The prediction interval must be a whole percentage from 51 to 99, got ${predictionIntervalLevel}.`);
	}
	return {
		TimePeriod: timePeriodOf(period, granularity),
		Metric: forecastMetric,
		Granularity: granularity,
		PredictionIntervalLevel: predictionIntervalLevel,
		...(request.filter === undefined ? {} : {Filter: toSdkExpression(request.filter)}),
	};
}

/** GetAnomalies' DateInterval is inclusive of its EndDate; our periods are not. */
export function toAnomaliesInput(period: Period, nextPageToken?: string): GetAnomaliesCommandInput {
	return {
		DateInterval: {StartDate: period.start, EndDate: addDays(period.end, -1)},
		...(nextPageToken === undefined ? {} : {NextPageToken: nextPageToken}),
	};
}
