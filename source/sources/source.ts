import type {IsoDate, Period} from '../dates.js';
import type {Amount} from '../money.js';
import type {CostQuery, Expression, FilterDimension, Granularity, Metric} from '../query.js';
import type {CostPage} from '../rows.js';

/** Who a source answers as: the cache key includes it so accounts never mix. */
export interface Identity {
	readonly account: string;
	readonly principal: string;
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

/**
 * Where cost data comes from. Every method takes an AbortSignal so that
 * switching account or view cancels what is in flight.
 */
export interface CostSource {
	readonly kind: 'aws' | 'demo';
	identity(signal?: AbortSignal): Promise<Identity>;
	/** Pages in the order they arrive; rows reach the caller page by page. */
	costAndUsage(query: CostQuery, signal?: AbortSignal): AsyncIterable<CostPage>;
	dimensionValues(request: DimensionValuesRequest, signal?: AbortSignal): Promise<readonly DimensionValue[]>;
	forecast(request: ForecastRequest, signal?: AbortSignal): Promise<ForecastResult>;
	anomalies(period: Period, signal?: AbortSignal): Promise<readonly SourceAnomaly[]>;
	accounts(signal?: AbortSignal): Promise<readonly Account[]>;
}
