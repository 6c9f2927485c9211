import type {ReservationCoverageSummary, ReservationUtilizationSummary} from './reservation-health.js';
import type {SavingsRecommendation} from './savings.js';
import type {IsoDate, Period} from '../dates.js';
import type {Amount} from '../money.js';
import type {CostQuery, Expression, FilterDimension, Granularity, Metric} from '../query.js';
import type {CostPage} from '../rows.js';

/** Who a source answers as: the cache key includes it so accounts never mix. */
export interface Identity {
	readonly account: string;
	readonly principal: string;
	/**
	 * What the answers depend on besides who asks, when the source makes its
	 * data up (the demo: generator version, seed, today). Part of every cache key.
	 */
	readonly dataset?: string;
}

export interface DimensionValue {
	readonly value: string;
	/** Cost Explorer's DimensionValueAttributes, e.g. {description: "Production"} for an account. */
	readonly attributes: Readonly<Record<string, string>>;
}

export interface DimensionValuesRequest {
	readonly dimension: FilterDimension;
	readonly period: Period;
	readonly search?: string;
	readonly filter?: Expression;
}

/** The tag keys and cost-category names a bill has in a period: what else it can be grouped by. */
export interface GroupKeys {
	readonly tags: readonly string[];
	readonly costCategories: readonly string[];
	/** Requests Cost Explorer bills for the listing; 0 for the demo. */
	readonly billableRequests: number;
}

export interface Account {
	readonly id: string;
	readonly name: string;
}

export interface ForecastRequest {
	readonly period: Period;
	readonly granularity: Exclude<Granularity, 'HOURLY'>;
	readonly metric: Metric;
	readonly filter?: Expression;
	/** 51–99; Cost Explorer's PredictionIntervalLevel. */
	readonly predictionIntervalLevel: number;
}

export interface ForecastPoint {
	readonly start: IsoDate;
	readonly end: IsoDate;
	readonly mean: Amount;
	readonly lower: Amount;
	readonly upper: Amount;
}

export interface ForecastResult {
	readonly total: {readonly mean: Amount; readonly lower: Amount; readonly upper: Amount};
	readonly points: readonly ForecastPoint[];
	readonly unit: string;
}

export interface AnomalyRootCause {
	readonly service?: string;
	readonly region?: string;
	readonly account?: string;
	readonly usageType?: string;
}

/** An anomaly as Cost Explorer's anomaly detection reports it. */
export interface SourceAnomaly {
	readonly id: string;
	readonly start: IsoDate;
	readonly end: IsoDate | null;
	readonly dimensionValue: string;
	readonly expected: Amount;
	readonly actual: Amount;
	readonly impact: Amount;
	readonly maxScore: number;
	readonly rootCauses: readonly AnomalyRootCause[];
}

/** What costs most per resource in a period, largest first. */
export interface TopResourcesRequest {
	readonly period: Period;
	readonly metric: Metric;
	readonly filter?: Expression;
}

/** A resource and its figure. */
export interface ResourceFigure {
	readonly resource: string;
	readonly amount: Amount;
}

/** The parts of a savings answer, each fetched on its own. */
export type SavingsSection = 'rightsizing' | 'savings-plans' | 'reservations' | 'coverage' | 'utilization';

/** A part of the savings answer that could not be had, with the one-line reason. */
export interface SavingsGap {
	readonly section: SavingsSection;
	readonly message: string;
}

/** Ways to pay less, and how well the reservations already bought serve. Read-only advice. */
export interface SavingsAnswer {
	/** Largest estimated monthly saving first. */
	readonly recommendations: readonly SavingsRecommendation[];
	/** Null when it could not be had (see `gaps`). */
	readonly coverage: ReservationCoverageSummary | null;
	readonly utilization: ReservationUtilizationSummary | null;
	/** What coverage and utilization look back over. */
	readonly period: Period;
	readonly gaps: readonly SavingsGap[];
}

/** What a source keeps and takes: the engine checks every query against the source that will answer it. */
export interface QueryLimits {
	/** Who keeps the data, as messages name it ("Cost Explorer"). */
	readonly keeper: string;
	/** DAILY and MONTHLY data start on the first day of this many months back. */
	readonly historyMonths: number;
	/** HOURLY data covers this many days back. */
	readonly hourlyDays: number;
	/** Group-bys a query may have. */
	readonly maxGroupBy: number;
	readonly metrics: readonly Metric[];
	/** How many months ahead the source's own forecast reaches, per granularity. */
	readonly forecastMonths?: {readonly DAILY: number; readonly MONTHLY: number};
	/** It keeps line items: queries may group by RESOURCE_ID and it lists top resources (billing exports; Cost Explorer cannot). */
	readonly groupsByResource?: boolean;
}

/** The questions a source answers itself, beside the engine's own analysis of its costs. */
export interface NativeAnswers {
	/** Its own forecast, shown beside ours (Cost Explorer's GetCostForecast). */
	readonly forecast: boolean;
	/** Its own anomaly detection, listed beside ours. */
	readonly anomalies: boolean;
	/** Savings advice (rightsizing, Savings Plans, reservations). */
	readonly savings: boolean;
}

/** What a source declares about itself, so nothing outside it branches on which source it is. */
export interface SourceCapabilities {
	/** What its own answers are labelled in reports and JSON ("cost-explorer", "demo"). */
	readonly label: string;
	readonly native: NativeAnswers;
	readonly limits: QueryLimits;
}

/**
 * Where cost data comes from. Every method takes an AbortSignal so that
 * switching account or view cancels what is in flight.
 */
export interface CostSource {
	/** The name it is registered under (see registry.ts): "aws", "demo", … */
	readonly kind: string;
	readonly capabilities: SourceCapabilities;
	identity(signal?: AbortSignal): Promise<Identity>;
	/** Pages in the order they arrive; rows reach the caller page by page. */
	costAndUsage(query: CostQuery, signal?: AbortSignal): AsyncIterable<CostPage>;
	dimensionValues(request: DimensionValuesRequest, signal?: AbortSignal): Promise<readonly DimensionValue[]>;
	forecast(request: ForecastRequest, signal?: AbortSignal): Promise<ForecastResult>;
	anomalies(period: Period, signal?: AbortSignal): Promise<readonly SourceAnomaly[]>;
	accounts(signal?: AbortSignal): Promise<readonly Account[]>;
	/** Tag keys and cost categories with cost in `period`; optional: without it only dimensions are offered. */
	groupKeys?(period: Period, signal?: AbortSignal): Promise<GroupKeys>;
	/** The `limit` resources costing most; only sources whose limits say `groupsByResource` have it. */
	topResources?(request: TopResourcesRequest, limit: number, signal?: AbortSignal): Promise<readonly ResourceFigure[]>;
	/** Savings advice for the whole bill the source answers for; optional so other sources stay valid. */
	savings?(signal?: AbortSignal): Promise<SavingsAnswer>;
}
