import type {Period} from './dates.js';
import type {ExportLocation} from './sources/export-location.js';

export const GRANULARITIES = ['HOURLY', 'DAILY', 'MONTHLY'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const METRICS = [
	'UnblendedCost',
	'AmortizedCost',
	'NetAmortizedCost',
	'NetUnblendedCost',
	'BlendedCost',
	'UsageQuantity',
	'NormalizedUsageAmount',
] as const;
export type Metric = (typeof METRICS)[number];

/** Dimensions Cost Explorer accepts in GroupBy and in filters. */
export const GROUP_DIMENSIONS = [
	'SERVICE',
	'LINKED_ACCOUNT',
	'REGION',
	'USAGE_TYPE',
	'INSTANCE_TYPE',
	'RECORD_TYPE',
	'OPERATION',
	'AZ',
	'PLATFORM',
	'PURCHASE_TYPE',
	'TENANCY',
	'LEGAL_ENTITY_NAME',
	'INVOICING_ENTITY',
	'DATABASE_ENGINE',
] as const;

/**
 * Dimensions only line items can group by: a billing export has them, Cost
 * Explorer's GetCostAndUsage does not (see QueryLimits.groupsByResource).
 */
export const LINE_ITEM_DIMENSIONS = ['RESOURCE_ID'] as const;
export type LineItemDimension = (typeof LINE_ITEM_DIMENSIONS)[number];
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number] | LineItemDimension;

/** Filters take a few more dimensions than GroupBy does. */
export const FILTER_DIMENSIONS = [
	...GROUP_DIMENSIONS,
	'USAGE_TYPE_GROUP',
	'SERVICE_CODE',
	'LINKED_ACCOUNT_NAME',
	'INSTANCE_TYPE_FAMILY',
	'OPERATING_SYSTEM',
	'BILLING_ENTITY',
	'DEPLOYMENT_OPTION',
	'CACHE_ENGINE',
	...LINE_ITEM_DIMENSIONS,
] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

export type GroupBy =
	| {readonly type: 'DIMENSION'; readonly key: GroupDimension}
	| {readonly type: 'TAG'; readonly key: string}
	| {readonly type: 'COST_CATEGORY'; readonly key: string};

export const MATCH_OPTIONS = [
	'EQUALS',
	'ABSENT',
	'STARTS_WITH',
	'ENDS_WITH',
	'CONTAINS',
	'CASE_SENSITIVE',
	'CASE_INSENSITIVE',
	'GREATER_THAN_OR_EQUAL',
] as const;
export type MatchOption = (typeof MATCH_OPTIONS)[number];

interface ValuesMatch<Key extends string> {
	readonly Key: Key;
	readonly Values: readonly string[];
	readonly MatchOptions?: readonly MatchOption[];
}

/** Cost Explorer's filter Expression, in its own (PascalCase) shape. */
export type Expression =
	| {readonly Dimensions: ValuesMatch<FilterDimension>}
	| {readonly Tags: ValuesMatch<string>}
	| {readonly CostCategories: ValuesMatch<string>}
	| {readonly And: readonly Expression[]}
	| {readonly Or: readonly Expression[]}
	| {readonly Not: Expression};

/**
 * Who the query runs as. `profile` undefined means the default credential
 * chain (AWS_PROFILE, env, …); `account` narrows an organization's payer
 * to one linked account.
 */
export interface Scope {
	/** The registered source that answers ("aws", "demo", …; see sources/registry.ts). */
	readonly source: string;
	/** With source 'export': which files or table (`--source parquet:GLOB | athena:DB.TABLE`). */
	readonly exportLocation?: ExportLocation;
	/** With a plugin's source: what follows `NAME:` in `--source NAME:ARG`. */
	readonly argument?: string;
	readonly profile?: string;
	readonly account?: string;
}

/** The one shape every part of the app asks for data in. */
export interface CostQuery {
	readonly period: Period;
	readonly granularity: Granularity;
	readonly metric: Metric;
	/** At most two; Cost Explorer's limit. */
	readonly groupBy: readonly GroupBy[];
	readonly filter?: Expression;
	readonly scope: Scope;
}

export const isGranularity = (value: string): value is Granularity =>
	(GRANULARITIES as readonly string[]).includes(value);
export const isMetric = (value: string): value is Metric => (METRICS as readonly string[]).includes(value);
export const isLineItemDimension = (value: string): value is LineItemDimension => (LINE_ITEM_DIMENSIONS as readonly string[]).includes(value);
export const isGroupDimension = (value: string): value is GroupDimension =>
	(GROUP_DIMENSIONS as readonly string[]).includes(value) || isLineItemDimension(value);
export const isFilterDimension = (value: string): value is FilterDimension =>
	(FILTER_DIMENSIONS as readonly string[]).includes(value);

export function groupByLabel(groupBy: GroupBy): string {
	return groupBy.type === 'DIMENSION' ? groupBy.key : `${groupBy.type}:${groupBy.key}`;
}

/** The unit a metric is reported in when Cost Explorer does not say. */
export function metricIsMoney(metric: Metric): boolean {
	return metric !== 'UsageQuantity' && metric !== 'NormalizedUsageAmount';
}
